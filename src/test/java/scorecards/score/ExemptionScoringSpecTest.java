package scorecards.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scorecards.score.AssessmentBuilder.assessment;
import static scorecards.score.ScoringFixtures.BRONZE;
import static scorecards.score.ScoringFixtures.GOLD;
import static scorecards.score.ScoringFixtures.SILVER;
import static scorecards.score.ScoringFixtures.START;
import static scorecards.score.ScoringFixtures.at;
import static scorecards.score.ScoringFixtures.dimension;
import static scorecards.score.ScoringFixtures.is;
import static scorecards.score.ScoringFixtures.max;
import static scorecards.score.ScoringFixtures.min;
import static scorecards.score.ScoringFixtures.model;
import static scorecards.score.ScoringFixtures.organisation;
import static scorecards.score.ScoringFixtures.period;
import static scorecards.score.ScoringFixtures.rollup;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scorecards.model.Cadence;
import scorecards.model.Dimension;
import scorecards.model.Exemption;
import scorecards.model.MaturityModel;
import scorecards.model.Metric;
import scorecards.model.MetricValue;
import scorecards.model.Team;

/**
 * "Exemptions" of format 1.1, as scoring sees them: an exempt check is neither passed nor failed,
 * does not block its level or any above it, is left out of progress and is never a next step.
 * Every expectation is worked out by hand from the spec.
 */
class ExemptionScoringSpecTest {

    /** bronze: designated = true; silver: self-service-share >= 0.3; gold: backup = true, self-service-share >= 0.7. */
    private static final Dimension BUDDY = dimension("devops-buddy", 1,
            at(BRONZE, is(Metric.DESIGNATED, true)),
            at(SILVER, min(Metric.SELF_SERVICE_SHARE, 0.3)),
            at(GOLD, is(Metric.BACKUP, true), min(Metric.SELF_SERVICE_SHARE, 0.7)));

    /** bronze: incidents <= 5; silver: workarounds <= 0; gold: open-bugs <= 0. */
    private static final Dimension QUALITY = dimension("quality", 1,
            at(BRONZE, max(Metric.INCIDENTS, 5)),
            at(SILVER, max(Metric.WORKAROUNDS, 0)),
            at(GOLD, max(Metric.OPEN_BUGS, 0)));

    private static final double DELTA = 1e-9;

    private static Exemption exemption(Metric metric, String level, String from, String until) {
        return new Exemption(metric.dimension(), metric, level, Exemption.Reason.IN_PROGRESS, "Working on it",
                "Rowan Vale", from == null ? null : period(from), period(until));
    }

    /** An exemption on the metric at every level, with no lower bound, until 2025-Q4. */
    private static Exemption exemption(Metric metric) {
        return exemption(metric, null, null, "2025-Q4");
    }

    private static AssessmentScore score(MaturityModel model, AssessmentBuilder assessment, Exemption... exemptions) {
        return new AssessmentScorer(model, 4).score(assessment.build(), List.of(exemptions));
    }

    private static CheckResult check(AssessmentScore score, String dimension, String level, Metric metric) {
        return score.dimension(dimension).checks().stream()
                .filter(c -> c.levelId().equals(level) && c.check().metric() == metric).findFirst().orElseThrow();
    }

    @Test
    void an_exempt_check_does_not_block_its_level() {
        // designated ✓, 0.8 >= 0.3 ✓, backup ✗ (exempt), 0.8 >= 0.7 ✓: gold; 3 passed of 4 − 1 exempt.
        // Without the exemption: silver, 3 passed of 4.
        AssessmentBuilder assessment = assessment("2025-Q3").designated(true).selfServiceShare(0.8).backup(false);

        AssessmentScore without = score(model(BUDDY), assessment);
        AssessmentScore with = score(model(BUDDY), assessment, exemption(Metric.BACKUP));

        assertEquals(SILVER, without.dimension("devops-buddy").levelId());
        assertEquals(75.0, without.dimension("devops-buddy").progress(), DELTA);
        assertEquals(GOLD, with.dimension("devops-buddy").levelId());
        assertEquals(GOLD, with.levelId());
        assertEquals(100.0, with.dimension("devops-buddy").progress(), DELTA);
        assertEquals(1, with.dimension("devops-buddy").exemptChecks());
        assertEquals(1, with.exemptChecks());
    }

    @Test
    void an_exempt_check_is_neither_passed_nor_failed_and_keeps_what_was_found() {
        Exemption backup = exemption(Metric.BACKUP);

        CheckResult result = check(score(model(BUDDY), assessment("2025-Q3").backup(false), backup),
                "devops-buddy", GOLD, Metric.BACKUP);

        assertTrue(result.exempt());
        assertFalse(result.passed());
        assertFalse(result.failed());
        assertSame(backup, result.exemption());
        assertEquals(MetricValue.of(false), result.actual());
    }

