package scorecards.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import static scorecards.score.ScoringFixtures.model;
import static scorecards.score.ScoringFixtures.organisation;
import static scorecards.score.ScoringFixtures.product;
import static scorecards.score.ScoringFixtures.voluntary;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scorecards.model.Cadence;
import scorecards.model.MaturityModel;
import scorecards.model.Metric;
import scorecards.model.Organisation;
import scorecards.model.Scorecards;
import scorecards.model.Team;

/**
 * "Tribes": a tribe's roll-ups have the organisation's rules, over the tribe's teams only.
 * <pre>
 *   team     tribe       period   designated trained backup  uses                   responses csat nps  incidents hours
 *   alpha    Checkout    2025-Q3  true       true    false   ci vol (4)             10        4.0  40   2         40
 *                        2025-Q2  false
 *   bravo    Checkout    2025-Q3  true       false   -       ci mand (2), obs vol   -         2.5  -20  3         20
 *   charlie  Fulfilment  2025-Q3  false      -       -       obs mandated           5         3.0  -    -         -
 *                        2024-Q4  true
 *   echo     Fulfilment  2025-Q2  true
 *   delta    (none)      2025-Q3  true       true    true    ci vol (5)             100       5.0  90   50        400
 *   foxtrot  checkout    2025-Q3  true                                                                            (a tribe of its own: names are not folded)
 * </pre>
 * The model: bronze designated = true, silver trained = true, gold backup = true. An hour costs 85.
 */
class TribeRollupSpecTest {

    private static final double DELTA = 1e-9;

    private static final MaturityModel MODEL = model(dimension("devops-buddy", 1,
            at(BRONZE, is(Metric.DESIGNATED, true)),
            at(SILVER, is(Metric.TRAINED, true)),
            at(GOLD, is(Metric.BACKUP, true))));
    private static final Organisation ORGANISATION = organisation(Cadence.QUARTERLY, "2025-Q3", 1, 85.0, "ci", "obs");

    private static final List<Team> TEAMS = List.of(
            team("alpha", "Checkout",
                    assessment("2025-Q3").designated(true).trained(true).backup(false).uses(voluntary("ci", 4))
                            .responses(10).csat(4.0).nps(40).incidents(2).hoursSaved(40),
                    assessment("2025-Q2").designated(false)),
            team("bravo", "Checkout",
                    assessment("2025-Q3").designated(true).trained(false)
                            .uses(mandated("ci", 2), voluntary("obs", null))
                            .csat(2.5).nps(-20).incidents(3).hoursSaved(20)),
            team("charlie", "Fulfilment",
                    assessment("2025-Q3").designated(false).uses(mandated("obs", null)).responses(5).csat(3.0),
                    assessment("2024-Q4").designated(true)),
            team("echo", "Fulfilment", assessment("2025-Q2").designated(true)),
            team("delta", null,
                    assessment("2025-Q3").designated(true).trained(true).backup(true).uses(voluntary("ci", 5))
                            .responses(100).csat(5.0).nps(90).incidents(50).hoursSaved(400)),
            team("foxtrot", "checkout", assessment("2025-Q3").designated(true)));

    private static Team team(String id, String tribe, AssessmentBuilder... assessments) {
        return new Team(id, id, tribe, null, null, null,
                Arrays.stream(assessments).map(AssessmentBuilder::build).toList());
    }

    private static Report report(List<Team> teams) {
        return Scorer.score(new Scorecards(ORGANISATION, MODEL, teams));
    }

    private static TribeScore tribe(Report report, String name) {
        return report.tribes().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no tribe " + name));
    }

    private static Rollup rollup(TribeScore tribe, String period) {
        return tribe.rollups().stream().filter(r -> r.period().toString().equals(period)).findFirst()
                .orElseThrow(() -> new AssertionError("no roll-up of " + tribe.name() + " for " + period));
    }

    @Test
    void tribes_are_sorted_by_name_with_their_team_ids_sorted() {
        Report report = report(TEAMS);

        assertEquals(List.of("Checkout", "Fulfilment", "checkout"), report.tribes().stream().map(TribeScore::name).toList());
        assertEquals(List.of("alpha", "bravo"), tribe(report, "Checkout").teamIds());
        assertEquals(List.of("charlie", "echo"), tribe(report, "Fulfilment").teamIds());
        assertEquals(List.of("foxtrot"), tribe(report, "checkout").teamIds());
    }

    @Test
    void a_team_without_a_tribe_is_in_none() {
        Report report = report(TEAMS);

        assertTrue(report.tribes().stream().noneMatch(tribe -> tribe.teamIds().contains("delta")));
        assertEquals(5, report.tribes().stream().mapToInt(tribe -> tribe.teamIds().size()).sum(), "every other team once");
        assertEquals(List.of(), report(List.of(TEAMS.get(4))).tribes(), "no tribe named, no tribe");
    }

