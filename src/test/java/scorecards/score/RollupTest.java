package scorecards.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static scorecards.score.AssessmentBuilder.assessment;
import static scorecards.score.Scenario.mandated;
import static scorecards.score.Scenario.team;
import static scorecards.score.Scenario.voluntary;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scorecards.model.Scorecards;

/**
 * The organisation's roll-up of one period over three teams:
 * a gives everything, b some, c almost nothing.
 */
class RollupTest {

    private static Report report(Double costPerHour) {
        Scorecards input = new Scorecards(Scenario.organisation(Scenario.period("2025-Q2"), 1, costPerHour),
                Scenario.model(), List.of(
                team("a", assessment("2025-Q2").designated(true).trained(true).backup(false)
                        .uses(voluntary("ci", 4), mandated("rt", 2)).responses(10).csat(4.0).nps(50).complexityReduced(3.5)
                        .incidents(2).hoursSaved(10).build()),
                team("b", assessment("2025-Q2").designated(false).uses(voluntary("ci", 5)).csat(3.0)
                        .hoursSaved(30).build(),
                        assessment("2025-Q1").designated(true).incidents(7).build()),
                team("c", assessment("2025-Q2").workarounds(1).build())));
        return Scorer.score(input);
    }

    private static Rollup current(Report report) {
        return report.rollups().get(report.rollups().size() - 1);
    }

    private static ProductRollup product(Rollup rollup, String id) {
        return rollup.products().stream().filter(p -> p.productId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void there_is_one_roll_up_per_assessed_period_oldest_first() {
        Report report = report(100.0);

        assertEquals(List.of("2025-Q1", "2025-Q2"), report.rollups().stream().map(r -> r.period().toString()).toList());
        assertEquals(1, report.rollups().get(0).teamsAssessed());
        assertEquals(3, current(report).teamsAssessed());
    }

    @Test
    void buddy_shares_count_a_team_without_the_value_as_not_having_it() {
        Rollup rollup = current(report(100.0));

        assertEquals(1.0 / 3, rollup.devopsBuddyCoverage(), 1e-12);
        assertEquals(1.0 / 3, rollup.buddyTrainedShare(), 1e-12);
        assertEquals(0.0, rollup.buddyBackupShare(), 1e-12);
    }

    @Test
    void voluntary_and_mandated_adoption_are_shares_of_the_teams_assessed_and_kept_apart() {
        Rollup rollup = current(report(100.0));

        ProductRollup ci = product(rollup, "ci");
        assertEquals(2.0 / 3, ci.voluntary(), 1e-12);
        assertEquals(0.0, ci.mandated(), 1e-12);
        assertEquals(List.of("a", "b"), ci.voluntaryTeams());
        ProductRollup rt = product(rollup, "rt");
        assertEquals(0.0, rt.voluntary(), 1e-12);
        assertEquals(1.0 / 3, rt.mandated(), 1e-12);
        assertEquals(List.of("a"), rt.mandatedTeams());
    }

    @Test
    void a_product_rating_is_the_mean_of_the_ratings_given_with_their_count() {
        Rollup rollup = current(report(100.0));

        assertEquals(4.5, product(rollup, "ci").rating(), 1e-12); // (4 + 5) / 2
        assertEquals(2, product(rollup, "ci").ratings());
        assertEquals(2.0, product(rollup, "rt").rating(), 1e-12);
        assertEquals(1, product(rollup, "rt").ratings());
    }

    @Test
    void a_product_nobody_uses_has_zero_adoption_and_no_rating() {
        ProductRollup obs = product(current(report(100.0)), "obs");

        assertEquals(0.0, obs.voluntary(), 1e-12);
        assertEquals(0.0, obs.mandated(), 1e-12);
        assertNull(obs.rating());
        assertEquals(0, obs.ratings());
    }

    @Test
    void survey_means_are_weighted_by_responses_and_an_assessment_without_them_weighs_one() {
        Rollup rollup = current(report(100.0));

        assertEquals(43.0 / 11, rollup.csat(), 1e-12); // (4.0×10 + 3.0×1) / 11 = 3.909
        assertEquals(50.0, rollup.nps(), 1e-12); // a alone gives an NPS
        assertEquals(3.5, rollup.complexityReduced(), 1e-12);
        assertEquals(10, rollup.responses());
    }

    @Test
    void quality_figures_are_sums_over_those_who_give_them_and_no_data_when_none_does() {
        Rollup rollup = current(report(100.0));

        assertEquals(2, rollup.incidents());
        assertEquals(1, rollup.workarounds());
        assertNull(rollup.openBugs());
    }

    @Test
    void money_saved_is_hours_saved_times_the_cost_of_an_hour_and_no_data_without_a_cost() {
        assertEquals(40.0, current(report(100.0)).hoursSaved(), 1e-12);
        assertEquals(4000.0, current(report(100.0)).moneySaved(), 1e-12);
        assertEquals(40.0, current(report(null)).hoursSaved(), 1e-12);
        assertNull(current(report(null)).moneySaved());
        assertNull(report(100.0).rollups().get(0).hoursSaved(), "no team gave hours in 2025-Q1");
        assertNull(report(100.0).rollups().get(0).moneySaved());
    }

    @Test
    void the_level_distribution_counts_every_level_including_empty_ones() {
        Rollup rollup = current(report(100.0));

        // a: buddy l1 (no share), quality l2, usage l2 (coverage 0.5), satisfaction l3: overall l1.
        // b and c: no designated buddy: l0.
        assertEquals(Map.of("l0", 2, "l1", 1, "l2", 0, "l3", 0), rollup.levelDistribution());
        assertEquals(List.of("l0", "l1", "l2", "l3"), List.copyOf(rollup.levelDistribution().keySet()));
    }
}