    @Test
    void an_exempt_check_low_in_the_model_lets_the_levels_above_it_count() {
        // designated ✗ (exempt), 0.5 >= 0.3 ✓, backup no data ✗, 0.5 >= 0.7 ✗: silver; 1 passed of 4 − 1.
        AssessmentBuilder assessment = assessment("2025-Q3").designated(false).selfServiceShare(0.5);

        AssessmentScore without = score(model(BUDDY), assessment);
        AssessmentScore with = score(model(BUDDY), assessment, exemption(Metric.DESIGNATED));

        assertEquals(START, without.dimension("devops-buddy").levelId());
        assertEquals(25.0, without.dimension("devops-buddy").progress(), DELTA);
        assertEquals(SILVER, with.dimension("devops-buddy").levelId());
        assertEquals(100.0 / 3, with.dimension("devops-buddy").progress(), DELTA);
    }

    @Test
    void a_dimension_whose_every_check_is_exempt_reaches_the_top_level_with_progress_100() {
        // Quality has no data at all, and all three of its checks are exempt: gold, 100.
        // Buddy: designated ✓, 0.5 >= 0.3 ✓, backup ✗, 0.5 >= 0.7 ✗: silver, 50.
        // Overall: the lower of silver and gold; score (50 + 100) / 2.
        MaturityModel model = model(BUDDY, QUALITY);
        AssessmentBuilder assessment = assessment("2025-Q3").designated(true).selfServiceShare(0.5);

        AssessmentScore without = score(model, assessment);
        AssessmentScore with = score(model, assessment,
                exemption(Metric.INCIDENTS), exemption(Metric.WORKAROUNDS), exemption(Metric.OPEN_BUGS));

        assertEquals(START, without.dimension("quality").levelId());
        assertEquals(0.0, without.dimension("quality").progress(), DELTA);
        assertEquals(25.0, without.score(), DELTA);
        assertEquals(GOLD, with.dimension("quality").levelId());
        assertEquals(100.0, with.dimension("quality").progress(), DELTA);
        assertEquals(3, with.dimension("quality").exemptChecks());
        assertEquals(SILVER, with.levelId());
        assertEquals(75.0, with.score(), DELTA);
    }

    @Test
    void an_exemption_with_a_level_excuses_only_the_check_at_that_level() {
        // designated ✓, 0.2 >= 0.3 ✗ (silver, not exempt), backup ✓, 0.2 >= 0.7 exempt at gold:
        // bronze; 2 passed of 4 − 1.
        AssessmentBuilder assessment = assessment("2025-Q3").designated(true).selfServiceShare(0.2).backup(true);

        AssessmentScore score = score(model(BUDDY), assessment,
                exemption(Metric.SELF_SERVICE_SHARE, GOLD, null, "2025-Q4"));

        assertEquals(BRONZE, score.dimension("devops-buddy").levelId());
        assertEquals(200.0 / 3, score.dimension("devops-buddy").progress(), DELTA);
        assertFalse(check(score, "devops-buddy", SILVER, Metric.SELF_SERVICE_SHARE).exempt());
        assertTrue(check(score, "devops-buddy", GOLD, Metric.SELF_SERVICE_SHARE).exempt());
    }

    @Test
    void an_exemption_without_a_level_excuses_the_checks_on_the_metric_at_every_level() {
        // designated ✓, silver's and gold's self-service-share exempt, backup ✓: gold; 2 passed of 4 − 2.
        AssessmentBuilder assessment = assessment("2025-Q3").designated(true).selfServiceShare(0.2).backup(true);

        AssessmentScore score = score(model(BUDDY), assessment, exemption(Metric.SELF_SERVICE_SHARE));

        assertEquals(GOLD, score.dimension("devops-buddy").levelId());
        assertEquals(100.0, score.dimension("devops-buddy").progress(), DELTA);
        assertEquals(2, score.dimension("devops-buddy").exemptChecks());
    }

