package scorecards.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scorecards.score.AssessmentBuilder.assessment;
import static scorecards.score.ScoringFixtures.BRONZE;
import static scorecards.score.ScoringFixtures.GOLD;
import static scorecards.score.ScoringFixtures.SILVER;
import static scorecards.score.ScoringFixtures.START;
import static scorecards.score.ScoringFixtures.at;
import static scorecards.score.ScoringFixtures.dimension;
import static scorecards.score.ScoringFixtures.is;
import static scorecards.score.ScoringFixtures.mandated;
import static scorecards.score.ScoringFixtures.max;
import static scorecards.score.ScoringFixtures.min;
import static scorecards.score.ScoringFixtures.model;
import static scorecards.score.ScoringFixtures.voluntary;

import java.util.List;
import org.junit.jupiter.api.Test;
import scorecards.model.Dimension;
import scorecards.model.MaturityModel;
import scorecards.model.Metric;
import scorecards.model.MetricValue;

/**
 * The "Scoring" section of the format: levels per dimension, the overall level, progress, the
 * weighted score and next steps. Every expectation is worked out by hand from the spec.
 */
class AssessmentScorerSpecTest {

    /** bronze: designated = true; silver: self-service-share >= 0.3; gold: backup = true, self-service-share >= 0.7. */
    private static Dimension buddy(double weight) {
        return dimension("devops-buddy", weight,
                at(BRONZE, is(Metric.DESIGNATED, true)),
                at(SILVER, min(Metric.SELF_SERVICE_SHARE, 0.3)),
                at(GOLD, is(Metric.BACKUP, true), min(Metric.SELF_SERVICE_SHARE, 0.7)));
    }

    /** bronze: incidents <= 5; silver: workarounds <= 0; gold: open-bugs <= 0. */
    private static Dimension quality(double weight) {
        return dimension("quality", weight,
                at(BRONZE, max(Metric.INCIDENTS, 5)),
                at(SILVER, max(Metric.WORKAROUNDS, 0)),
                at(GOLD, max(Metric.OPEN_BUGS, 0)));
    }

    /** bronze: products-used >= 1; silver: voluntary-share >= 0.5; gold: catalogue-coverage >= 0.75. */
    private static Dimension usage(double weight) {
        return dimension("platform-usage", weight,
                at(BRONZE, min(Metric.PRODUCTS_USED, 1)),
                at(SILVER, min(Metric.VOLUNTARY_SHARE, 0.5)),
                at(GOLD, min(Metric.CATALOGUE_COVERAGE, 0.75)));
    }

    private static AssessmentScore score(MaturityModel model, AssessmentBuilder assessment) {
        return new AssessmentScorer(model, 4).score(assessment.build());
    }

    // --- The level in one dimension ---

    @Test
    void the_level_is_the_highest_whose_checks_and_all_lower_checks_pass() {
        // designated ✓ (bronze), 0.5 >= 0.3 ✓ (silver), backup ✓ but 0.5 >= 0.7 ✗ (gold): silver.
        AssessmentScore score = score(model(buddy(1)),
                assessment("2025-Q3").designated(true).selfServiceShare(0.5).backup(true));

        assertEquals(SILVER, score.dimension("devops-buddy").levelId());
    }

    @Test
    void passing_every_check_reaches_the_top_level() {
        AssessmentScore score = score(model(buddy(1)),
                assessment("2025-Q3").designated(true).selfServiceShare(0.8).backup(true));

        assertEquals(GOLD, score.dimension("devops-buddy").levelId());
        assertEquals(100.0, score.dimension("devops-buddy").progress(), 1e-9);
        assertEquals(GOLD, score.levelId());
    }

    @Test
    void a_level_is_skipped_when_a_lower_level_fails_even_though_its_own_checks_pass() {
        // bronze ✗ (designated false); silver (0.8 >= 0.3) and gold (backup, 0.8 >= 0.7) pass on their own.
        AssessmentScore score = score(model(buddy(1)),
                assessment("2025-Q3").designated(false).selfServiceShare(0.8).backup(true));

        assertEquals(START, score.dimension("devops-buddy").levelId());
    }

    @Test
    void a_failing_middle_level_caps_the_level_below_a_passing_upper_level() {
        // bronze: 1 <= 5 ✓; silver: 3 <= 0 ✗; gold: 0 <= 0 ✓ on its own, but silver blocks it.
        AssessmentScore score = score(model(quality(1)),
                assessment("2025-Q3").incidents(1).workarounds(3).openBugs(0));

        assertEquals(BRONZE, score.dimension("quality").levelId());
    }

