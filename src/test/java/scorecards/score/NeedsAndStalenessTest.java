package scorecards.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static scorecards.score.AssessmentBuilder.assessment;
import static scorecards.score.Scenario.period;
import static scorecards.score.Scenario.team;

import java.util.List;
import org.junit.jupiter.api.Test;
import scorecards.model.Scorecards;
import scorecards.model.Team;

/** Needs counted across teams, and which teams are stale. */
class NeedsAndStalenessTest {

    private static Report report(String current, int staleAfter, Team... teams) {
        return Scorer.score(new Scorecards(Scenario.organisation(current == null ? null : period(current), staleAfter, null),
                Scenario.model(), List.of(teams)));
    }

    @Test
    void needs_are_the_same_after_trimming_collapsing_spaces_and_ignoring_case() {
        Report report = report("2025-Q2", 1,
                team("b", assessment("2025-Q2").needs("  Faster   BUILDS ").build()),
                team("a", assessment("2025-Q2").needs("Faster builds", "faster builds").build()),
                team("d", assessment("2025-Q2").needs("Alpha").build()),
                team("c", assessment("2025-Q2").needs("Preview envs").build(),
                        assessment("2025-Q1").needs("Old need", "Old need 2").build()));

        // Most teams first, then by text; the wording is that of the first team by id; a need
        // given twice by one team counts once; only the current period's needs count.
        assertEquals(List.of(new Need("Faster builds", List.of("a", "b")), new Need("Alpha", List.of("d")),
                new Need("Preview envs", List.of("c"))), report.needs());
    }

    @Test
    void a_team_is_stale_when_its_latest_assessment_is_more_than_stale_after_periods_old() {
        Report report = report("2025-Q4", 1,
                team("fresh", assessment("2025-Q4").build()),
                team("one-behind", assessment("2025-Q3").build()),
                team("two-behind", assessment("2025-Q2").build(), assessment("2024-Q4").build()));

        assertEquals(List.of(false, false, true), report.teams().stream()
                .sorted(java.util.Comparator.comparing(t -> List.of("fresh", "one-behind", "two-behind").indexOf(t.team().id())))
                .map(TeamScore::stale).toList());
    }

    @Test
    void without_a_current_period_the_latest_assessed_one_is_current() {
        Report report = report(null, 2,
                team("a", assessment("2025-Q3").build()),
                team("b", assessment("2024-Q4").build()));

        assertEquals(period("2025-Q3"), report.currentPeriod());
        // 2024-Q4 is three quarters before 2025-Q3: more than 2.
        assertEquals(List.of(false, true), report.teams().stream().map(TeamScore::stale).toList());
    }

    @Test
    void monthly_periods_count_across_the_turn_of_the_year() {
        Report report = report("2026-01", 1,
                team("a", assessment("2025-12").build()),
                team("b", assessment("2025-11").build()));

        assertEquals(List.of(false, true), report.teams().stream().map(TeamScore::stale).toList());
        assertEquals(List.of("2025-11", "2025-12", "2026-01"), report.periods().stream().map(Object::toString).toList());
    }
}
