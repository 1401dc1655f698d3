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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    /**
     * One team, assessed last in {@code latest}: stale when that is more than {@code staleAfter}
     * periods before the current one.
     */
    @ParameterizedTest(name = "{0}: current {2}, stale-after {3}, latest {4} → stale {5}")
    @CsvSource(delimiter = '|', textBlock = """
            assessed in the current period, 0 behind                  | QUARTERLY | 2025-Q4 | 1 | 2025-Q4 | false
            exactly stale-after periods behind: 2, not more than 2    | QUARTERLY | 2025-Q4 | 2 | 2025-Q2 | false
            more than stale-after periods behind: 3, more than 2      | QUARTERLY | 2025-Q4 | 2 | 2025-Q1 | true
            stale-after 1 (the default): the previous period is fresh | QUARTERLY | 2025-Q4 | 1 | 2025-Q3 | false
            stale-after 1 (the default): the one before is stale      | QUARTERLY | 2025-Q4 | 1 | 2025-Q2 | true
            quarters across the turn of the year: 1 behind            | QUARTERLY | 2025-Q1 | 1 | 2024-Q4 | false
            quarters across the turn of the year: 2 behind            | QUARTERLY | 2025-Q1 | 1 | 2024-Q3 | true
            months across the turn of the year: 1 behind              | MONTHLY   | 2026-01 | 1 | 2025-12 | false
            months across the turn of the year: 2 behind              | MONTHLY   | 2026-01 | 1 | 2025-11 | true
            exactly stale-after months behind: 2, not more than 2     | MONTHLY   | 2026-01 | 2 | 2025-11 | false
            more than stale-after months behind: 3, more than 2       | MONTHLY   | 2026-01 | 2 | 2025-10 | true
            """)
    void a_team_is_stale_when_its_latest_assessment_is_more_than_stale_after_periods_old(String why, Cadence cadence,
            String current, int staleAfter, String latest, boolean stale) {
        Report report = report(organisation(cadence, current, staleAfter, null, "ci"), team("a", assessment(latest)));

        assertEquals(stale, stale(report, "a"), why);
    }

    @Test
    void the_default_stale_after_is_one() {
        assertEquals(1, Organisation.DEFAULT_STALE_AFTER);
    }

    @Test
    void the_periods_run_to_the_current_one_month_by_month_across_the_turn_of_the_year() {
        // Current 2026-01, which nobody was assessed in.
        Report report = report(organisation(Cadence.MONTHLY, "2026-01", 1, null, "ci"),
                team("a", assessment("2025-12")),
                team("b", assessment("2025-11")));

        assertEquals(List.of("2025-11", "2025-12", "2026-01"), report.periods().stream().map(Object::toString).toList());
    }

    @Test
    void staleness_looks_at_the_latest_assessment_whatever_order_they_are_given_in() {
        // Latest is 2025-Q3 (1 behind 2025-Q4), though given between two older ones.
        Report report = report(organisation(Cadence.QUARTERLY, "2025-Q4", 1, null, "ci"),
                team("a", assessment("2024-Q1"), assessment("2025-Q3"), assessment("2024-Q4")));

        assertFalse(stale(report, "a"));
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