    @Test
    void the_first_level_needs_nothing() {
        // An empty assessment fails every check, yet stands at the first level everywhere.
        AssessmentScore score = score(model(buddy(1), quality(1), usage(1)), assessment("2025-Q3"));

        assertEquals(START, score.dimension("devops-buddy").levelId());
        assertEquals(START, score.dimension("quality").levelId());
        assertEquals(START, score.dimension("platform-usage").levelId());
        assertEquals(START, score.levelId());
    }

    @Test
    void a_level_not_configured_for_a_dimension_passes_trivially() {
        // bronze: designated = true; silver: not listed; gold: backup = true.
        MaturityModel model = model(dimension("devops-buddy", 1,
                at(BRONZE, is(Metric.DESIGNATED, true)),
                at(GOLD, is(Metric.BACKUP, true))));

        assertEquals(SILVER, score(model, assessment("2025-Q3").designated(true).backup(false))
                .dimension("devops-buddy").levelId());
        assertEquals(GOLD, score(model, assessment("2025-Q3").designated(true).backup(true))
                .dimension("devops-buddy").levelId());
    }

    @Test
    void a_level_listed_with_no_checks_passes_trivially() {
        // bronze: designated = true; silver: listed, checks empty; gold: backup = true.
        MaturityModel model = model(dimension("devops-buddy", 1,
                at(BRONZE, is(Metric.DESIGNATED, true)),
                at(SILVER),
                at(GOLD, is(Metric.BACKUP, true))));

        AssessmentScore score = score(model, assessment("2025-Q3").designated(true));

        assertEquals(SILVER, score.dimension("devops-buddy").levelId());
        // Two checks in all, one passes: 1 / 2 × 100 = 50.
        assertEquals(50.0, score.dimension("devops-buddy").progress(), 1e-9);
    }

    @Test
    void a_dimension_without_checks_stands_at_the_top_level_with_full_progress() {
        AssessmentScore score = score(model(dimension("satisfaction", 1)), assessment("2025-Q3"));

        assertEquals(GOLD, score.dimension("satisfaction").levelId());
        assertEquals(100.0, score.dimension("satisfaction").progress(), 1e-9);
        assertEquals(100.0, score.score(), 1e-9);
    }

    // --- Comparisons ---

    @Test
    void min_passes_at_exactly_its_threshold_and_fails_just_below() {
        MaturityModel model = model(dimension("devops-buddy", 1,
                at(BRONZE, min(Metric.SELF_SERVICE_SHARE, 0.3))));

        assertEquals(GOLD, score(model, assessment("2025-Q3").selfServiceShare(0.3))
                .dimension("devops-buddy").levelId(), "0.3 >= 0.3");
        assertEquals(START, score(model, assessment("2025-Q3").selfServiceShare(0.29))
                .dimension("devops-buddy").levelId(), "0.29 < 0.3");
    }

    @Test
    void max_passes_at_exactly_its_threshold_and_fails_just_above() {
        MaturityModel model = model(dimension("quality", 1, at(BRONZE, max(Metric.INCIDENTS, 3))));

        assertEquals(GOLD, score(model, assessment("2025-Q3").incidents(3)).dimension("quality").levelId(), "3 <= 3");
        assertEquals(START, score(model, assessment("2025-Q3").incidents(4)).dimension("quality").levelId(), "4 > 3");
    }

    @Test
    void equals_on_a_boolean_passes_only_for_the_same_value() {
        MaturityModel model = model(dimension("devops-buddy", 1,
                at(BRONZE, is(Metric.DESIGNATED, true)), at(SILVER, is(Metric.BACKUP, false))));

        // designated true ✓, backup false = false ✓: gold (no gold checks).
        assertEquals(GOLD, score(model, assessment("2025-Q3").designated(true).backup(false))
                .dimension("devops-buddy").levelId());
        // designated true ✓, backup true ≠ false ✗: bronze.
        assertEquals(BRONZE, score(model, assessment("2025-Q3").designated(true).backup(true))
                .dimension("devops-buddy").levelId());
        // designated false ≠ true ✗: start.
        assertEquals(START, score(model, assessment("2025-Q3").designated(false).backup(false))
                .dimension("devops-buddy").levelId());
    }

    @Test
    void equals_on_a_number_passes_only_for_that_number() {
        MaturityModel model = model(dimension("quality", 1, at(BRONZE, is(Metric.INCIDENTS, 0))));

        assertEquals(GOLD, score(model, assessment("2025-Q3").incidents(0)).dimension("quality").levelId(), "0 = 0");
        assertEquals(START, score(model, assessment("2025-Q3").incidents(1)).dimension("quality").levelId(), "1 ≠ 0");
    }