    @Test
    void a_tribe_has_a_roll_up_for_each_period_in_which_one_of_its_teams_is_assessed() {
        Report report = report(TEAMS);

        assertEquals(List.of("2025-Q2", "2025-Q3"),
                tribe(report, "Checkout").rollups().stream().map(r -> r.period().toString()).toList());
        assertEquals(List.of("2024-Q4", "2025-Q2", "2025-Q3"),
                tribe(report, "Fulfilment").rollups().stream().map(r -> r.period().toString()).toList());
        assertEquals(1, rollup(tribe(report, "Fulfilment"), "2025-Q2").teamsAssessed(), "echo");
    }

    @Test
    void each_tribe_rolls_up_exactly_like_the_calculator_over_its_teams_alone() {
        Report report = report(TEAMS);
        RollupCalculator calculator = new RollupCalculator(ORGANISATION, MODEL);

        for (TribeScore tribe : report.tribes()) {
            List<TeamScore> members = report.teams().stream().filter(t -> tribe.teamIds().contains(t.team().id())).toList();
            assertEquals(calculator.rollups(members), tribe.rollups(), tribe.name());
        }
    }

    @Test
    void each_tribe_rolls_up_like_an_organisation_made_of_its_teams_only() {
        // The organisation's own path: scoring just the tribe's teams gives their roll-ups.
        Report report = report(TEAMS);

        for (TribeScore tribe : report.tribes()) {
            List<Team> members = TEAMS.stream().filter(t -> tribe.teamIds().contains(t.id())).toList();
            assertEquals(report(members).rollups(), tribe.rollups(), tribe.name());
        }
    }

    @Test
    void checkout_in_2025_q3_by_hand() {
        Rollup q3 = rollup(tribe(report(TEAMS), "Checkout"), "2025-Q3");

        assertEquals(2, q3.teamsAssessed()); // alpha, bravo; not delta, not foxtrot of "checkout"
        assertEquals(1.0, q3.devopsBuddyCoverage(), DELTA); // 2 / 2
        assertEquals(0.5, q3.buddyTrainedShare(), DELTA); // alpha / 2
        assertEquals(0.0, q3.buddyBackupShare(), DELTA); // alpha false, bravo no data
        assertEquals((10 * 4.0 + 1 * 2.5) / 11, q3.csat(), DELTA); // bravo gives no responses: weight 1
        assertEquals((10 * 40.0 + 1 * -20.0) / 11, q3.nps(), DELTA);
        assertNull(q3.complexityReduced());
        assertEquals(10, q3.responses());
        assertEquals(5, q3.incidents());
        assertNull(q3.workarounds());
        assertNull(q3.openBugs());
        assertEquals(60.0, q3.hoursSaved(), DELTA);
        assertEquals(60.0 * 85, q3.moneySaved(), DELTA);
        Map<String, Integer> levels = new LinkedHashMap<>();
        levels.put(START, 0);
        levels.put(BRONZE, 1); // bravo: designated, not trained
        levels.put(SILVER, 1); // alpha: trained, no backup
        levels.put(GOLD, 0);
        assertEquals(levels, q3.levelDistribution());
        ProductRollup ci = product(q3, "ci");
        assertEquals(0.5, ci.voluntary(), DELTA);
        assertEquals(0.5, ci.mandated(), DELTA);
        assertEquals(3.0, ci.rating(), DELTA); // (4 + 2) / 2
        assertEquals(2, ci.ratings());
        ProductRollup obs = product(q3, "obs");
        assertEquals(0.5, obs.voluntary(), DELTA);
        assertEquals(0.0, obs.mandated(), DELTA);
        assertNull(obs.rating());
        assertEquals(0, obs.ratings());
    }

    @Test
    void the_organisation_roll_up_still_counts_every_team() {
        Rollup organisation = ScoringFixtures.rollup(report(TEAMS), "2025-Q3");

        assertEquals(5, organisation.teamsAssessed()); // alpha, bravo, charlie, delta, foxtrot
        assertEquals(55, organisation.incidents());
    }

    @Test
    void a_tribe_whose_teams_are_all_stale_keeps_its_history() {
        // Fulfilment without charlie's 2025-Q3: echo (2025-Q2) and charlie (2024-Q4) have nothing current.
        Team charlie = team("charlie", "Fulfilment", assessment("2024-Q4").designated(true));
        Report report = report(List.of(TEAMS.get(0), charlie, TEAMS.get(3)));
        TribeScore fulfilment = tribe(report, "Fulfilment");

        assertEquals(List.of("2024-Q4", "2025-Q2"), fulfilment.rollups().stream().map(r -> r.period().toString()).toList());
        assertEquals(1.0, rollup(fulfilment, "2024-Q4").devopsBuddyCoverage(), DELTA);
    }
}
