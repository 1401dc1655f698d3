package scorecards.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static scorecards.score.AssessmentBuilder.assessment;
import static scorecards.score.ScoringFixtures.BRONZE;
import static scorecards.score.ScoringFixtures.GOLD;
import static scorecards.score.ScoringFixtures.SILVER;
import static scorecards.score.ScoringFixtures.START;
import static scorecards.score.ScoringFixtures.at;
import static scorecards.score.ScoringFixtures.dimension;
import static scorecards.score.ScoringFixtures.is;
import static scorecards.score.ScoringFixtures.mandated;
import static scorecards.score.ScoringFixtures.model;
import static scorecards.score.ScoringFixtures.organisation;
import static scorecards.score.ScoringFixtures.product;
import static scorecards.score.ScoringFixtures.rollup;
import static scorecards.score.ScoringFixtures.team;
import static scorecards.score.ScoringFixtures.voluntary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scorecards.model.Cadence;
import scorecards.model.MaturityModel;
import scorecards.model.Metric;

/**
 * "Organisation roll-ups, for a period". The period 2025-Q3 has four teams assessed:
 * <pre>
 *            designated trained backup  uses                                  responses csat nps complexity incidents workarounds open-bugs hours
 *   alpha    true       true    true    ci vol (4), obs mandated (2)          10        4.0  40  3.0        2         1           0         40
 *   bravo    true       false   -       ci vol (5), db mandated (-)           -         2.5  -20 -          3         -           -         20.5
 *   charlie  false      -       -       ci mandated (3)                       5         3.0  10  4.0        -         4           -         -
 *   delta    -          -       -       (no uses)                             -         -    -   -          -         -           -         -
 * </pre>
 * echo is assessed only in 2024-Q4, and alpha also in 2025-Q2 with nothing but a mandated ci;
 * 2025-Q1 has no assessment and 2025-Q4, the current period, none either.
 * The catalogue is ci, obs, db, cache; an hour costs 85.
 * The model has one dimension: bronze designated = true, silver trained = true, gold backup = true.
 */
class RollupSpecTest {

    private static final double DELTA = 1e-9;

    private static final MaturityModel MODEL = model(dimension("devops-buddy", 1,
            at(BRONZE, is(Metric.DESIGNATED, true)),
            at(SILVER, is(Metric.TRAINED, true)),
            at(GOLD, is(Metric.BACKUP, true))));

    private static Report report(Double costPerHour) {
        return ScoringFixtures.score(
                organisation(Cadence.QUARTERLY, "2025-Q4", 4, costPerHour, "ci", "obs", "db", "cache"), MODEL,
                team("alpha",
                        assessment("2025-Q3").designated(true).trained(true).backup(true)
                                .uses(voluntary("ci", 4), mandated("obs", 2))
                                .responses(10).csat(4.0).nps(40).complexityReduced(3.0)
                                .incidents(2).workarounds(1).openBugs(0).hoursSaved(40),
                        assessment("2025-Q2").uses(mandated("ci", 1))),
                team("bravo",
                        assessment("2025-Q3").designated(true).trained(false)
                                .uses(voluntary("ci", 5), mandated("db", null))
                                .csat(2.5).nps(-20).incidents(3).hoursSaved(20.5)),
                team("charlie",
                        assessment("2025-Q3").designated(false).uses(mandated("ci", 3))
                                .responses(5).csat(3.0).nps(10).complexityReduced(4.0).workarounds(4)),
                team("delta", assessment("2025-Q3")),
                team("echo", assessment("2024-Q4").designated(true).uses(voluntary("cache", 5))
                        .incidents(9).hoursSaved(100)));
    }

    private static Rollup q3() {
        return rollup(report(85.0), "2025-Q3");
    }

    @Test
    void there_is_a_roll_up_only_for_periods_with_at_least_one_assessment_oldest_first() {
        // 2025-Q1 (a gap) and 2025-Q4 (current, nobody assessed) have none.
        assertEquals(List.of("2024-Q4", "2025-Q2", "2025-Q3"),
                report(85.0).rollups().stream().map(r -> r.period().toString()).toList());
    }

