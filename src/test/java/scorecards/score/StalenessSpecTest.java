package scorecards.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scorecards.score.AssessmentBuilder.assessment;
import static scorecards.score.ScoringFixtures.dimension;
import static scorecards.score.ScoringFixtures.model;
import static scorecards.score.ScoringFixtures.organisation;
import static scorecards.score.ScoringFixtures.period;
import static scorecards.score.ScoringFixtures.team;
import static scorecards.score.ScoringFixtures.teamScore;

import java.util.List;
import org.junit.jupiter.api.Test;
import scorecards.model.Cadence;
import scorecards.model.MaturityModel;
import scorecards.model.Organisation;
import scorecards.model.Team;

/** "Stale teams": the latest assessment more than stale-after periods before the current period. */
class StalenessSpecTest {

    private static final MaturityModel MODEL = model(dimension("satisfaction", 1));

    private static Report report(Organisation organisation, Team... teams) {
        return ScoringFixtures.score(organisation, MODEL, teams);
    }

    private static boolean stale(Report report, String team) {
        return teamScore(report, team).stale();
    }

    @Test
    void a_team_assessed_in_the_current_period_is_not_stale() {
        Report report = report(organisation(Cadence.QUARTERLY, "2025-Q4", 1, null, "ci"),
                team("a", assessment("2025-Q4")));

        assertFalse(stale(report, "a")); // 0 periods behind
    }

    @Test
    void a_team_exactly_stale_after_periods_behind_is_not_stale() {
        // stale-after 2; 2025-Q2 → 2025-Q4 is 2 periods: not more than 2.
        Report report = report(organisation(Cadence.QUARTERLY, "2025-Q4", 2, null, "ci"),
                team("a", assessment("2025-Q2")));

        assertFalse(stale(report, "a"));
    }

    @Test
    void a_team_more_than_stale_after_periods_behind_is_stale() {
        // stale-after 2; 2025-Q1 → 2025-Q4 is 3 periods: more than 2.
        Report report = report(organisation(Cadence.QUARTERLY, "2025-Q4", 2, null, "ci"),
                team("a", assessment("2025-Q1")));

        assertTrue(stale(report, "a"));
    }

    @Test
    void with_stale_after_one_the_previous_period_is_fresh_and_the_one_before_is_stale() {
        // Default stale-after is 1: 2025-Q3 is 1 behind 2025-Q4 (fresh), 2025-Q2 is 2 behind (stale).
        Report report = report(organisation(Cadence.QUARTERLY, "2025-Q4", Organisation.DEFAULT_STALE_AFTER, null, "ci"),
                team("one-behind", assessment("2025-Q3")),
                team("two-behind", assessment("2025-Q2")));

        assertEquals(1, Organisation.DEFAULT_STALE_AFTER);
        assertFalse(stale(report, "one-behind"));
        assertTrue(stale(report, "two-behind"));
    }

    @Test
    void staleness_looks_at_the_latest_assessment_whatever_order_they_are_given_in() {
        // Latest is 2025-Q3 (1 behind 2025-Q4), though given between two older ones.
        Report report = report(organisation(Cadence.QUARTERLY, "2025-Q4", 1, null, "ci"),
                team("a", assessment("2024-Q1"), assessment("2025-Q3"), assessment("2024-Q4")));

        assertFalse(stale(report, "a"));
    }

    @Test
    void quarters_are_counted_across_the_turn_of_the_year() {
        // Current 2025-Q1, stale-after 1: 2024-Q4 is 1 behind (fresh), 2024-Q3 is 2 behind (stale).
        Report report = report(organisation(Cadence.QUARTERLY, "2025-Q1", 1, null, "ci"),
                team("a", assessment("2024-Q4")),
                team("b", assessment("2024-Q3")));

        assertFalse(stale(report, "a"));
        assertTrue(stale(report, "b"));
    }

    @Test
    void the_current_period_defaults_to_the_latest_assessed_period() {
        // No current-period: the latest of any team, 2025-Q3. stale-after 1:
        // 2025-Q2 is 1 behind (fresh), 2025-Q1 is 2 behind (stale).
        Report report = report(organisation(Cadence.QUARTERLY, null, 1, null, "ci"),
                team("a", assessment("2025-Q3")),
                team("b", assessment("2025-Q2")),
                team("c", assessment("2025-Q1")));

        assertEquals(period("2025-Q3"), report.currentPeriod());
        assertFalse(stale(report, "a"));
        assertFalse(stale(report, "b"));
        assertTrue(stale(report, "c"));
    }

    @Test
    void a_current_period_set_in_the_organisation_is_used_even_when_nobody_is_assessed_in_it() {
        // current-period 2026-Q2; a's 2025-Q4 is 2 behind, more than 1 → stale, though it is the latest assessed.
        Report report = report(organisation(Cadence.QUARTERLY, "2026-Q2", 1, null, "ci"),
                team("a", assessment("2025-Q4")));

        assertEquals(period("2026-Q2"), report.currentPeriod());
        assertTrue(stale(report, "a"));
    }

    @Test
    void monthly_periods_are_counted_in_months_across_the_turn_of_the_year() {
        // Current 2026-01, stale-after 1: 2025-12 is 1 month behind (fresh), 2025-11 is 2 (stale).
        Report report = report(organisation(Cadence.MONTHLY, "2026-01", 1, null, "ci"),
                team("a", assessment("2025-12")),
                team("b", assessment("2025-11")));

        assertFalse(stale(report, "a"));
        assertTrue(stale(report, "b"));
        // The periods run month by month to the current one, which nobody was assessed in.
        assertEquals(List.of("2025-11", "2025-12", "2026-01"), report.periods().stream().map(Object::toString).toList());
    }

    @Test
    void a_monthly_team_exactly_stale_after_months_behind_is_not_stale() {
        // Current 2026-01, stale-after 2: 2025-11 is 2 months behind → not stale; 2025-10 is 3 → stale.
        Report report = report(organisation(Cadence.MONTHLY, "2026-01", 2, null, "ci"),
                team("a", assessment("2025-11")),
                team("b", assessment("2025-10")));

        assertFalse(stale(report, "a"));
        assertTrue(stale(report, "b"));
    }

    @Test
    void monthly_current_period_defaults_to_the_latest_assessed_month() {
        // No current-period: latest is 2026-01; 2025-11 is 2 months behind, more than 1.
        Report report = report(organisation(Cadence.MONTHLY, null, 1, null, "ci"),
                team("a", assessment("2026-01")),
                team("b", assessment("2025-11")));

        assertEquals(period("2026-01"), report.currentPeriod());
        assertFalse(stale(report, "a"));
        assertTrue(stale(report, "b"));
    }
}
