package scorecards.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
                + "| DevOps buddy: Mid ⬆ **High**; Satisfaction: Mid ⬆ **High** |"), run.out());
        // CSAT weighted by responses (beta gives none: weight 1): (4.5×4 + 3.0) / 5 = 4.2, then (4.5×4 + 4.0) / 5 = 4.4.
        assertTrue(lines.contains("| CSAT | 4.2 | 4.4 | +0.2 |"), run.out());
        // NPS: alpha alone gave 20; then (20×4 + 15) / 5 = 19.
        assertTrue(lines.contains("| NPS | 20 | 19 | \u22121 |"), run.out());
        assertTrue(lines.contains("### Organisation, 2025-Q2"), run.out());
        assertTrue(lines.stream().noneMatch(line -> line.startsWith("| Alpha")), "alpha did not change");
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
