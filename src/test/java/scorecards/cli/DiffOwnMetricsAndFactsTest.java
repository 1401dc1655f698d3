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

/**
 * {@code diff} of repositories with metrics of their own and facts files (format 1.2), on real
 * before and after trees, against figures computed by hand. The fixture {@code own-metrics-diff}
 * (current period 2026-Q3): Harbour stands at High (Mid in 2026-Q2), its deployments measured by
 * deploy-stats (3.2, its file says 3: within 0.5, they agree); Quay stands at Low, with 0.5
 * deployments a week and no incident process, and no runbooks given. Own metrics: deploys-per-week
 * (median), incident-process (a choice), on-call-runbooks (a boolean in the built-in devops-buddy).
 */
class DiffOwnMetricsAndFactsTest {

    private static final String QUAY_MEASURED = "quay,2026-Q3,deploys-per-week,4,2026-09-30,https://ci.example.org/runs/9\n";

    @TempDir
    Path temp;

    private Path copy(String name) {
        return Fixtures.copy(Fixtures.resource("own-metrics-diff"), temp.resolve(name));
    }

    private static void append(Path source, String file, String text) throws IOException {
        Path path = source.resolve("scorecards/" + file);
        Files.writeString(path, Files.readString(path) + text);
    }

    private static void replace(Path source, String file, String from, String to) throws IOException {
        Path path = source.resolve("scorecards/" + file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), from + " in " + file);
        Files.writeString(path, text.replace(from, to));
    }

    private static CliRun diff(Path before, Path after) {
        CliRun run = CliRun.of("diff", "--base", before.toString(), "--source", after.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        return run;
    }

    @Test
    void a_team_moved_by_a_facts_file_names_the_facts_source_as_the_cause_not_its_team_file() throws IOException {
        Path after = copy("after");
        append(after, "facts/deploy-stats.csv", QUAY_MEASURED);

        CliRun run = diff(copy("before"), after);

        // Quay: devops-buddy 1 of 2 checks (50), delivery 0 of 2 (0): 25.0. Measured 4 a week, its
        // delivery passes Mid: 1 of 2 (50), so (50 + 50) / 2 = 50.0, overall Mid.
        assertTrue(run.out().contains("| Quay | 2026-Q3 | Low ⬆ **Mid** | 25.0 → 50.0 (+25) | Delivery: Low ⬆ **Mid** "
                + "| measured by deploy-stats |\n"), run.out());
        // Its file says 0.5, the fact 4: more than 0.5 apart.
        assertTrue(run.out().contains("""
                ### A second look

                Flags that ask a reviewer to look again at an assessment; they change no score.

                | Team | Period | Flag | Why |
                |---|---|---|---|
                | Quay | 2026-Q3 | added: disagrees-with-measured | Deployments per week: the team file says 0.5 per week, \
                deploy-stats measured 4 per week on 2026-09-30 (`https://ci.example.org/runs/9`) |
                """), run.out());
        // The median of Harbour's 3.2 (measured) and Quay's 0.5 is 1.85; of 3.2 and 4, 3.6.
        assertTrue(run.out().endsWith("""
                ### Organisation, 2026-Q3

                | Figure | Before | After | Change |
                |---|---|---|---|
                | Deployments per week: median | 1.85 per week | 3.6 per week | +1.75 |

                """), run.out());
    }

    @Test
    void a_removed_facts_file_is_named_as_the_cause_and_the_flag_it_raised_as_cleared() throws IOException {
        Path before = copy("before");
        append(before, "facts/deploy-stats.csv", QUAY_MEASURED);
        Path after = copy("after");
        Files.delete(after.resolve("scorecards/facts/deploy-stats.csv"));

        CliRun run = diff(before, after);

        assertTrue(run.out().contains("| Quay | 2026-Q3 | Mid ⬇ **Low** | 50.0 → 25.0 (\u221225) "
                + "| Delivery: Mid ⬇ **Low** | no longer measured by deploy-stats |\n"), run.out());
        // Harbour's own 3 scores as its measured 3.2 did: it does not move.
        assertFalse(run.out().contains("| Harbour"), run.out());
        assertTrue(run.out().contains("| Quay | 2026-Q3 | cleared: disagrees-with-measured | Deployments per week: the "
                + "team file says 0.5 per week, deploy-stats measured 4 per week on 2026-09-30 "
                + "(`https://ci.example.org/runs/9`) |\n"), run.out());
        // The median of 3.2 and 4 is 3.6; of 3 and 0.5, 1.75.
        assertTrue(run.out().contains("| Deployments per week: median | 3.6 per week | 1.75 per week | \u22121.85 |\n"),
                run.out());
    }

    @Test
    void a_team_file_and_a_facts_file_changed_together_are_both_named() throws IOException {
        Path after = copy("after");
        append(after, "facts/deploy-stats.csv", QUAY_MEASURED);
        replace(after, "teams/quay.yaml", "incident-process: none", "incident-process: documented");

        CliRun run = diff(copy("before"), after);

        // Delivery passes Mid (4 measured) and High (documented): 100; devops-buddy 50: 75.0, overall Mid.
        assertTrue(run.out().contains("| Quay | 2026-Q3 | Low ⬆ **Mid** | 25.0 → 75.0 (+50) | Delivery: Low ⬆ **High** "
                + "| its file; measured by deploy-stats |\n"), run.out());
    }

    @Test
    void own_metrics_figures_are_shown_like_the_built_in_ones_a_choice_by_each_choice_that_moved() throws IOException {
        Path after = copy("after");
        replace(after, "teams/quay.yaml", "      designated: true\n", "      designated: true\n      on-call-runbooks: true\n");
        replace(after, "teams/quay.yaml", "incident-process: none", "incident-process: documented");

        CliRun run = diff(copy("before"), after);

        // Quay: devops-buddy 2 of 2 (100), delivery 1 of 2 (50): 75.0; still Low, by its deployments.
        assertTrue(run.out().contains("| Quay | 2026-Q3 | Low | 25.0 → 75.0 (+50) | DevOps buddy: Mid ⬆ **High** "
                + "| its file |\n"), run.out());
        // Runbooks: Harbour alone of two teams, then both. Incident process: none 1 and documented 1,
        // then documented 2; ad-hoc and practised stay at 0 and are not shown.
        assertTrue(run.out().endsWith("""
                ### Organisation, 2026-Q3

                | Figure | Before | After | Change |
                |---|---|---|---|
                | Incident process: none | 1 | 0 | \u22121 |
                | Incident process: documented | 1 | 2 | +1 |
                | Runbooks for every alert | 50% | 100% | +50 pts |

                """), run.out());
    }

    @Test
    void a_level_jump_a_team_file_creates_is_listed_with_the_levels_before_and_after() throws IOException {
        Path after = copy("after");
        // Harbour in 2026-Q2 without a buddy: Low, two levels below its High of 2026-Q3.
        replace(after, "teams/harbour.yaml", "  - period: 2026-Q2\n    devops-buddy:\n      designated: true\n",
                "  - period: 2026-Q2\n    devops-buddy:\n      designated: false\n");

        CliRun run = diff(copy("before"), after);

        assertEquals("""
                ## Scorecards: what this change does

                ### A second look

                Flags that ask a reviewer to look again at an assessment; they change no score.

                | Team | Period | Flag | Why |
                |---|---|---|---|
                | Harbour | 2026-Q3 | added: level-jump | Low → High, 2 levels above its previous self-report \
                (review: level-jump is 2) |

                """, run.out());
    }

    @Test
    void a_raised_level_jump_threshold_clears_the_flag() throws IOException {
        Path before = copy("before");
        replace(before, "teams/harbour.yaml", "      designated: true\n    delivery:\n      deploys-per-week: 2\n",
                "      designated: false\n    delivery:\n      deploys-per-week: 2\n");
        Path after = copy("after");
        Files.copy(before.resolve("scorecards/teams/harbour.yaml"), after.resolve("scorecards/teams/harbour.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        append(after, "organisation.yaml", "review:\n  level-jump: 3\n");

        CliRun run = diff(before, after);

        assertTrue(run.out().contains("| Harbour | 2026-Q3 | cleared: level-jump | Low → High, 2 levels above its "
                + "previous self-report (review: level-jump is 2) |\n"), run.out());
    }

    @Test
    void metric_names_units_and_evidence_addresses_come_out_inert() throws IOException {
        Path before = copy("before");
        Path after = copy("after");
        for (Path source : List.of(before, after)) {
            replace(source, "model.yaml", "name: Deployments per week\n    type: number\n    unit: per week\n",
                    "name: \"Deploys @octocat <b>x</b> | #1\"\n    type: number\n"
                            + "    unit: \"per [week](https://evil.example) *now*\"\n");
        }
        append(after, "facts/deploy-stats.csv", "quay,2026-Q3,deploys-per-week,4,,https://ci.example.org/r?by=@octocat\n");

        CliRun run = diff(before, after);

        assertTrue(run.out().contains("| Quay | 2026-Q3 | added: disagrees-with-measured | Deploys `@octocat` "
                + "&lt;b&gt;x&lt;/b&gt; \\| `#1`: the team file says 0.5 per \\[`week](https://evil.example`) \\*now\\*, "
                + "deploy-stats measured 4 per \\[`week](https://evil.example`) \\*now\\* "
                + "(`https://ci.example.org/r?by=@octocat`) |\n"), run.out());
        String outsideCode = run.out().lines().filter(line -> !line.startsWith("#"))
                .map(line -> line.replaceAll("`[^`]*`", "")).collect(Collectors.joining("\n"));
        for (String linkable : List.of("@", "#", "://", "<b>")) {
            assertFalse(outsideCode.contains(linkable), linkable + " outside code in:\n" + run.out());
        }
    }
}