    @Test
    void teams_assessed_counts_only_the_teams_with_an_assessment_for_the_period() {
        Report report = report(85.0);

        assertEquals(4, rollup(report, "2025-Q3").teamsAssessed()); // alpha, bravo, charlie, delta; not echo
        assertEquals(1, rollup(report, "2025-Q2").teamsAssessed()); // alpha
        assertEquals(1, rollup(report, "2024-Q4").teamsAssessed()); // echo
    }

    @Test
    void devops_buddy_coverage_is_the_share_of_teams_assessed_with_a_designated_buddy() {
        // alpha and bravo of 4: 2 / 4 = 0.5 (charlie false and delta no data both count as not designated).
        assertEquals(0.5, q3().devopsBuddyCoverage(), DELTA);
    }

    @Test
    void trained_and_backup_shares_count_a_team_without_the_value_as_not_having_it() {
        // trained: alpha only (bravo false, charlie and delta no data): 1 / 4 = 0.25.
        // backup: alpha only (the others give nothing): 1 / 4 = 0.25.
        Rollup rollup = q3();

        assertEquals(0.25, rollup.buddyTrainedShare(), DELTA);
        assertEquals(0.25, rollup.buddyBackupShare(), DELTA);
    }

    @Test
    void buddy_shares_are_zero_when_no_team_gives_them() {
        // 2025-Q2: alpha gives no buddy section: 0 / 1 = 0.
        Rollup rollup = rollup(report(85.0), "2025-Q2");

        assertEquals(0.0, rollup.devopsBuddyCoverage(), DELTA);
        assertEquals(0.0, rollup.buddyTrainedShare(), DELTA);
        assertEquals(0.0, rollup.buddyBackupShare(), DELTA);
    }

    @Test
    void voluntary_and_mandated_adoption_of_a_product_are_kept_apart() {
        // ci: voluntary alpha, bravo → 2 / 4 = 0.5; mandated charlie → 1 / 4 = 0.25 (never 0.75 in one figure).
        ProductRollup ci = product(q3(), "ci");

        assertEquals(0.5, ci.voluntary(), DELTA);
        assertEquals(0.25, ci.mandated(), DELTA);
        assertEquals(List.of("alpha", "bravo"), ci.voluntaryTeams());
        assertEquals(List.of("charlie"), ci.mandatedTeams());
    }

    @Test
    void a_product_used_only_when_mandated_has_no_voluntary_adoption() {
        // obs: mandated alpha → 0 / 4 voluntary, 1 / 4 = 0.25 mandated.
        ProductRollup obs = product(q3(), "obs");

        assertEquals(0.0, obs.voluntary(), DELTA);
        assertEquals(0.25, obs.mandated(), DELTA);
    }

    @Test
    void a_product_rating_is_the_mean_of_the_ratings_given_with_their_count() {
        // ci: (4 + 5 + 3) / 3 = 4.0, mandated and voluntary ratings alike; obs: 2 / 1 = 2.0.
        Rollup rollup = q3();

        assertEquals(4.0, product(rollup, "ci").rating(), DELTA);
        assertEquals(3, product(rollup, "ci").ratings());
        assertEquals(2.0, product(rollup, "obs").rating(), DELTA);
        assertEquals(1, product(rollup, "obs").ratings());
    }

    @Test
    void a_product_used_without_a_rating_has_adoption_but_no_rating() {
        // db: mandated by bravo, no rating given.
        ProductRollup db = product(q3(), "db");

        assertEquals(0.0, db.voluntary(), DELTA);
        assertEquals(0.25, db.mandated(), DELTA); // 1 / 4
        assertNull(db.rating());
        assertEquals(0, db.ratings());
    }

    @Test
    void a_product_nobody_uses_in_the_period_has_zero_adoption_and_no_rating() {
        // cache: used only by echo, in 2024-Q4, not in 2025-Q3.
        ProductRollup cache = product(q3(), "cache");

        assertEquals(0.0, cache.voluntary(), DELTA);
        assertEquals(0.0, cache.mandated(), DELTA);
        assertNull(cache.rating());
        assertEquals(0, cache.ratings());
    }

    @Test
    void every_catalogue_product_has_a_roll_up_in_catalogue_order() {
        assertEquals(List.of("ci", "obs", "db", "cache"),
                q3().products().stream().map(ProductRollup::productId).toList());
    }

