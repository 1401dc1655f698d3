package scorecards.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorecards.model.Exemption;
import scorecards.model.Metric;
import scorecards.model.MetricCatalogue;
import scorecards.model.Period;
import scorecards.model.Scorecards;
import scorecards.model.Team;
import scorecards.testing.Fixtures;

/**
 * The {@code exemptions} of a team file read into the model, and the limits that are not plain
 * typos: {@code exemption-max-periods} at its bound, and exemptions that may stand side by side.
 * Alpha of the {@code minimal} fixture is assessed in 2025-Q1 and 2025-Q2, beta in 2025-Q2 only.
 */
class ExemptionLoadingTest {

    @TempDir
    Path temp;

    private Path source(String maxPeriods, String team, String exemptions) throws IOException {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source-" + System.nanoTime()));
        if (maxPeriods != null) {
            Path organisation = source.resolve("scorecards/organisation.yaml");
            Files.writeString(organisation, Files.readString(organisation) + "exemption-max-periods: " + maxPeriods + "\n");
        }
        Path file = source.resolve("scorecards/teams/" + team + ".yaml");
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + "exemptions:\n" + exemptions,
                StandardCharsets.UTF_8);
        return source;
    }

    private static String exemption(String metric, String level, String from, String until) {
        String dimension = MetricCatalogue.BUILT_IN.find(metric).orElseThrow().dimension();
        return "  - dimension: " + dimension + "\n    metric: " + metric + "\n"
                + (level == null ? "" : "    level: " + level + "\n")
                + "    reason: accepted-risk\n    justification: One rota for two teams.\n    approved-by: Rowan Vale\n"
                + (from == null ? "" : "    from: " + from + "\n") + "    until: " + until + "\n";
    }

    private static List<String> problems(Path source) throws Exception {
        return new SourceLoader().load(source).problems().stream().map(Problem::toString).toList();
    }

    private static Team team(Path source, String id) throws Exception {
        SourceLoader.Result result = new SourceLoader().load(source);
        assertEquals(List.of(), result.problems());
        Scorecards scorecards = result.scorecards().orElseThrow();
        return scorecards.teams().stream().filter(team -> team.id().equals(id)).findFirst().orElseThrow();
    }

    private static Period period(String text) {
        return Period.parse(text).orElseThrow();
    }

    @Test
    void every_key_of_an_exemption_is_read_in_file_order() throws Exception {
        Path source = source(null, "alpha", """
                  - dimension: satisfaction
                    metric: nps
                    level: high
                    reason: not-applicable
                    justification: >-
                      The team has two developers;
                      a promoter score says nothing.
                    approved-by: Rowan Vale
                    from: 2025-Q1
                    until: 2025-Q3
                """ + exemption("designated", null, null, "2025-Q2"));

        List<Exemption> exemptions = team(source, "alpha").exemptions();

        assertEquals(List.of(
                new Exemption("satisfaction", Metric.NPS, "high", Exemption.Reason.NOT_APPLICABLE,
                        "The team has two developers; a promoter score says nothing.", "Rowan Vale",
                        period("2025-Q1"), period("2025-Q3")),
                new Exemption("devops-buddy", Metric.DESIGNATED, null, Exemption.Reason.ACCEPTED_RISK,
                        "One rota for two teams.", "Rowan Vale", null, period("2025-Q2"))), exemptions);
    }

    @Test
    void a_team_without_exemptions_or_with_an_empty_list_has_none() throws Exception {
        assertEquals(List.of(), team(Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("plain")), "alpha")
                .exemptions());
        assertEquals(List.of(), team(source(null, "alpha", "  []\n"), "alpha").exemptions());
    }

    @Test
    void an_exemption_may_span_exactly_exemption_max_periods_and_not_one_more() throws Exception {
        // 2025-Q1 through 2025-Q3 is i(until) − i(from) + 1 = 3 periods.
        assertEquals(List.of(), problems(source("3", "alpha", exemption("csat", null, "2025-Q1", "2025-Q3"))));
        assertEquals(List.of("scorecards/teams/alpha.yaml:31:12: this exemption spans 4 periods (from 2025-Q1 to "
                        + "2025-Q4), more than the 3 that 'exemption-max-periods' in organisation.yaml allows"),
                problems(source("3", "alpha", exemption("csat", null, "2025-Q1", "2025-Q4"))));
    }

    @Test
    void without_from_the_span_starts_at_the_team_s_first_assessed_period() throws Exception {
        // Alpha starts in 2025-Q1: until 2025-Q3 is 3 periods, 2025-Q4 is 4. Beta starts in 2025-Q2:
        // until 2025-Q4 is 3 periods.
        assertEquals(List.of(), problems(source("3", "alpha", exemption("csat", null, null, "2025-Q3"))));
        assertEquals(List.of("scorecards/teams/alpha.yaml:30:12: this exemption spans 4 periods (from the team's "
                        + "first assessment, 2025-Q1, to 2025-Q4), more than the 3 that 'exemption-max-periods' in "
                        + "organisation.yaml allows"),
                problems(source("3", "alpha", exemption("csat", null, null, "2025-Q4"))));
        assertEquals(List.of(), problems(source("3", "beta", exemption("csat", null, null, "2025-Q4"))));
    }

    @Test
    void without_exemption_max_periods_an_exemption_may_run_as_long_as_it_likes() throws Exception {
        assertEquals(List.of(), problems(source(null, "alpha", exemption("csat", null, "2020-Q1", "2039-Q4"))));
    }

    @Test
    void exemptions_of_one_check_may_follow_each_other_and_ones_at_different_levels_may_overlap() throws Exception {
        Path source = source(null, "alpha", exemption("csat", null, null, "2025-Q1")
                + exemption("csat", null, "2025-Q2", "2025-Q3")
                + exemption("nps", "high", null, "2025-Q4")
                + exemption("designated", "mid", null, "2025-Q4")
                + exemption("self-service-share", "high", null, "2025-Q4"));

        assertEquals(5, team(source, "alpha").exemptions().size());
    }

    @Test
    void an_exemption_of_one_team_never_overlaps_another_team_s() throws Exception {
        Path source = source(null, "alpha", exemption("csat", null, null, "2025-Q4"));
        Path beta = source.resolve("scorecards/teams/beta.yaml");
        Files.writeString(beta, Files.readString(beta) + "exemptions:\n" + exemption("csat", null, null, "2025-Q4"));

        assertEquals(List.of(), problems(source));
    }

    @Test
    void with_a_broken_model_only_what_needs_no_model_is_checked() throws Exception {
        Path source = source(null, "alpha", exemption("backup", "nowhere", null, "2025-Q2")
                + "  - dimension: devops-buddy\n    metric: csat\n    reason: in-progress\n"
                + "    justification: x\n    approved-by: y\n    until: 2025-Q2\n");
        Path model = source.resolve("scorecards/model.yaml");
        Files.writeString(model, Files.readString(model).replace("min: 0.5", "min: 5"));

        List<String> problems = problems(source);

        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("scorecards/model.yaml:21:18: 'min' must be"), problems.get(0));
        assertEquals("scorecards/teams/alpha.yaml:33:13: metric 'csat' belongs to dimension 'satisfaction', not "
                + "'devops-buddy'; the checks of 'devops-buddy' use: designated, trained, backup, self-service-share",
                problems.get(1));
    }

    @Test
    void an_exemption_with_a_problem_is_left_out_and_the_team_file_reported() throws Exception {
        SourceLoader.Result result = new SourceLoader().load(source(null, "alpha",
                exemption("csat", null, null, "2025-Q2").replace("accepted-risk", "accepted")));

        assertTrue(result.scorecards().isEmpty());
        assertEquals(List.of("scorecards/teams/alpha.yaml:27:13: unknown reason 'accepted'; expected one of: "
                + "not-applicable, accepted-risk, in-progress"), result.problems().stream().map(Problem::toString).toList());
    }
}