    @Test
    void a_metric_without_data_fails_every_check_on_it() {
        // min, max and equals on metrics that are not given: all three fail.
        MaturityModel model = model(
                dimension("devops-buddy", 1, at(BRONZE, is(Metric.DESIGNATED, false))),
                dimension("quality", 1, at(BRONZE, max(Metric.OPEN_BUGS, 1000))),
                dimension("satisfaction", 1, at(BRONZE, min(Metric.NPS, -100))));

        AssessmentScore score = score(model, assessment("2025-Q3"));

        for (DimensionScore dimension : score.dimensions()) {
            assertEquals(START, dimension.levelId(), dimension.dimension().id());
            assertEquals(0.0, dimension.progress(), 1e-9, dimension.dimension().id());
            assertFalse(dimension.checks().get(0).passed(), dimension.dimension().id());
            assertNull(dimension.checks().get(0).actual(), "no data is reported as no value, not 0");
        }
    }

    @Test
    void missing_incidents_are_not_taken_as_zero() {
        // incidents <= 3 would pass for 0; without incidents it fails.
        MaturityModel model = model(dimension("quality", 1, at(BRONZE, max(Metric.INCIDENTS, 3))));

        assertEquals(START, score(model, assessment("2025-Q3")).dimension("quality").levelId());
        assertFalse(score(model, assessment("2025-Q3")).metrics().containsKey(Metric.INCIDENTS), "no value, not 0");
        assertEquals(GOLD, score(model, assessment("2025-Q3").incidents(0)).dimension("quality").levelId());
    }

    @Test
    void checks_on_derived_metrics_use_the_values_derived_from_uses() {
        // 4 products in the catalogue. uses: 3 voluntary of 3 → products-used 3 >= 1 ✓,
        // voluntary-share 3/3 = 1 >= 0.5 ✓, coverage 3/4 = 0.75 >= 0.75 ✓ (inclusive): gold.
        AssessmentScore all = score(model(usage(1)), assessment("2025-Q3")
                .uses(voluntary("a", null), voluntary("b", null), voluntary("c", null)));
        assertEquals(GOLD, all.dimension("platform-usage").levelId());

        // uses: [] → products-used 0 < 1 ✗; voluntary-share no data ✗; coverage 0/4 = 0 < 0.75 ✗.
        AssessmentScore empty = score(model(usage(1)), assessment("2025-Q3").uses());
        assertEquals(START, empty.dimension("platform-usage").levelId());
        assertEquals(MetricValue.of(0.0), empty.dimension("platform-usage").checks().get(0).actual());
        assertNull(empty.dimension("platform-usage").checks().get(1).actual());
        assertEquals(MetricValue.of(0), empty.metrics().get(Metric.PRODUCTS_USED));
        assertFalse(empty.metrics().containsKey(Metric.VOLUNTARY_SHARE), "no share of nothing");
        assertEquals(MetricValue.of(0.0), empty.metrics().get(Metric.CATALOGUE_COVERAGE));

        // no uses at all → every derived metric is no data.
        AssessmentScore none = score(model(usage(1)), assessment("2025-Q3"));
        assertTrue(none.dimension("platform-usage").checks().stream().allMatch(c -> c.actual() == null));
        assertFalse(none.metrics().containsKey(Metric.PRODUCTS_USED));
    }

    @Test
    void a_mandated_use_counts_as_a_product_used_and_toward_coverage_but_not_as_voluntary() {
        // 4 products in the catalogue. uses: a and c voluntary, b mandated → products-used 3 >= 1 ✓,
        // voluntary-share 2/3 >= 0.5 ✓, coverage 3/4 = 0.75 >= 0.75 ✓: gold.
        AssessmentScore score = score(model(usage(1)), assessment("2025-Q3")
                .uses(voluntary("a", 4), mandated("b", null), voluntary("c", null)));

        assertEquals(MetricValue.of(3), score.metrics().get(Metric.PRODUCTS_USED));
        assertEquals(2.0 / 3, ((MetricValue.Number) score.metrics().get(Metric.VOLUNTARY_SHARE)).value(), 1e-12);
        assertEquals(MetricValue.of(0.75), score.metrics().get(Metric.CATALOGUE_COVERAGE));
        assertEquals(GOLD, score.dimension("platform-usage").levelId());
    }

    // --- Overall level, progress and score ---

