package scorecards.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scorecards.score.AssessmentBuilder.assessment;
import static scorecards.score.ScoringFixtures.BRONZE;
import static scorecards.score.ScoringFixtures.GOLD;
import static scorecards.score.ScoringFixtures.SILVER;
import static scorecards.score.ScoringFixtures.at;
import static scorecards.score.ScoringFixtures.dimension;
import static scorecards.score.ScoringFixtures.is;
import static scorecards.score.ScoringFixtures.max;
import static scorecards.score.ScoringFixtures.min;
import static scorecards.score.ScoringFixtures.model;
import static scorecards.score.ScoringFixtures.organisation;
import static scorecards.score.ScoringFixtures.period;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import scorecards.model.Assessment;
import scorecards.model.Cadence;
import scorecards.model.Campaign;
import scorecards.model.Campaign.CampaignScope;
import scorecards.model.CampaignGoal;
import scorecards.model.Check;
import scorecards.model.Comparison;
import scorecards.model.Exemption;
import scorecards.model.MaturityModel;
import scorecards.model.Metric;
import scorecards.model.MetricCatalogue;
import scorecards.model.MetricType;
import scorecards.model.MetricValue;
import scorecards.model.Scorecards;
import scorecards.model.Team;

/**
 * "Campaigns" of format 1.1, by hand: in scope, meeting, share, expected and status at each
 * boundary. The model's one dimension climbs bronze (buddy designated), silver (trained) and
 * gold (a backup), so a team's overall level is its DevOps-buddy level.
 */
class CampaignSpecTest {

    private static final MaturityModel MODEL = model(
            dimension("devops-buddy", 1,
                    at(BRONZE, is(Metric.DESIGNATED, true)),
                    at(SILVER, is(Metric.TRAINED, true)),
                    at(GOLD, is(Metric.BACKUP, true))),
            dimension("quality", 1,
                    at(BRONZE, max(Metric.INCIDENTS, 5))));

    private static final CampaignGoal SILVER_OVERALL = new CampaignGoal.OverallLevel(SILVER);

    private static Campaign campaign(String start, String deadline, String target, CampaignGoal goal,
            CampaignScope scope) {
        return new Campaign("goal", "The goal", null, null, period(start), period(deadline), scope, goal,
                new BigDecimal(target));
    }

    private static Campaign silverBy(String start, String deadline, String target) {
        return campaign(start, deadline, target, SILVER_OVERALL, CampaignScope.EVERY_TEAM);
    }

    private static AssessmentBuilder silver(String period) {
        return assessment(period).designated(true).trained(true).incidents(0);
    }

    private static AssessmentBuilder bronze(String period) {
        return assessment(period).designated(true).trained(false).incidents(0);
    }

    private static AssessmentBuilder gold(String period) {
        return silver(period).backup(true);
    }

    private static Team team(String id, String tribe, AssessmentBuilder... assessments) {
        List<Assessment> built = Arrays.stream(assessments).map(AssessmentBuilder::build).toList();
        return new Team(id, id, tribe, null, null, null, built);
    }

    private static CampaignScore score(String current, int staleAfter, Campaign campaign, Team... teams) {
        Scorecards input = new Scorecards(organisation(Cadence.QUARTERLY, current, staleAfter, null, "ci"), MODEL,
                List.of(teams), List.of(), List.of(campaign));
        return Scorer.score(input).campaigns().get(0);
    }

    private static CampaignPeriod progressAt(CampaignScore score, String period) {
        return score.progress().stream().filter(p -> p.period().toString().equals(period)).findFirst()
                .orElseThrow(() -> new AssertionError("no progress for " + period));
    }

    private static List<String> notMeeting(CampaignScore score) {
        return score.notMeeting().stream().map(CampaignStanding::teamId).toList();
    }

    @Test
    void before_its_start_a_campaign_has_not_started_and_no_progress() {
        CampaignScore score = score("2024-Q4", 1, silverBy("2025-Q1", "2026-Q1", "0.8"),
                team("a", null, silver("2024-Q4")));

        assertEquals(CampaignStatus.NOT_STARTED, score.status());
        assertEquals(List.of(), score.progress());
        assertEquals(List.of(), notMeeting(score));
    }