    @Test
    void csat_is_a_mean_weighted_by_responses_where_no_responses_weighs_one() {
        // alpha 10 × 4.0 + bravo 1 × 2.5 + charlie 5 × 3.0 = 57.5; weights 10 + 1 + 5 = 16 → 3.59375.
        // (the plain mean would be 3.1667; weighting only teams with responses would be 3.6667)
        assertEquals(3.59375, q3().csat(), DELTA);
    }

    @Test
    void responses_are_summed_over_the_assessments_that_give_them() {
        // alpha 10 + charlie 5; bravo and delta give none.
        assertEquals(15, q3().responses());
    }

    @Test
    void nps_is_weighted_the_same_way() {
        // 10 × 40 + 1 × (-20) + 5 × 10 = 430; 430 / 16 = 26.875.
        assertEquals(26.875, q3().nps(), DELTA);
    }

    @Test
    void complexity_reduced_is_weighted_over_the_assessments_that_give_it() {
        // alpha 10 × 3.0 + charlie 5 × 4.0 = 50; weights 10 + 5 = 15 → 3.3333 (bravo and delta give none).
        assertEquals(3.333333, q3().complexityReduced(), 1e-6);
    }

    @Test
    void survey_means_are_null_when_no_assessment_gives_them() {
        Rollup rollup = rollup(report(85.0), "2025-Q2");

        assertNull(rollup.csat());
        assertNull(rollup.nps());
        assertNull(rollup.complexityReduced());
    }

    @Test
    void quality_figures_are_sums_over_the_assessments_that_give_them() {
        // incidents 2 + 3 = 5; workarounds 1 + 4 = 5; open-bugs: alpha's 0 only → 0, not null.
        Rollup rollup = q3();

        assertEquals(5, rollup.incidents());
        assertEquals(5, rollup.workarounds());
        assertEquals(0, rollup.openBugs());
    }

    @Test
    void quality_figures_are_null_when_no_assessment_gives_them() {
        Rollup rollup = rollup(report(85.0), "2025-Q2");

        assertNull(rollup.incidents());
        assertNull(rollup.workarounds());
        assertNull(rollup.openBugs());
    }

    @Test
    void hours_saved_is_a_sum_and_money_saved_is_hours_times_the_cost_of_an_hour() {
        // 40 + 20.5 = 60.5 hours; 60.5 × 85 = 5142.5.
        Rollup rollup = q3();

        assertEquals(60.5, rollup.hoursSaved(), DELTA);
        assertEquals(5142.5, rollup.moneySaved(), DELTA);
    }

    @Test
    void money_saved_is_null_without_a_cost_per_hour() {
        Rollup rollup = rollup(report(null), "2025-Q3");

        assertEquals(60.5, rollup.hoursSaved(), DELTA);
        assertNull(rollup.moneySaved());
    }

    @Test
    void money_saved_is_zero_when_an_hour_costs_nothing() {
        // cost-per-hour 0 is a cost: 60.5 × 0 = 0, not null.
        assertEquals(0.0, rollup(report(0.0), "2025-Q3").moneySaved(), DELTA);
    }

    @Test
    void hours_and_money_saved_are_null_when_no_assessment_gives_hours() {
        Rollup rollup = rollup(report(85.0), "2025-Q2");

        assertNull(rollup.hoursSaved());
        assertNull(rollup.moneySaved());
    }

    @Test
    void the_level_distribution_counts_teams_per_overall_level_including_zero_counts() {
        // alpha: designated, trained, backup → gold; bravo: designated, not trained → bronze;
        // charlie: not designated → start; delta: no data → start.
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put(START, 2);
        expected.put(BRONZE, 1);
        expected.put(SILVER, 0);
        expected.put(GOLD, 1);

        Map<String, Integer> distribution = q3().levelDistribution();

        assertEquals(expected, distribution);
        assertEquals(List.of(START, BRONZE, SILVER, GOLD), List.copyOf(distribution.keySet()), "model order");
    }

    @Test
    void the_level_distribution_of_a_period_with_one_team_lists_every_level() {
        // 2025-Q2: alpha gives no buddy data → start.
        assertEquals(Map.of(START, 1, BRONZE, 0, SILVER, 0, GOLD, 0),
                rollup(report(85.0), "2025-Q2").levelDistribution());
    }
}