    @Test
    void the_overall_level_is_the_lowest_dimension_level() {
        // buddy: gold (designated, 0.9 >= 0.7, backup); quality: bronze (2 <= 5 ✓, 1 <= 0 ✗).
        AssessmentScore score = score(model(buddy(1), quality(1)), assessment("2025-Q3")
                .designated(true).selfServiceShare(0.9).backup(true).incidents(2).workarounds(1).openBugs(0));

        assertEquals(GOLD, score.dimension("devops-buddy").levelId());
        assertEquals(BRONZE, score.dimension("quality").levelId());
        assertEquals(BRONZE, score.levelId());
    }

    @Test
    void the_overall_level_and_the_score_take_in_every_dimension_derived_metrics_and_one_without_checks() {
        // buddy (weight 2): designated ✓, 0.5 >= 0.3 ✓, backup ✗, 0.5 >= 0.7 ✗ → silver, 2/4 = 50.
        // quality (1): 3 <= 5 ✓, workarounds and open-bugs not given ✗ → bronze, 1/3 = 33.33.
        // usage (1): one voluntary use of 4 products: 1 >= 1 ✓, 1.0 >= 0.5 ✓, 0.25 >= 0.75 ✗ → silver, 2/3 = 66.67.
        // satisfaction (1): no checks → gold, 100. Overall: bronze, the weakest.
        // (2 × 50 + 33.33 + 66.67 + 100) / 5 = 300 / 5 = 60.
        AssessmentScore score = score(model(buddy(2), quality(1), usage(1), dimension("satisfaction", 1)),
                assessment("2025-Q3").designated(true).selfServiceShare(0.5).backup(false).incidents(3)
                        .uses(voluntary("ci", null)));

        assertEquals(SILVER, score.dimension("devops-buddy").levelId());
        assertEquals(BRONZE, score.dimension("quality").levelId());
        assertEquals(SILVER, score.dimension("platform-usage").levelId());
        assertEquals(GOLD, score.dimension("satisfaction").levelId());
        assertEquals(BRONZE, score.levelId());
        assertEquals(60.0, score.score(), 1e-9);
    }

    @Test
    void progress_counts_passed_checks_of_every_level_over_all_checks() {
        // buddy has 4 checks: designated ✗, 0.8 >= 0.3 ✓, backup ✓, 0.8 >= 0.7 ✓ → 3 / 4 × 100 = 75,
        // though the level is start: progress counts checks above the level reached too.
        AssessmentScore score = score(model(buddy(1)),
                assessment("2025-Q3").designated(false).selfServiceShare(0.8).backup(true));

        assertEquals(75.0, score.dimension("devops-buddy").progress(), 1e-9);
    }

    @Test
    void progress_of_one_check_in_three() {
        // quality: 9 <= 5 ✗, 0 <= 0 ✓, open-bugs not given ✗ → 1 / 3 × 100 = 33.33.
        AssessmentScore score = score(model(quality(1)), assessment("2025-Q3").incidents(9).workarounds(0));

        assertEquals(33.333333, score.dimension("quality").progress(), 1e-4);
    }

    @Test
    void the_score_is_the_weight_weighted_mean_of_the_progress() {
        // buddy (weight 2): designated ✓, 0.2 >= 0.3 ✗, backup ✓, 0.2 >= 0.7 ✗ → 2/4 = 50.
        // quality (weight 1): 0 <= 5 ✓, 0 <= 0 ✓, 0 <= 0 ✓ → 100.
        // (2 × 50 + 1 × 100) / 3 = 66.67 (an unweighted mean would be 75).
        AssessmentScore score = score(model(buddy(2), quality(1)), assessment("2025-Q3")
                .designated(true).selfServiceShare(0.2).backup(true).incidents(0).workarounds(0).openBugs(0));

        assertEquals(50.0, score.dimension("devops-buddy").progress(), 1e-9);
        assertEquals(100.0, score.dimension("quality").progress(), 1e-9);
        assertEquals(66.666667, score.score(), 1e-4);
    }

    @Test
    void the_score_weights_fractional_weights_too() {
        // buddy (weight 0.5): nothing given → 0/4 = 0; quality (weight 1.5): 1/3 (see above) = 33.33;
        // satisfaction (weight 3, no checks) → 100.
        // (0.5 × 0 + 1.5 × 33.333 + 3 × 100) / 5 = (50 + 300) / 5 = 70.
        AssessmentScore score = score(model(buddy(0.5), quality(1.5), dimension("satisfaction", 3)),
                assessment("2025-Q3").incidents(9).workarounds(0));

        assertEquals(70.0, score.score(), 1e-9);
    }