    @Test
    void at_its_start_nothing_is_expected_yet_so_any_share_is_on_track() {
        // 2025-Q1: a is silver, b bronze: 1 of 2 meet. Expected 0.8 × 0 / 4 = 0.
        CampaignScore score = score("2025-Q1", 1, silverBy("2025-Q1", "2026-Q1", "0.8"),
                team("a", null, silver("2025-Q1")), team("b", null, bronze("2025-Q1")));

        CampaignPeriod start = progressAt(score, "2025-Q1");
        assertEquals(2, start.inScope());
        assertEquals(1, start.meeting());
        assertEquals(0.5, start.share());
        assertEquals(0.0, start.expected());
        assertEquals(CampaignStatus.ON_TRACK, score.status());
        assertEquals(List.of("b"), notMeeting(score));
    }

    @Test
    void the_expected_share_grows_in_a_straight_line_from_zero_at_the_start_to_the_target_at_the_deadline() {
        // start 2025-Q1, deadline 2026-Q1: 4 periods; target 0.8 → 0, 0.2, 0.4, 0.6, 0.8, then 0.8.
        CampaignScore score = score("2026-Q2", 4, silverBy("2025-Q1", "2026-Q1", "0.8"),
                team("a", null, silver("2025-Q1")));

        assertEquals(List.of(0.0, 0.2, 0.4, 0.6, 0.8, 0.8),
                score.progress().stream().map(p -> Math.round(p.expected() * 1e9) / 1e9).toList());
        assertEquals(List.of("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"),
                score.progress().stream().map(p -> p.period().toString()).toList());
    }

    @Test
    void a_share_below_the_expected_line_is_behind_and_above_it_on_track() {
        // 2025-Q3: expected 0.8 × 2 / 4 = 0.4. One of three (0.33) is behind; two of four (0.5) on track.
        CampaignScore behind = score("2025-Q3", 4, silverBy("2025-Q1", "2026-Q1", "0.8"),
                team("a", null, silver("2025-Q3")), team("b", null, bronze("2025-Q3")),
                team("c", null, bronze("2025-Q3")));
        CampaignScore onTrack = score("2025-Q3", 4, silverBy("2025-Q1", "2026-Q1", "0.8"),
                team("a", null, silver("2025-Q3")), team("b", null, bronze("2025-Q3")),
                team("c", null, silver("2025-Q3")), team("d", null, bronze("2025-Q3")));

        assertEquals(CampaignStatus.BEHIND, behind.status());
        assertEquals(CampaignStatus.ON_TRACK, onTrack.status());
    }

    @Test
    void a_share_exactly_on_the_expected_line_is_on_track_although_floating_point_says_otherwise() {
        // 2025-Q4: expected 0.8 × 3 / 4 = 0.6 exactly, and 3 of 5 teams is 0.6; in doubles
        // 0.8 * 3 / 4 is 0.6000000000000001, which would call this campaign behind.
        CampaignScore score = score("2025-Q4", 4, silverBy("2025-Q1", "2026-Q1", "0.8"),
                team("a", null, silver("2025-Q4")), team("b", null, silver("2025-Q4")),
                team("c", null, silver("2025-Q4")), team("d", null, bronze("2025-Q4")),
                team("e", null, bronze("2025-Q4")));

        assertEquals(0.6, progressAt(score, "2025-Q4").share());
        assertEquals(CampaignStatus.ON_TRACK, score.status());
    }

    @Test
    void a_share_at_the_target_is_met_even_before_the_deadline() {
        // 4 of 5 = 0.8 = target, in 2025-Q2.
        CampaignScore score = score("2025-Q2", 4, silverBy("2025-Q1", "2026-Q1", "0.8"),
                team("a", null, silver("2025-Q2")), team("b", null, silver("2025-Q2")),
                team("c", null, silver("2025-Q2")), team("d", null, gold("2025-Q2")),
                team("e", null, bronze("2025-Q2")));

        assertEquals(CampaignStatus.MET, score.status());
        assertEquals(List.of("e"), notMeeting(score));
    }

    @Test
    void at_the_deadline_a_share_short_of_the_target_is_behind_and_after_it_missed() {
        // 1 of 2 = 0.5 < 0.8. At the deadline the expected share is the target: behind, not yet missed.
        CampaignScore atDeadline = score("2026-Q1", 4, silverBy("2025-Q1", "2026-Q1", "0.8"),
                team("a", null, silver("2026-Q1")), team("b", null, bronze("2026-Q1")));
        CampaignScore after = score("2026-Q2", 4, silverBy("2025-Q1", "2026-Q1", "0.8"),
                team("a", null, silver("2026-Q2")), team("b", null, bronze("2026-Q2")));

        assertEquals(0.8, progressAt(atDeadline, "2026-Q1").expected());
        assertEquals(CampaignStatus.BEHIND, atDeadline.status());
        assertEquals(CampaignStatus.MISSED, after.status());
    }

