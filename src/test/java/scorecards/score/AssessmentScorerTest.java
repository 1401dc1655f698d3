package scorecards.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scorecards.score.AssessmentBuilder.assessment;
import static scorecards.score.Scenario.mandated;
import static scorecards.score.Scenario.voluntary;

import java.util.List;
import org.junit.jupiter.api.Test;
import scorecards.model.Metric;
import scorecards.model.MetricValue;

/** Levels, progress, scores and next steps of one assessment, against hand-computed results. */
class AssessmentScorerTest {

    private final AssessmentScorer scorer = new AssessmentScorer(Scenario.model(), 4);

    private AssessmentScore score(AssessmentBuilder builder) {
        return scorer.score(builder.build());
    }

    @Test
    void a_level_is_reached_when_its_checks_and_those_of_every_level_below_pass() {
        AssessmentScore score = score(assessment("2025-Q1").designated(true).selfServiceShare(0.8).backup(true));

        assertEquals("l3", score.dimension("devops-buddy").levelId());
        assertEquals(100.0, score.dimension("devops-buddy").progress(), 1e-9);
    }

    @Test
    void a_level_is_skipped_when_a_lower_level_fails_even_if_its_own_checks_pass() {
        AssessmentScore score = score(assessment("2025-Q1").designated(false).selfServiceShare(0.8).backup(true));

        assertEquals("l0", score.dimension("devops-buddy").levelId());
        // Checks: designated ✗, share ≥ 0.3 ✓, backup ✓, share ≥ 0.7 ✓: 3 of 4.
        assertEquals(75.0, score.dimension("devops-buddy").progress(), 1e-9);
    }

    @Test
    void min_and_max_include_their_bound() {
        AssessmentScore score = score(assessment("2025-Q1").designated(true).selfServiceShare(0.3).incidents(2));

        assertEquals("l2", score.dimension("devops-buddy").levelId(), "0.3 ≥ 0.3");
        assertEquals("l2", score.dimension("quality").levelId(), "2 ≤ 2, but not = 0");
    }

    @Test
    void equals_compares_numbers_too() {
        assertEquals("l3", score(assessment("2025-Q1").incidents(0)).dimension("quality").levelId());
        assertEquals("l2", score(assessment("2025-Q1").incidents(1)).dimension("quality").levelId());
    }

    @Test
    void a_metric_without_data_fails_every_check_and_is_not_taken_as_zero() {
        AssessmentScore score = score(assessment("2025-Q1"));

        // With incidents taken as 0, every quality check would pass; with no data, none does.
        assertEquals("l0", score.dimension("quality").levelId());
        assertEquals(0.0, score.dimension("quality").progress(), 1e-9);
        assertFalse(score.metrics().containsKey(Metric.INCIDENTS));
        assertNull(score.dimension("quality").checks().get(0).actual());
    }

    @Test
    void products_used_is_no_data_without_uses_and_zero_for_an_empty_list() {
        AssessmentScore none = score(assessment("2025-Q1"));
        AssessmentScore empty = score(assessment("2025-Q1").uses());

        assertFalse(none.metrics().containsKey(Metric.PRODUCTS_USED));
        assertEquals(MetricValue.of(0), empty.metrics().get(Metric.PRODUCTS_USED));
        assertFalse(empty.metrics().containsKey(Metric.VOLUNTARY_SHARE), "no share of nothing");
        assertEquals(MetricValue.of(0.0), empty.metrics().get(Metric.CATALOGUE_COVERAGE));
        assertEquals("l0", empty.dimension("platform-usage").levelId());
    }

    @Test
    void voluntary_share_and_catalogue_coverage_are_derived_from_uses() {
        AssessmentScore score = score(assessment("2025-Q1")
                .uses(voluntary("ci", 4), mandated("rt", null), voluntary("obs", null)));

        // 2 of 3 uses voluntary; 3 of 4 catalogue products used.
        assertEquals(MetricValue.of(3), score.metrics().get(Metric.PRODUCTS_USED));
        assertEquals(2.0 / 3, ((MetricValue.Number) score.metrics().get(Metric.VOLUNTARY_SHARE)).value(), 1e-12);
        assertEquals(MetricValue.of(0.75), score.metrics().get(Metric.CATALOGUE_COVERAGE));
        assertEquals("l3", score.dimension("platform-usage").levelId());
    }

    @Test
    void a_dimension_without_checks_has_full_progress_and_the_top_level() {
        AssessmentScore score = score(assessment("2025-Q1"));

        assertEquals(100.0, score.dimension("satisfaction").progress(), 1e-9);
        assertEquals("l3", score.dimension("satisfaction").levelId());
    }

    @Test
    void the_overall_level_is_the_weakest_dimension_and_the_score_is_weighted() {
        AssessmentScore score = score(assessment("2025-Q1").designated(true).selfServiceShare(0.5).backup(false)
                .incidents(3).uses(voluntary("ci", null)));

        // buddy: l2 (backup and share ≥ 0.7 fail l3), 2 of 4 checks = 50; quality: l1 (3 ≤ 5, not ≤ 2), 1 of 3 = 33.33;
        // usage: l2 (1 used, share 1.0, coverage 0.25), 2 of 3 = 66.67; satisfaction 100.
        assertEquals("l1", score.levelId());
        // (2×50 + 33.33 + 66.67 + 100) / 5 = 300 / 5 = 60.
        assertEquals(60.0, score.score(), 1e-9);
    }

    @Test
    void next_steps_are_the_failing_checks_of_the_level_above_the_overall_level() {
        AssessmentScore score = score(assessment("2025-Q1").designated(true).selfServiceShare(0.5).incidents(3)
                .uses(voluntary("ci", null)));

        // Overall l1 (quality); the l2 checks that fail: quality incidents ≤ 2 only.
        assertEquals(1, score.nextSteps().size());
        CheckResult step = score.nextSteps().get(0);
        assertEquals("l2", step.levelId());
        assertEquals(Metric.INCIDENTS, step.check().metric());
        assertEquals(MetricValue.of(3), step.actual());
    }

    @Test
    void next_steps_cover_every_dimension_that_holds_the_team_back() {
        AssessmentScore score = score(assessment("2025-Q1").incidents(9));

        // Overall l0; the l1 checks that fail: designated (no data), incidents ≤ 5, products-used (no data).
        List<Metric> metrics = score.nextSteps().stream().map(step -> step.check().metric()).toList();
        assertEquals(List.of(Metric.DESIGNATED, Metric.INCIDENTS, Metric.PRODUCTS_USED), metrics);
        assertTrue(score.nextSteps().stream().allMatch(step -> step.levelId().equals("l1")));
    }

    @Test
    void a_team_at_the_top_level_has_no_next_steps() {
        AssessmentScore score = score(assessment("2025-Q1").designated(true).selfServiceShare(0.9).backup(true)
                .incidents(0).uses(voluntary("ci", 5), voluntary("rt", 5), voluntary("obs", 5)));

        assertEquals("l3", score.levelId());
        assertEquals(100.0, score.score(), 1e-9);
        assertEquals(List.of(), score.nextSteps());
    }
}