    // --- Next steps ---

    @Test
    void next_steps_are_the_failing_checks_of_the_level_above_the_overall_level() {
        // buddy: bronze (designated ✓; 0.1 >= 0.3 ✗). quality: silver (1 <= 5 ✓, 0 <= 0 ✓, 2 <= 0 ✗).
        // usage: start (no uses: products-used no data). Overall start, so next steps are bronze's
        // failing checks: only usage's products-used >= 1, with no data.
        AssessmentScore score = score(model(buddy(1), quality(1), usage(1)), assessment("2025-Q3")
                .designated(true).selfServiceShare(0.1).incidents(1).workarounds(0).openBugs(2));

        assertEquals(START, score.levelId());
        assertEquals(1, score.nextSteps().size());
        CheckResult step = score.nextSteps().get(0);
        assertEquals(BRONZE, step.levelId());
        assertEquals(Metric.PRODUCTS_USED, step.check().metric());
        assertEquals(MetricValue.of(1.0), step.check().threshold());
        assertNull(step.actual());
        assertFalse(step.passed());
    }

    @Test
    void next_steps_list_the_failing_checks_of_every_dimension_holding_the_team_back() {
        // buddy: bronze (0.1 >= 0.3 ✗ at silver; backup false ✗ at gold is not a next step).
        // quality: bronze (workarounds 2 <= 0 ✗ at silver). usage: gold (3 of 4 products, all voluntary).
        // Overall bronze → next steps: silver's failing checks, buddy first (model order).
        AssessmentScore score = score(model(buddy(1), quality(1), usage(1)), assessment("2025-Q3")
                .designated(true).selfServiceShare(0.1).backup(false)
                .incidents(0).workarounds(2).openBugs(0)
                .uses(voluntary("a", null), voluntary("b", null), voluntary("c", null)));

        assertEquals(BRONZE, score.levelId());
        assertEquals(List.of(Metric.SELF_SERVICE_SHARE, Metric.WORKAROUNDS),
                score.nextSteps().stream().map(step -> step.check().metric()).toList());
        assertEquals(List.of(SILVER, SILVER), score.nextSteps().stream().map(CheckResult::levelId).toList());
        assertEquals(MetricValue.of(0.1), score.nextSteps().get(0).actual());
        assertEquals(MetricValue.of(2.0), score.nextSteps().get(1).actual());
    }

    @Test
    void next_steps_at_the_first_level_include_checks_without_data_in_every_dimension_in_model_order() {
        // Only incidents given, 9: bronze fails everywhere: designated (no data), 9 <= 5 ✗,
        // products-used (no data). Overall start → all three are next steps, at bronze.
        AssessmentScore score = score(model(buddy(1), quality(1), usage(1)), assessment("2025-Q3").incidents(9));

        assertEquals(START, score.levelId());
        assertEquals(List.of(Metric.DESIGNATED, Metric.INCIDENTS, Metric.PRODUCTS_USED),
                score.nextSteps().stream().map(step -> step.check().metric()).toList());
        assertTrue(score.nextSteps().stream().allMatch(step -> step.levelId().equals(BRONZE)));
        assertNull(score.nextSteps().get(0).actual());
        assertEquals(MetricValue.of(9), score.nextSteps().get(1).actual());
    }

    @Test
    void next_steps_leave_out_the_passing_checks_of_the_next_level() {
        // buddy: silver (designated ✓, 0.5 >= 0.3 ✓); gold: backup ✓, 0.5 >= 0.7 ✗ → only the share.
        AssessmentScore score = score(model(buddy(1)),
                assessment("2025-Q3").designated(true).selfServiceShare(0.5).backup(true));

        assertEquals(SILVER, score.levelId());
        assertEquals(1, score.nextSteps().size());
        assertEquals(Metric.SELF_SERVICE_SHARE, score.nextSteps().get(0).check().metric());
        assertEquals(MetricValue.of(0.7), score.nextSteps().get(0).check().threshold());
        assertEquals(MetricValue.of(0.5), score.nextSteps().get(0).actual());
    }

    @Test
    void a_team_at_the_top_level_has_no_next_steps() {
        AssessmentScore score = score(model(buddy(1), quality(1)), assessment("2025-Q3")
                .designated(true).selfServiceShare(0.7).backup(true).incidents(5).workarounds(0).openBugs(0));

        assertEquals(GOLD, score.levelId());
        assertEquals(100.0, score.score(), 1e-9);
        assertTrue(score.nextSteps().isEmpty());
    }
}