    @Test
    void after_the_deadline_a_share_at_the_target_is_met_not_missed() {
        CampaignScore score = score("2026-Q3", 4, silverBy("2025-Q1", "2026-Q1", "1"),
                team("a", null, silver("2026-Q3")), team("b", null, gold("2026-Q3")));

        assertEquals(CampaignStatus.MET, score.status());
    }

    @Test
    void a_higher_level_meets_a_level_goal() {
        CampaignScore score = score("2025-Q1", 1, silverBy("2025-Q1", "2026-Q1", "1"),
                team("a", null, gold("2025-Q1")));

        assertEquals(1, progressAt(score, "2025-Q1").meeting());
    }

    @Test
    void a_stale_team_stays_in_scope_but_does_not_meet_the_goal() {
        // stale-after 1: a's silver of 2025-Q1 counts in Q1 and Q2 (1 period), not in Q3 (2 periods).
        CampaignScore score = score("2025-Q3", 1, silverBy("2025-Q1", "2026-Q1", "1"),
                team("a", null, silver("2025-Q1")), team("b", null, silver("2025-Q1"), silver("2025-Q3")));

        assertEquals(2, progressAt(score, "2025-Q2").meeting());
        assertEquals(2, progressAt(score, "2025-Q3").inScope());
        assertEquals(1, progressAt(score, "2025-Q3").meeting());
        CampaignStanding a = score.notMeeting().get(0);
        assertEquals("a", a.teamId());
        assertTrue(a.stale());
        assertEquals(period("2025-Q1"), a.latest());
        assertEquals(List.of(), a.missing()); // its last assessment met the goal: only its age stands in the way
    }

    @Test
    void a_team_enters_the_scope_with_its_first_assessment() {
        // c is first assessed in 2025-Q3: two teams in scope before, three from then on.
        CampaignScore score = score("2025-Q3", 4, silverBy("2025-Q1", "2026-Q1", "1"),
                team("a", null, silver("2025-Q1")), team("b", null, bronze("2025-Q1")),
                team("c", null, silver("2025-Q3")));

        assertEquals(List.of(2, 2, 3), score.progress().stream().map(CampaignPeriod::inScope).toList());
        assertEquals(List.of(1, 1, 2), score.progress().stream().map(CampaignPeriod::meeting).toList());
        assertEquals(0.5, progressAt(score, "2025-Q2").share());
    }

    @Test
    void a_team_whose_first_assessment_is_before_the_start_is_in_scope_from_the_start() {
        CampaignScore score = score("2025-Q1", 4, silverBy("2025-Q1", "2026-Q1", "1"),
                team("a", null, silver("2024-Q2")));

        assertEquals(1, progressAt(score, "2025-Q1").inScope());
        assertEquals(1, progressAt(score, "2025-Q1").meeting()); // 3 periods old, stale-after 4
    }

    @Test
    void with_no_team_in_scope_the_share_is_no_data_and_the_campaign_is_behind() {
        CampaignScore score = score("2025-Q2", 1, campaign("2025-Q1", "2026-Q1", "1", SILVER_OVERALL,
                        new CampaignScope(List.of("Nobody"), null)),
                team("a", "Checkout", silver("2025-Q2")));

        assertEquals(0, progressAt(score, "2025-Q2").inScope());
        assertNull(progressAt(score, "2025-Q2").share());
        assertEquals(CampaignStatus.BEHIND, score.status());
    }

    @Test
    void a_dimension_goal_looks_at_that_dimension_only() {
        // a: buddy silver but 9 incidents (quality stays at the first level, so overall is too).
        CampaignGoal goal = new CampaignGoal.DimensionLevel("devops-buddy", SILVER);
        CampaignScore byDimension = score("2025-Q1", 1, campaign("2025-Q1", "2026-Q1", "1", goal,
                CampaignScope.EVERY_TEAM), team("a", null, silver("2025-Q1").incidents(9)));
        CampaignScore overall = score("2025-Q1", 1, silverBy("2025-Q1", "2026-Q1", "1"),
                team("a", null, silver("2025-Q1").incidents(9)));

        assertEquals(CampaignStatus.MET, byDimension.status());
        assertEquals(CampaignStatus.ON_TRACK, overall.status()); // 0 of 1, expected 0 at the start
        List<CampaignStanding.Missing> missing = overall.notMeeting().get(0).missing();
        assertEquals(1, missing.size());
        assertEquals("quality", missing.get(0).dimensionId());
        assertEquals(BRONZE, missing.get(0).levelId());
        assertEquals(Metric.INCIDENTS, missing.get(0).check().metric());
    }

