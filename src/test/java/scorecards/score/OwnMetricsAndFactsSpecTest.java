package scorecards.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import scorecards.export.JsonExport;
import scorecards.load.Problem;
import scorecards.load.SourceLoader;
import scorecards.model.Measurement;
import scorecards.model.Metric;
import scorecards.model.MetricType;
import scorecards.model.MetricValue;
import scorecards.testing.Fixtures;

/**
 * The 1.2 rules for metrics of one's own, measured facts and review flags, each against figures
 * computed by hand. Every case is a real repository (the {@code minimal} fixture, current period
 * 2025-Q2, with teams alpha and beta assessed in it) with a dimension of its own and files laid
 * over it, loaded, scored and exported as a build does.
 */
class OwnMetricsAndFactsSpecTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A dimension of one's own whose checks use the metric under test. */
    private static final String DELIVERY = """
              - id: delivery
                name: Delivery
                levels:
                  mid:
                    checks:
                      - metric: deploys-per-week
                        min: 1
                        advice: Start with the [pipeline template](https://docs.example.org/pipelines).
                  high:
                    checks:
                      - metric: incident-process
                        min: documented
            metrics:
              - id: deploys-per-week
                dimension: delivery
                name: Deployments per week
                type: number
                agree-within: 0.5
              - id: incident-process
                dimension: delivery
                name: Incident process
                type: choice
                choices: [none, ad-hoc, documented, practised]
            """;

    @TempDir
    Path temp;

    private int repositories;

    /** A copy of the minimal fixture: alpha climbs from low (2025-Q1) to high (2025-Q2), beta stands at mid. */
    private Path minimal() {
        return Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source-" + repositories++));
    }

    /** A copy of the minimal fixture with the delivery dimension and {@code metrics} (more own metrics) added. */
    private Path repository(String metrics) throws Exception {
        Path source = minimal();
        Path model = source.resolve("scorecards/model.yaml");
        Files.writeString(model, Files.readString(model) + DELIVERY + metrics.indent(2));
        return source;
    }

    private static void write(Path source, String file, String text) throws Exception {
        Path path = source.resolve("scorecards/" + file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    /** A team assessed in 2025-Q2 with this text in its assessment (indented as an assessment's keys). */
    private static void team(Path source, String id, String assessment) throws Exception {
        write(source, "teams/" + id + ".yaml", "name: " + id + "\nassessments:\n  - period: 2025-Q2\n"
                + assessment.indent(4));
    }

    private static Report report(Path source) throws Exception {
        SourceLoader.Result result = new SourceLoader().load(source);
        assertEquals(List.of(), result.problems());
        return Scorer.score(result.scorecards().orElseThrow());
    }

    private static JsonNode export(Report report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonExport.write(report, out);
        return JSON.readTree(out.toByteArray());
    }

    private static JsonNode assessment(JsonNode export, String team, String period) {
        for (JsonNode node : export.get("teams")) {
            if (node.get("id").asText().equals(team)) {
                for (JsonNode assessment : node.get("assessments")) {
                    if (assessment.get("period").asText().equals(period)) {
                        return assessment;
                    }
                }
            }
        }
        throw new AssertionError(team + " has no assessment for " + period);
    }

    private static JsonNode rollup(JsonNode export, String period) {
        for (JsonNode rollup : export.get("rollups")) {
            if (rollup.get("period").asText().equals(period)) {
                return rollup;
            }
        }
        throw new AssertionError("no roll-up for " + period);
    }

    static Stream<Arguments> rollups() {
        return Stream.of(
                // declaration of metric m (in delivery), the values teams t1, t2, … write (- for none), its figure;
                // alpha and beta, assessed in 2025-Q2 too, give no value
                Arguments.of("median of an even count: the mean of the two middle values", "type: number\nrollup: median",
                        "1|4|2|10", "3"),
                Arguments.of("median of an odd count", "type: number\nrollup: median", "5|1|3", "3"),
                Arguments.of("number: mean by default, over the values given", "type: number", "1|1|2|-", "1.33"),
                Arguments.of("number: sum", "type: number\nrollup: sum", "1.25|2.5", "3.75"),
                Arguments.of("count: sum by default, missing values left out", "type: count", "3|4|-", "7"),
                Arguments.of("count: mean", "type: count\nrollup: mean", "1|2", "1.5"),
                Arguments.of("count: median of an even count", "type: count\nrollup: median", "1|2|3|4", "2.5"),
                Arguments.of("no value at all: null, never 0", "type: number", "-|-", "null"),
                Arguments.of("boolean: share of all teams assessed; a team without the value does not have it",
                        "type: boolean", "true|false|-", "0.2"),
                Arguments.of("boolean: a share of two teams in six is rounded to four decimals", "type: boolean",
                        "true|true|false|false", "0.3333"),
                Arguments.of("choice: how many teams give each choice, in order, zeros included",
                        "type: choice\nchoices: [low, mid, high]", "mid|mid|high|-", "{\"low\":0,\"mid\":2,\"high\":1}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rollups")
    void an_own_metric_rolls_up_by_its_declared_rollup(String name, String declaration, String values, String figure)
            throws Exception {
        Path source = repository("- id: m\n  dimension: delivery\n  name: M\n" + declaration.indent(2));
        String[] given = values.split("\\|");
        for (int i = 0; i < given.length; i++) {
            team(source, "t" + (i + 1), given[i].equals("-") ? "devops-buddy:\n  designated: true\n"
                    : "delivery:\n  m: " + given[i] + "\n");
        }

        JsonNode rollup = rollup(export(report(source)), "2025-Q2");

        assertEquals(2 + given.length, rollup.get("teams-assessed").asInt());
        assertEquals(JSON.readTree(figure), rollup.get("metrics").get("m"), rollup.get("metrics").toString());
    }

    @Test
    void a_metric_with_rollup_none_has_no_figure_but_keeps_its_values_and_its_column() throws Exception {
        Path source = repository("- id: m\n  dimension: delivery\n  name: M\n  type: count\n  rollup: none\n");
        team(source, "t1", "delivery:\n  m: 4\n");

        Report report = report(source);
        JsonNode export = export(report);

        assertFalse(rollup(export, "2025-Q2").get("metrics").has("m"));
        assertEquals(4, assessment(export, "t1", "2025-Q2").get("metrics").get("m").asInt());
        assertTrue(assessment(export, "alpha", "2025-Q2").get("metrics").get("m").isNull());
    }

    @Test
    void an_own_dimension_is_scored_like_a_built_in_one_and_a_choice_compares_by_position() throws Exception {
        Path source = repository("");
        team(source, "t1", "delivery:\n  deploys-per-week: 2\n  incident-process: practised\n");
        team(source, "t2", "delivery:\n  deploys-per-week: 2\n  incident-process: ad-hoc\n");
        team(source, "t3", "delivery:\n  deploys-per-week: 0.5\n  incident-process: practised\n");

        JsonNode export = export(report(source));

        // high needs deploys >= 1 (mid) and incident-process at least documented: practised is above it
        assertEquals("high", assessment(export, "t1", "2025-Q2").get("dimensions").get("delivery").get("level").asText());
        assertEquals(100.0, assessment(export, "t1", "2025-Q2").get("dimensions").get("delivery").get("progress").asDouble());
        assertEquals("mid", assessment(export, "t2", "2025-Q2").get("dimensions").get("delivery").get("level").asText());
        assertEquals(50.0, assessment(export, "t2", "2025-Q2").get("dimensions").get("delivery").get("progress").asDouble());
        // a level counts only when every level below it counts: t3 fails mid, so high does not count either
        assertEquals("low", assessment(export, "t3", "2025-Q2").get("dimensions").get("delivery").get("level").asText());
        assertEquals("low", assessment(export, "t3", "2025-Q2").get("level").asText(), "the weakest dimension");
    }

    @Test
    void advice_is_carried_on_the_check_for_the_next_steps() throws Exception {
        Path source = repository("");
        team(source, "t1", "devops-buddy:\n  designated: true\n");

        Report report = report(source);

        AssessmentScore t1 = report.teams().stream().filter(t -> t.team().id().equals("t1")).findFirst().orElseThrow()
                .latest();
        CheckResult step = t1.nextSteps().stream().filter(s -> s.check().metric().id().equals("deploys-per-week"))
                .findFirst().orElseThrow();
        assertEquals("Start with the [pipeline template](https://docs.example.org/pipelines).", step.check().advice());
    }

    @Test
    void the_measured_value_is_scored_and_the_self_report_is_kept_beside_it() throws Exception {
        Path source = repository("");
        team(source, "t1", "devops-buddy:\n  designated: true\ndelivery:\n  deploys-per-week: 0\n");
        write(source, "facts/ci-stats.csv", "team,period,metric,value,observed-at,evidence\n"
                + "t1,2025-Q2,deploys-per-week,2,2025-06-30,https://ci.example.org/r/1\n");

        JsonNode t1 = assessment(export(report(source)), "t1", "2025-Q2");

        assertEquals(2, t1.get("metrics").get("deploys-per-week").asInt(), "the measured value counts");
        assertEquals("mid", t1.get("dimensions").get("delivery").get("level").asText(), "0 would fail min 1; 2 passes");
        JsonNode measured = t1.get("measured").get("deploys-per-week");
        assertEquals("ci-stats", measured.get("source").asText());
        assertEquals("2025-06-30", measured.get("observed-at").asText());
        assertEquals("https://ci.example.org/r/1", measured.get("evidence").asText());
        assertEquals(0, measured.get("self-reported").asInt());
        assertTrue(measured.get("disagrees").asBoolean(), "2 and 0 differ by more than 0.5");
        assertEquals(JSON.readTree("[\"disagrees-with-measured\"]"), t1.get("review"));
        assertEquals(1, rollup(export(report(source)), "2025-Q2").get("disagreements").asInt());
    }

    static Stream<Arguments> agreement() {
        Metric deploys = own("deploys-per-week", MetricType.NUMBER, new BigDecimal("0.5"), List.of());
        Metric process = own("incident-process", MetricType.CHOICE, null, List.of("none", "documented"));
        Metric runbooks = own("on-call-runbooks", MetricType.BOOLEAN, null, List.of());
        return Stream.of(
                Arguments.of("7.8 and 8.3 within 0.5 agree, exactly at the boundary", deploys, number("7.8"),
                        number("8.3"), false),
                Arguments.of("8.3 measured and 7.8 written agree the other way round too", deploys, number("8.3"),
                        number("7.8"), false),
                Arguments.of("just beyond the boundary they disagree: 7.8 and 8.31", deploys, number("7.8"),
                        number("8.31"), true),
                Arguments.of("a built-in metric agrees within 0: equal values agree", Metric.SELF_SERVICE_SHARE,
                        number("0.35"), number("0.350"), false),
                Arguments.of("a built-in metric agrees within 0: 0.35 and 0.36 disagree", Metric.SELF_SERVICE_SHARE,
                        number("0.35"), number("0.36"), true),
                Arguments.of("booleans that differ disagree", runbooks, MetricValue.of(true), MetricValue.of(false), true),
                Arguments.of("equal choices agree", process, new MetricValue.Choice("none", 0),
                        new MetricValue.Choice("none", 0), false),
                Arguments.of("choices that differ disagree, however close", process, new MetricValue.Choice("none", 0),
                        new MetricValue.Choice("documented", 1), true),
                Arguments.of("without a self-report nothing disagrees", deploys, null, number("8.3"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agreement")
    void a_measured_value_disagrees_with_the_self_report_beyond_agree_within(String name, Metric metric,
            MetricValue selfReported, MetricValue measured, boolean disagrees) {
        assertEquals(disagrees, Measurement.disagree(metric, measured, selfReported));
    }

    private static Metric own(String id, MetricType type, BigDecimal agreeWithin, List<String> choices) {
        return new Metric(id, "delivery", id, type, null, null, null, null, null, false, agreeWithin, choices, null,
                Metric.Origin.OWN);
    }

    private static MetricValue number(String written) {
        return MetricValue.of(new BigDecimal(written));
    }

    @Test
    void a_facts_only_assessment_counts_keeps_its_team_fresh_and_sets_the_default_current_period() throws Exception {
        Path source = repository("");
        Path organisation = source.resolve("scorecards/organisation.yaml");
        Files.writeString(organisation, Files.readString(organisation).replace("current-period: 2025-Q2\n", ""));
        write(source, "teams/gamma.yaml", "name: Gamma\nassessments:\n  - period: 2025-Q1\n    devops-buddy:\n"
                + "      designated: true\n");
        write(source, "facts/ci-stats.csv", "team,period,metric,value\ngamma,2025-Q3,deploys-per-week,4\n");

        Report report = report(source);
        JsonNode export = export(report);

        assertEquals("2025-Q3", report.currentPeriod().toString(), "the latest period of any assessment, facts too");
        JsonNode gamma = assessment(export, "gamma", "2025-Q3");
        assertEquals(4, gamma.get("metrics").get("deploys-per-week").asInt());
        assertTrue(gamma.get("metrics").get("designated").isNull(), "only the measured values");
        assertTrue(gamma.get("measured").get("deploys-per-week").get("self-reported").isNull());
        assertFalse(gamma.get("measured").get("deploys-per-week").get("disagrees").asBoolean());
        assertEquals(1, rollup(export, "2025-Q3").get("teams-assessed").asInt());
        assertEquals(4, rollup(export, "2025-Q3").get("metrics").get("deploys-per-week").asInt());
        TeamScore team = report.teams().stream().filter(t -> t.team().id().equals("gamma")).findFirst().orElseThrow();
        assertFalse(team.stale(), "2025-Q3 is its latest assessment");
        assertEquals("2025-Q3", team.latest().assessment().period().toString());
    }

    static Stream<Arguments> levelJumps() {
        // alpha climbs from low (2025-Q1) to high (2025-Q2): two levels
        return Stream.of(
                Arguments.of(1, true),
                Arguments.of(2, true),
                Arguments.of(3, false));
    }

    @ParameterizedTest(name = "a jump of two levels with level-jump {0}: flagged {1}")
    @MethodSource("levelJumps")
    void a_self_report_at_least_level_jump_levels_above_the_previous_one_is_flagged(int levelJump, boolean flagged)
            throws Exception {
        Path source = minimal();
        Path organisation = source.resolve("scorecards/organisation.yaml");
        Files.writeString(organisation, Files.readString(organisation) + "review:\n  level-jump: " + levelJump + "\n");

        JsonNode export = export(report(source));

        assertEquals(flagged ? "[\"level-jump\"]" : "[]", assessment(export, "alpha", "2025-Q2").get("review").toString());
        assertEquals("[]", assessment(export, "alpha", "2025-Q1").get("review").toString(), "nothing before it");
        assertEquals(flagged ? 1 : 0, rollup(export, "2025-Q2").get("level-jumps").asInt());
    }

    @Test
    void the_default_level_jump_is_two_and_one_level_up_is_not_flagged() throws Exception {
        Path source = minimal();
        write(source, "teams/beta.yaml", "name: Beta\nassessments:\n  - period: 2025-Q1\n    devops-buddy:\n"
                + "      designated: false\n  - period: 2025-Q2\n    devops-buddy:\n      designated: true\n"
                + "    satisfaction:\n      csat: 3.0\n");

        Report report = report(source);

        AssessmentScore alpha = report.teams().get(0).latest();
        AssessmentScore beta = report.teams().get(1).latest();
        assertEquals("low", alpha.review().jumpedFrom(), "low to high: two levels");
        assertEquals("mid", beta.levelId());
        assertNull(beta.review().jumpedFrom(), "low to mid: one level");
    }

    @Test
    void assessments_holding_only_measured_values_are_neither_flagged_nor_compared_with() throws Exception {
        Path source = repository("");
        write(source, "teams/gamma.yaml", """
                name: Gamma
                assessments:
                  - period: 2025-Q1
                    devops-buddy:
                      designated: true
                    satisfaction:
                      csat: 3
                    delivery:
                      deploys-per-week: 2
                  - period: 2025-Q3
                    devops-buddy:
                      designated: true
                      self-service-share: 0.9
                    satisfaction:
                      csat: 5
                      nps: 50
                    delivery:
                      deploys-per-week: 3
                      incident-process: practised
                """);
        // 2025-Q2 holds only a measured value: gamma stands at low there, two below high
        write(source, "facts/ci-stats.csv", "team,period,metric,value\ngamma,2025-Q2,deploys-per-week,0\n");

        Report report = report(source);

        TeamScore gamma = report.teams().stream().filter(t -> t.team().id().equals("gamma")).findFirst().orElseThrow();
        assertEquals(List.of("mid", "low", "high"), gamma.assessments().stream().map(AssessmentScore::levelId).toList());
        assertEquals(List.of(), gamma.assessments().get(1).review().flags(), "measured only: not flagged");
        assertNull(gamma.assessments().get(2).review().jumpedFrom(), "compared with 2025-Q1 (mid), not 2025-Q2 (low)");
    }

    /** A team file's exemptions: the delivery check on incident-process, without 'from', until {@code until}. */
    private static String exemptIncidentProcess(String until) {
        return """
                exemptions:
                  - dimension: delivery
                    metric: incident-process
                    reason: in-progress
                    justification: The incident tool arrives next quarter
                    approved-by: Rowan Vale
                    until: %s
                """.formatted(until);
    }

    @Test
    void an_exemption_can_excuse_a_check_on_an_own_metric() throws Exception {
        Path source = repository("");
        team(source, "t1", "delivery:\n  deploys-per-week: 2\n");
        Path file = source.resolve("scorecards/teams/t1.yaml");
        Files.writeString(file, Files.readString(file) + exemptIncidentProcess("2025-Q4"));

        JsonNode t1 = assessment(export(report(source)), "t1", "2025-Q2");

        JsonNode delivery = t1.get("dimensions").get("delivery");
        assertEquals("high", delivery.get("level").asText(), "the exempt check does not block high");
        assertEquals(1, delivery.get("exempt").asInt());
        assertEquals(100.0, delivery.get("progress").asDouble(), "1 passed of 1 counted");
    }

    /** A campaign for t1 and t2 whose goal checks an own choice metric. */
    private static final String INCIDENTS_CAMPAIGN = """
            name: An incident process everywhere
            start: 2025-Q1
            deadline: 2025-Q4
            scope:
              teams: [t1, t2]
            goal:
              checks:
                - { dimension: delivery, metric: incident-process, min: documented }
            """;

    @Test
    void a_campaign_goal_can_check_an_own_metric() throws Exception {
        Path source = repository("");
        team(source, "t1", "delivery:\n  incident-process: practised\n");
        team(source, "t2", "delivery:\n  incident-process: ad-hoc\n");
        write(source, "campaigns/incidents.yaml", INCIDENTS_CAMPAIGN);

        Report report = report(source);

        CampaignScore campaign = report.campaigns().get(0);
        assertEquals(List.of("t2"), campaign.notMeeting().stream().map(CampaignStanding::teamId).toList());
    }

    @ParameterizedTest(name = "written 7.8, measured {0}: disagrees {1}")
    @CsvSource({"8.3, false", "7.3, false", "8.31, true", "7.29, true"})
    void agree_within_holds_at_its_boundary_through_a_facts_file(String measured, boolean disagrees) throws Exception {
        Path source = repository("");
        team(source, "t1", "delivery:\n  deploys-per-week: 7.8\n");
        write(source, "facts/ci-stats.csv", "team,period,metric,value\nt1,2025-Q2,deploys-per-week," + measured + "\n");

        JsonNode t1 = assessment(export(report(source)), "t1", "2025-Q2");

        assertEquals(disagrees, t1.get("measured").get("deploys-per-week").get("disagrees").asBoolean());
        assertEquals(disagrees ? "[\"disagrees-with-measured\"]" : "[]", t1.get("review").toString());
    }

    /** Gamma assesses itself from 2025-Q2 on; an exemption without 'from' until 2025-Q3, at most 2 periods. */
    @ParameterizedTest(name = "a fact for {0}: problem {1}")
    @CsvSource(delimiter = '|', value = {
        "2025-Q1|this exemption spans 3 periods (from the team's first assessment, 2025-Q1 (measured by ci-stats), "
                + "to 2025-Q3), more than the 2 that 'exemption-max-periods' in organisation.yaml allows",
        "2025-Q2|",
        "none|"})
    void an_exemption_without_from_is_counted_from_a_facts_only_first_assessment(String factPeriod, String problem)
            throws Exception {
        Path source = repository("");
        Path organisation = source.resolve("scorecards/organisation.yaml");
        Files.writeString(organisation, Files.readString(organisation) + "exemption-max-periods: 2\n");
        write(source, "teams/gamma.yaml", "name: Gamma\nassessments:\n  - period: 2025-Q2\n    delivery:\n"
                + "      deploys-per-week: 2\n" + exemptIncidentProcess("2025-Q3"));
        if (!factPeriod.equals("none")) {
            write(source, "facts/ci-stats.csv", "team,period,metric,value\ngamma," + factPeriod + ",deploys-per-week,3\n");
        }

        List<Problem> problems = new SourceLoader().load(source).problems();

        assertEquals(problem == null ? List.of() : List.of(new Problem("scorecards/teams/gamma.yaml", 12, 12, problem)),
                problems);
    }

    @Test
    void a_campaign_counts_a_team_in_scope_from_its_facts_only_first_assessment() throws Exception {
        Path source = repository("");
        write(source, "teams/gamma.yaml", "name: Gamma\nassessments:\n  - period: 2025-Q2\n    delivery:\n"
                + "      deploys-per-week: 2\n");
        write(source, "facts/ci-stats.csv", "team,period,metric,value\ngamma,2025-Q1,deploys-per-week,3\n");
        write(source, "campaigns/shipping.yaml", """
                name: Shipping every week
                start: 2025-Q1
                deadline: 2025-Q4
                scope:
                  teams: [gamma]
                goal:
                  checks:
                    - { dimension: delivery, metric: deploys-per-week, min: 1 }
                """);

        CampaignScore campaign = report(source).campaigns().get(0);

        // 2025-Q1: gamma's assessment is the fact alone (3 a week), which meets the goal.
        assertEquals(List.of(1, 1), campaign.progress().stream().map(CampaignPeriod::inScope).toList());
        assertEquals(List.of(1, 1), campaign.progress().stream().map(CampaignPeriod::meeting).toList());
    }

    @Test
    void a_campaign_goal_check_uses_the_measured_value_not_the_self_report() throws Exception {
        Path source = repository("");
        team(source, "t1", "delivery:\n  incident-process: ad-hoc\n");
        team(source, "t2", "delivery:\n  incident-process: practised\n");
        write(source, "facts/incidents.csv", "team,period,metric,value\nt1,2025-Q2,incident-process,documented\n"
                + "t2,2025-Q2,incident-process,none\n");
        write(source, "campaigns/incidents.yaml", INCIDENTS_CAMPAIGN);

        CampaignScore campaign = report(source).campaigns().get(0);

        assertEquals(List.of("t2"), campaign.notMeeting().stream().map(CampaignStanding::teamId).toList(),
                "t1 measured documented (said ad-hoc), t2 measured none (said practised)");
    }
}