    @ParameterizedTest(name = "{0}: exempt {1}, level {2}, progress {3}")
    @CsvSource({
        "2025-Q1, false, silver, 75.0",   // before from: the check counts (backup ✗), 3 of 4
        "2025-Q2, true,  gold,   100.0",  // at from: 3 of 4 − 1
        "2025-Q3, true,  gold,   100.0",  // between
        "2025-Q4, true,  gold,   100.0",  // at until
        "2026-Q1, false, silver, 75.0",   // after until: it counts again
    })
    void an_exemption_applies_from_its_first_through_its_last_period(String period, boolean exempt, String level,
            double progress) {
        Exemption backup = exemption(Metric.BACKUP, null, "2025-Q2", "2025-Q4");

        AssessmentScore score = score(model(BUDDY),
                assessment(period).designated(true).selfServiceShare(0.8).backup(false), backup);

        assertEquals(exempt, check(score, "devops-buddy", GOLD, Metric.BACKUP).exempt());
        assertEquals(level, score.dimension("devops-buddy").levelId());
        assertEquals(progress, score.dimension("devops-buddy").progress(), DELTA);
    }

    @Test
    void an_exemption_without_from_has_no_lower_bound() {
        AssessmentScore score = score(model(BUDDY), assessment("2019-Q1").backup(false),
                exemption(Metric.BACKUP, null, null, "2025-Q4"));

        assertTrue(check(score, "devops-buddy", GOLD, Metric.BACKUP).exempt());
    }

    @Test
    void an_exempt_check_is_never_a_next_step() {
        // designated ✓, 0.5 >= 0.3 ✓: silver. Gold takes backup (no data) and 0.5 >= 0.7 (✗).
        AssessmentBuilder assessment = assessment("2025-Q3").designated(true).selfServiceShare(0.5);

        AssessmentScore without = score(model(BUDDY), assessment);
        AssessmentScore with = score(model(BUDDY), assessment, exemption(Metric.BACKUP));

        assertEquals(List.of(Metric.BACKUP, Metric.SELF_SERVICE_SHARE),
                without.nextSteps().stream().map(step -> step.check().metric()).toList());
        assertEquals(SILVER, with.levelId());
        assertEquals(List.of(Metric.SELF_SERVICE_SHARE),
                with.nextSteps().stream().map(step -> step.check().metric()).toList());
        assertEquals(List.of(Metric.SELF_SERVICE_SHARE),
                with.dimension("devops-buddy").failing(GOLD).stream().map(step -> step.check().metric()).toList());
    }

    @Test
    void scoring_without_exemptions_is_scoring_with_none() {
        AssessmentBuilder assessment = assessment("2025-Q3").designated(true).selfServiceShare(0.5).incidents(7);
        AssessmentScorer scorer = new AssessmentScorer(model(BUDDY, QUALITY), 4);

        AssessmentScore plain = scorer.score(assessment.build());
        AssessmentScore none = scorer.score(assessment.build(), List.of());

        assertEquals(plain.levelId(), none.levelId());
        assertEquals(plain.score(), none.score(), 0.0);
        assertEquals(plain.nextSteps(), none.nextSteps());
        assertEquals(0, plain.exemptChecks());
    }

    @Test
    void each_team_is_scored_with_its_own_exemptions_and_the_roll_up_sums_the_exempt_checks_of_a_period() {
        // alpha: backup (1 check, gold) from 2025-Q3 through 2025-Q4; workarounds (1 check) through 2025-Q3.
        // bravo: self-service-share at every level (2 checks) through 2025-Q3. charlie: none.
        // 2025-Q2: alpha only, before backup starts; workarounds has no lower bound: 1.
        // 2025-Q3: alpha 2 + bravo 2 = 4. 2025-Q4: alpha's backup only: 1.
        Team alpha = new Team("alpha", "Alpha", null, null, null, null,
                List.of(assessment("2025-Q2").build(), assessment("2025-Q3").build(), assessment("2025-Q4").build()),
                List.of(exemption(Metric.BACKUP, null, "2025-Q3", "2025-Q4"),
                        exemption(Metric.WORKAROUNDS, null, null, "2025-Q3")));
        Team bravo = new Team("bravo", "Bravo", null, null, null, null,
                List.of(assessment("2025-Q3").build(), assessment("2025-Q4").build()),
                List.of(exemption(Metric.SELF_SERVICE_SHARE, null, null, "2025-Q3")));
        Team charlie = ScoringFixtures.team("charlie", assessment("2025-Q3"));

        Report report = ScoringFixtures.score(organisation(Cadence.QUARTERLY, "2025-Q4", 1, null, "ci"),
                model(BUDDY, QUALITY), alpha, bravo, charlie);

        assertEquals(1, rollup(report, "2025-Q2").exemptChecks());
        assertEquals(4, rollup(report, "2025-Q3").exemptChecks());
        assertEquals(1, rollup(report, "2025-Q4").exemptChecks());
        assertEquals(0, ScoringFixtures.teamScore(report, "charlie").latest().exemptChecks());
        assertEquals(2, ScoringFixtures.teamScore(report, "bravo").assessments().get(0)
                .dimension("devops-buddy").exemptChecks());
    }
}