    @Test
    void a_level_goal_lists_the_failing_checks_of_every_level_up_to_the_goal() {
        // Nothing designated, nothing trained: bronze and silver fail; gold (backup) is above the goal.
        CampaignScore score = score("2025-Q1", 1, silverBy("2025-Q1", "2026-Q1", "1"),
                team("a", null, assessment("2025-Q1").designated(false).trained(false).backup(false).incidents(0)));

        assertEquals(List.of(Metric.DESIGNATED, Metric.TRAINED), score.notMeeting().get(0).missing().stream()
                .map(m -> m.check().metric()).toList());
    }

    @Test
    void of_two_failing_minimums_on_one_metric_only_the_higher_is_listed_as_missing() {
        // The buddy dimension wants a self-service share of 0.3 at bronze and 0.5 at silver; with
        // 0.2 both fail, and reaching 0.5 is what the team lacks. Designated twice (bronze and
        // silver) is listed once, at bronze.
        MaturityModel model = model(dimension("devops-buddy", 1,
                at(BRONZE, min(Metric.SELF_SERVICE_SHARE, 0.3), is(Metric.DESIGNATED, true)),
                at(SILVER, min(Metric.SELF_SERVICE_SHARE, 0.5), is(Metric.DESIGNATED, true))));
        Scorecards input = new Scorecards(organisation(Cadence.QUARTERLY, "2025-Q1", 1, null, "ci"), model,
                List.of(team("a", null, assessment("2025-Q1").designated(false).selfServiceShare(0.2))), List.of(),
                List.of(silverBy("2025-Q1", "2026-Q1", "1")));

        List<CampaignStanding.Missing> missing = Scorer.score(input).campaigns().get(0).notMeeting().get(0).missing();

        assertEquals(2, missing.size(), missing.toString());
        assertEquals(Metric.SELF_SERVICE_SHARE, missing.get(0).check().metric());
        assertEquals(SILVER, missing.get(0).levelId());
        assertEquals(MetricValue.of(0.5), missing.get(0).check().threshold());
        assertEquals(Metric.DESIGNATED, missing.get(1).check().metric());
        assertEquals(BRONZE, missing.get(1).levelId());
    }

    @Test
    void of_two_failing_minimums_on_one_choice_metric_only_the_higher_choice_is_listed_as_missing() {
        // An own choice metric wanted at ad-hoc for bronze and documented for silver: a team at
        // none fails both, and documented (position 2) is what it lacks for a silver goal.
        Metric process = new Metric("incident-process", "delivery", "Incident process", MetricType.CHOICE, null, null,
                null, null, null, false, null, List.of("none", "ad-hoc", "documented", "practised"), null,
                Metric.Origin.OWN);
        MaturityModel model = new MaturityModel("Test model", ScoringFixtures.levels(), List.of(dimension("delivery", 1,
                at(BRONZE, new Check(process, Comparison.MIN, new MetricValue.Choice("ad-hoc", 1))),
                at(SILVER, new Check(process, Comparison.MIN, new MetricValue.Choice("documented", 2))))),
                new MetricCatalogue(List.of(process)));
        Scorecards input = new Scorecards(organisation(Cadence.QUARTERLY, "2025-Q1", 1, null, "ci"), model,
                List.of(team("a", null, assessment("2025-Q1").value(process, new MetricValue.Choice("none", 0)))),
                List.of(), List.of(silverBy("2025-Q1", "2026-Q1", "1")));

        List<CampaignStanding.Missing> missing = Scorer.score(input).campaigns().get(0).notMeeting().get(0).missing();

        assertEquals(1, missing.size(), missing.toString());
        assertEquals(SILVER, missing.get(0).levelId());
        assertEquals(new MetricValue.Choice("documented", 2), missing.get(0).check().threshold());
    }

