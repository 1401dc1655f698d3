package scorecards.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorecards.testing.Fixtures;

/** {@code diff} on real before and after trees, against hand-computed figures. */
class DiffCommandTest {

    @TempDir
    Path temp;

    private Path copy(String name) {
        return Fixtures.copy(Fixtures.resource("minimal"), temp.resolve(name));
    }

    @Test
    void an_unchanged_tree_says_that_nothing_changed() {
        CliRun run = CliRun.of("diff", "--base", copy("before").toString(), "--source", copy("after").toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("## Scorecards: what this change does\n\n"
                + "No change to any team's level or score, nor to the organisation's figures.\n", run.out());
    }

    @Test
    void a_team_that_climbs_shows_its_levels_score_and_the_figures_that_moved() throws IOException {
        Path after = copy("after");
        Path beta = after.resolve("scorecards/teams/beta.yaml");
        Files.writeString(beta, Files.readString(beta)
                .replace("      designated: true\n", "      designated: true\n      self-service-share: 0.5\n")
                .replace("      csat: 3.0\n", "      csat: 4.0\n      nps: 15\n"));

        CliRun run = CliRun.of("diff", "--base", copy("before").toString(), "--source", after.toString());

        List<String> lines = run.out().lines().toList();
        assertEquals(0, run.exitCode(), run.err());
        // Score before: devops-buddy 1 of 2 checks (50), satisfaction 1 of 3 (33.3); (2×50 + 1×33.3) / 3 = 44.4.
        assertTrue(lines.contains("| Beta | 2025-Q2 | Mid ⬆ **High** | 44.4 → 100.0 (+55.6) "
                + "| DevOps buddy: Mid ⬆ **High**; Satisfaction: Mid ⬆ **High** | its file |"), run.out());
        // CSAT weighted by responses (beta gives none: weight 1): (4.5×4 + 3.0) / 5 = 4.2, then (4.5×4 + 4.0) / 5 = 4.4.
        assertTrue(lines.contains("| CSAT | 4.2 | 4.4 | +0.2 |"), run.out());
        // NPS: alpha alone gave 20; then (20×4 + 15) / 5 = 19.
        assertTrue(lines.contains("| NPS | 20 | 19 | \u22121 |"), run.out());
        assertTrue(lines.contains("### Organisation, 2025-Q2"), run.out());
        assertTrue(lines.stream().noneMatch(line -> line.startsWith("| Alpha")), "alpha did not change");
    }

    @Test
    void a_model_change_first_says_which_teams_it_moves_and_each_team_is_credited_with_its_own_cause()
            throws IOException {
        Path after = copy("after");
        // The model asks a CSAT of 4.6 for High: Alpha (4.5) drops to Mid; Beta's file climbs to
        // High in the same change, which the new model alone would not have done.
        Path model = after.resolve("scorecards/model.yaml");
        Files.writeString(model, Files.readString(model).replace("          - metric: csat\n            min: 4\n",
                "          - metric: csat\n            min: 4.6\n"));
        Path beta = after.resolve("scorecards/teams/beta.yaml");
        Files.writeString(beta, Files.readString(beta)
                .replace("      designated: true\n", "      designated: true\n      self-service-share: 0.5\n")
                .replace("      csat: 3.0\n", "      csat: 4.7\n      nps: 15\n"));

        CliRun run = CliRun.of("diff", "--base", copy("before").toString(), "--source", after.toString());

        List<String> lines = run.out().lines().toList();
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("### The model changed", lines.get(2), run.out());
        assertEquals("1 team moves level under the new model, from their files as they were: Alpha (High ⬇ **Mid**).",
                lines.get(4), run.out());
        // Alpha: devops-buddy 2 of 2 (100), satisfaction 2 of 3 (66.7): (2×100 + 66.7) / 3 = 88.9.
        assertTrue(lines.contains("| Alpha | 2025-Q2 | High ⬇ **Mid** | 100.0 → 88.9 (\u221211.1) "
                + "| Satisfaction: High ⬇ **Mid** | the model |"), run.out());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("| Beta | 2025-Q2 | Mid ⬆ **High** |")
                && line.endsWith("| its file |")), run.out());
    }

    @Test
    void an_added_exemption_is_named_as_the_cause_of_a_move() throws IOException {
        Path after = copy("after");
        Path beta = after.resolve("scorecards/teams/beta.yaml");
        Files.writeString(beta, Files.readString(beta) + EXEMPT_SELF_SERVICE);

        CliRun run = CliRun.of("diff", "--base", copy("before").toString(), "--source", after.toString());

        // Beta's buddy check at High is exempt: devops-buddy 1 of 1 (100), satisfaction 1 of 3 (33.3):
        // (2×100 + 33.3) / 3 = 77.8, from 44.4 (the change of the shown figures, +33.4); its overall
        // level stays Mid (satisfaction).
        assertTrue(run.out().lines().anyMatch(line -> line.equals("| Beta | 2025-Q2 | Mid | 44.4 → 77.8 (+33.4) "
                + "| DevOps buddy: Mid ⬆ **High** | exemption added: self-service-share (devops-buddy, high) |")),
                run.out());
    }

    @Test
    void an_exemption_that_no_longer_covers_the_latest_assessment_is_named_as_expired() throws IOException {
        Path before = copy("before");
        Path beta = before.resolve("scorecards/teams/beta.yaml");
        Files.writeString(beta, Files.readString(beta) + EXEMPT_SELF_SERVICE);
        Path after = copy("after");
        Files.writeString(after.resolve("scorecards/teams/beta.yaml"), Files.readString(beta)
                .replace("assessments:\n", "assessments:\n  - period: 2025-Q3\n    devops-buddy:\n"
                        + "      designated: true\n    satisfaction:\n      csat: 3.0\n"));
        Path organisation = after.resolve("scorecards/organisation.yaml");
        Files.writeString(organisation, Files.readString(organisation).replace("2025-Q2", "2025-Q3"));

        CliRun run = CliRun.of("diff", "--base", before.toString(), "--source", after.toString());

        // 2025-Q3 is after the exemption's until: the buddy check at High counts again, 1 of 2 (50).
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith("| Beta | 2025-Q2 → 2025-Q3 | Mid | 77.8 → 44.4")
                && line.endsWith("| its file; exemption expired: self-service-share (devops-buddy, high) |")),
                run.out());
    }

    @Test
    void new_survey_answers_are_named_as_the_cause_not_the_team_file() throws IOException {
        String header = "team,csat,recommend,complexity-reduced\n";
        Path before = copy("before");
        Path after = copy("after");
        for (Path source : List.of(before, after)) {
            Path beta = source.resolve("scorecards/teams/beta.yaml");
            Files.writeString(beta, Files.readString(beta).replace("    satisfaction:\n      csat: 3.0\n", ""));
            Files.createDirectories(source.resolve("scorecards/surveys"));
        }
        Files.writeString(before.resolve("scorecards/surveys/2025-Q2.csv"), header + "beta,3,5,\n".repeat(3));
        Files.writeString(after.resolve("scorecards/surveys/2025-Q2.csv"), header + "beta,5,10,\n".repeat(3));

        CliRun run = CliRun.of("diff", "--base", before.toString(), "--source", after.toString());

        // Beta's CSAT 3 and NPS −100, then 5 and 100: satisfaction 1 of 3 checks (33.3), then 3 of 3;
        // devops-buddy 1 of 2 (50): (2×50 + 33.3) / 3 = 44.4, then (2×50 + 100) / 3 = 66.7.
        assertTrue(run.out().lines().anyMatch(line -> line.equals("| Beta | 2025-Q2 | Mid | 44.4 → 66.7 (+22.3) "
                + "| Satisfaction: Mid ⬆ **High** | its survey results |")), run.out());
    }

    private static final String EXEMPT_SELF_SERVICE = """
            exemptions:
              - dimension: devops-buddy
                metric: self-service-share
                level: high
                reason: not-applicable
                justification: Beta ships no infrastructure of its own.
                approved-by: Someone
                until: 2025-Q2
            """;

    @Test
    void a_campaign_change_shows_its_status_before_and_after_and_what_changed_in_its_file() throws IOException {
        String campaign = """
                name: Everyone at High
                start: 2025-Q1
                deadline: 2025-Q4
                goal:
                  level: high
                """;
        Path before = copy("before");
        Files.createDirectories(before.resolve("scorecards/campaigns"));
        Files.writeString(before.resolve("scorecards/campaigns/high.yaml"), campaign);
        Path after = copy("after");
        Files.createDirectories(after.resolve("scorecards/campaigns"));
        Files.writeString(after.resolve("scorecards/campaigns/high.yaml"), campaign + "target: 0.5\n");
        Files.writeString(after.resolve("scorecards/campaigns/buddies.yaml"), """
                name: Buddies
                start: 2025-Q2
                deadline: 2025-Q3
                goal:
                  dimension: devops-buddy
                  level: mid
                """);

        CliRun run = CliRun.of("diff", "--base", before.toString(), "--source", after.toString());

        List<String> lines = run.out().lines().toList();
        assertEquals(0, run.exitCode(), run.err());
        // 2025-Q2: Alpha is High, Beta Mid: 1 of 2. Expected 1 × 1 / 3: on track; with a target of 0.5, met.
        assertTrue(lines.contains("| Everyone at High | on track, 50% of 2 teams | **met, 50% of 2 teams** "
                + "| target 100% → 50% |  |"), run.out());
        // Both teams have a designated buddy: their DevOps-buddy level is Mid.
        assertTrue(lines.contains("| Buddies | – | **met, 100% of 2 teams** | new campaign |  |"), run.out());
        assertTrue(lines.stream().noneMatch(line -> line.startsWith("| Alpha") || line.startsWith("| Beta")),
                "no team moved: " + run.out());
    }

    @Test
    void a_team_that_comes_to_meet_a_campaign_is_named_in_the_campaign_s_row() throws IOException {
        String campaign = "name: Everyone at High\nstart: 2025-Q1\ndeadline: 2025-Q4\ngoal:\n  level: high\n";
        Path before = copy("before");
        Files.createDirectories(before.resolve("scorecards/campaigns"));
        Files.writeString(before.resolve("scorecards/campaigns/high.yaml"), campaign);
        Path after = copy("after");
        Files.createDirectories(after.resolve("scorecards/campaigns"));
        Files.writeString(after.resolve("scorecards/campaigns/high.yaml"), campaign);
        Path beta = after.resolve("scorecards/teams/beta.yaml");
        Files.writeString(beta, Files.readString(beta)
                .replace("      designated: true\n", "      designated: true\n      self-service-share: 0.5\n")
                .replace("      csat: 3.0\n", "      csat: 4.0\n      nps: 15\n"));

        CliRun run = CliRun.of("diff", "--base", before.toString(), "--source", after.toString());

        // Beta climbs to High: 2 of 2 teams meet, which is the target.
        assertTrue(run.out().lines().anyMatch(line -> line.equals("| Everyone at High | on track, 50% of 2 teams "
                + "| **met, 100% of 2 teams** |  | now meet: Beta |")), run.out());
    }

    @Test
    void new_and_removed_teams_are_named_with_their_text_escaped() throws IOException {
        Path after = copy("after");
        Files.delete(after.resolve("scorecards/teams/alpha.yaml"));
        Files.writeString(after.resolve("scorecards/teams/gamma.yaml"),
                "name: \"Evil | <b>bold</b> *x*\"\nassessments:\n  - period: 2025-Q2\n");

        CliRun run = CliRun.of("diff", "--base", copy("before").toString(), "--source", after.toString());

        assertTrue(run.out().contains("**New teams:** Evil \\| &lt;b&gt;bold&lt;/b&gt; \\*x\\*\n"), run.out());
        assertTrue(run.out().contains("**Removed teams:** Alpha\n"), run.out());
    }

    @Test
    void mentions_references_and_addresses_in_team_written_text_come_out_as_code_which_github_never_links()
            throws IOException {
        Path after = copy("after");
        Files.writeString(after.resolve("scorecards/teams/gamma.yaml"), "name: \"@octocat and @kestrel/platform fix "
                + "#1, GH-2 and moor/site#3 in deadbeef1; see https://example.com, www.example.com or user@example.com\"\n"
                + "assessments:\n  - period: 2025-Q2\n");
        Path beta = after.resolve("scorecards/teams/beta.yaml");
        Files.writeString(beta, Files.readString(beta).replace("name: Beta", "name: \"Beta|@octocat\"")
                .replace("      csat: 3.0\n", "      csat: 4.0\n"));

        CliRun run = CliRun.of("diff", "--base", copy("before").toString(), "--source", after.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("**New teams:** `@octocat` and `@kestrel/platform` fix `#1`, `GH-2` and "
                + "`moor/site#3` in `deadbeef1`; see `https://example.com`, `www.example.com` or `user@example.com`\n"),
                run.out());
        // A pipe inside code would end the table cell: it stands between two spans, escaped.
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith("| `Beta`\\|`@octocat` | 2025-Q2 |")), run.out());
        // Outside code spans nothing is left that GitHub would turn into a mention, reference or link.
        String outsideCode = run.out().lines().filter(line -> !line.startsWith("#"))
                .map(line -> line.replaceAll("`[^`]*`", "")).collect(Collectors.joining("\n"));
        for (String linkable : List.of("@", "#", "://", "www.", "GH-", "deadbeef")) {
            assertFalse(outsideCode.contains(linkable), linkable + " outside code in:\n" + run.out());
        }
    }

    @Test
    void a_name_written_with_terminal_escapes_is_a_problem_shown_as_escapes_and_never_reaches_the_comment_raw()
            throws IOException {
        Path after = copy("after");
        Files.writeString(after.resolve("scorecards/teams/gamma.yaml"),
                "name: \"\\e]0;owned\\a\\e[31mGamma \\u202Eammag\"\nassessments:\n  - period: 2025-Q2\n");

        CliRun run = CliRun.of("diff", "--base", copy("before").toString(), "--source", after.toString());

        assertEquals(1, run.exitCode(), run.out());
        assertEquals("## Scorecards: this change has problems\n\n"
                + "- `scorecards/teams/gamma.yaml:1:7` 'name' holds the control character \\\\u001B and 3 other hidden "
                + "characters; remove them\n\n"
                + "1 problem: the site is not built until they are fixed.\n", run.out());
    }

    @Test
    void a_change_with_problems_lists_them_and_exits_1() throws IOException {
        Path after = copy("after");
        Files.writeString(after.resolve("scorecards/teams/beta.yaml"), "name: Beta\nassessments: []\n");

        CliRun run = CliRun.of("diff", "--base", copy("before").toString(), "--source", after.toString());

        assertEquals(1, run.exitCode());
        assertEquals("## Scorecards: this change has problems\n\n"
                + "- `scorecards/teams/beta.yaml:2:1` 'assessments' is empty; give at least one\n\n"
                + "1 problem: the site is not built until they are fixed.\n", run.out());
    }

    @Test
    void a_file_name_with_backticks_stays_inside_its_code_span() throws IOException {
        Path after = copy("after");
        Files.writeString(after.resolve("scorecards/teams/a`<i>x``.yaml"), "name: X\nassessments: []\n");

        CliRun run = CliRun.of("diff", "--base", copy("before").toString(), "--source", after.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("\n- ```scorecards/teams/a`<i>x``.yaml:1:1``` 'a\\`&lt;i&gt;x\\`\\`' is not a valid "
                + "team id"), run.out());
    }

    @Test
    void the_base_is_required() {
        CliRun run = CliRun.of("diff", "--source", copy("after").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Missing required option: b"), run.err());
    }
}