    @Test
    void a_checks_goal_holds_when_every_check_passes_and_no_data_fails() {
        CampaignGoal goal = new CampaignGoal.Checks(List.of(min(Metric.SELF_SERVICE_SHARE, 0.5),
                is(Metric.DESIGNATED, true)));
        CampaignScore score = score("2025-Q1", 1, campaign("2025-Q1", "2026-Q1", "1", goal, CampaignScope.EVERY_TEAM),
                team("a", null, assessment("2025-Q1").designated(true).selfServiceShare(0.5)),
                team("b", null, assessment("2025-Q1").designated(true).selfServiceShare(0.49)),
                team("c", null, assessment("2025-Q1").designated(true)));

        assertEquals(1, progressAt(score, "2025-Q1").meeting());
        assertEquals(List.of("b", "c"), notMeeting(score));
        CampaignStanding.Missing noData = score.notMeeting().get(1).missing().get(0);
        assertEquals(Metric.SELF_SERVICE_SHARE, noData.check().metric());
        assertNull(noData.actual());
        assertNull(noData.levelId());
    }

    @Test
    void the_scope_is_the_union_of_its_tribes_and_its_teams() {
        CampaignScope scope = new CampaignScope(List.of("Checkout"), List.of("search"));
        CampaignScore score = score("2025-Q1", 1, campaign("2025-Q1", "2026-Q1", "1", SILVER_OVERALL, scope),
                team("basket", "Checkout", silver("2025-Q1")),
                team("payments", "Checkout", bronze("2025-Q1")),
                team("search", "Storefront", bronze("2025-Q1")),
                team("catalogue", "Storefront", silver("2025-Q1")),
                team("loner", null, silver("2025-Q1")));

        assertEquals(3, progressAt(score, "2025-Q1").inScope());
        assertEquals(1, progressAt(score, "2025-Q1").meeting());
        assertEquals(List.of("basket", "payments", "search"),
                score.standings().stream().map(CampaignStanding::teamId).toList());
        assertFalse(score.standings().get(0).stale());
    }

    @Test
    void an_exemption_counts_for_a_level_goal_and_never_for_a_goal_check() {
        // a is designated but not trained, with the training check exempt: it stands at silver.
        Exemption training = new Exemption("devops-buddy", Metric.TRAINED, null,
                Exemption.Reason.IN_PROGRESS, "Training booked", "Someone", null, period("2025-Q4"));
        Team a = new Team("a", "a", null, null, null, null,
                List.of(assessment("2025-Q1").designated(true).trained(false).incidents(0).build()), List.of(training));
        CampaignGoal trainedCheck = new CampaignGoal.Checks(List.of(is(Metric.TRAINED, true)));

        CampaignScore level = score("2025-Q1", 1, silverBy("2025-Q1", "2026-Q1", "1"), a);
        CampaignScore checks = score("2025-Q1", 1, campaign("2025-Q1", "2026-Q1", "1", trainedCheck,
                CampaignScope.EVERY_TEAM), a);

        assertEquals(CampaignStatus.MET, level.status());
        assertEquals(0, progressAt(checks, "2025-Q1").meeting());
        assertEquals(Metric.TRAINED, checks.notMeeting().get(0).missing().get(0).check().metric());
    }

    @Test
    void an_exempt_check_is_never_listed_as_missing_for_a_level_goal() {
        // Neither designated nor trained; designated is exempt, so only the training check is missing.
        Exemption designation = new Exemption("devops-buddy", Metric.DESIGNATED, null,
                Exemption.Reason.NOT_APPLICABLE, "No infrastructure", "Someone", null, period("2025-Q4"));
        Team a = new Team("a", "a", null, null, null, null,
                List.of(assessment("2025-Q1").designated(false).trained(false).incidents(0).build()), List.of(designation));

        CampaignScore score = score("2025-Q1", 1, silverBy("2025-Q1", "2026-Q1", "1"), a);

        assertEquals(List.of(Metric.TRAINED), score.notMeeting().get(0).missing().stream()
                .map(m -> m.check().metric()).toList());
    }

    @Test
    void monthly_campaigns_count_months() {
        Scorecards input = new Scorecards(organisation(Cadence.MONTHLY, "2025-12", 1, null, "ci"), MODEL,
                List.of(team("a", null, silver("2025-11"))), List.of(),
                List.of(silverBy("2025-10", "2026-01", "0.9")));
        CampaignScore score = Scorer.score(input).campaigns().get(0);

        assertEquals(List.of("2025-10", "2025-11", "2025-12"),
                score.progress().stream().map(p -> p.period().toString()).toList());
        assertEquals(List.of(0, 1, 1), score.progress().stream().map(CampaignPeriod::inScope).toList());
        assertEquals(0.6, progressAt(score, "2025-12").expected(), 1e-12); // 0.9 × 2 / 3
        assertEquals(CampaignStatus.MET, score.status());
    }
}
