package scorecards.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scorecards.testing.Fixtures;

/** Exit codes, usage text and the commands' promises, through the command line. */
class CommandLineTest {

    @TempDir
    Path temp;

    private Path minimal() {
        return Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
    }

    @Test
    void help_lists_every_command_of_the_format_and_exits_0() {
        CliRun run = CliRun.of("--help");

        assertEquals(0, run.exitCode());
        for (String command : new String[] {"build", "validate", "serve", "new-team", "diff"}) {
            assertTrue(run.out().contains("\n  " + command + " "), command + " in:\n" + run.out());
        }
    }

    @Test
    void version_prints_the_version_and_exits_0() {
        CliRun run = CliRun.of("--version");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("scorecards "), run.out());
    }

    @Test
    void no_command_prints_usage_and_exits_2() {
        CliRun run = CliRun.of();

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Usage: java -jar scorecards.jar COMMAND"), run.err());
    }

    @Test
    void a_misspelt_command_suggests_the_closest_one() {
        CliRun run = CliRun.of("biuld");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown command 'biuld'; did you mean 'build'?"), run.err());
    }

    @Test
    void an_unknown_option_shows_the_command_usage_and_exits_2() {
        CliRun run = CliRun.of("validate", "--sauce", ".");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("usage: java -jar scorecards.jar validate"), run.err());
    }

    @Test
    void an_unknown_format_suggests_the_closest_one() {
        CliRun run = CliRun.of("validate", "--source", minimal().toString(), "--format", "gitub");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown format 'gitub'; did you mean 'github'?"), run.err());
    }

    @Test
    void a_folder_without_scorecards_is_a_usage_error() {
        CliRun run = CliRun.of("validate", "--source", temp.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("has no scorecards/ folder"), run.err());
    }

    @Test
    void validate_prints_a_summary_and_exits_0_for_valid_input() {
        CliRun run = CliRun.of("validate", "--source", minimal().toString());

        assertEquals(0, run.exitCode());
        assertEquals("valid: 4 files checked, 2 teams\n", run.out());
    }

    @Test
    void github_format_escapes_what_would_end_an_annotation() throws IOException {
        Path source = minimal();
        Files.writeString(source.resolve("scorecards/teams/beta.yaml"), "name: Beta\nassessments:\n  - period: \"a,b:c%\"\n");

        CliRun run = CliRun.of("validate", "--source", source.toString(), "--format", "github");

        assertEquals(1, run.exitCode());
        assertEquals("::error file=scorecards/teams/beta.yaml,line=3,col=13::'period' must be a period like 2025-Q3,"
                + " found 'a,b:c%25'\n", run.out());
    }

    @Test
    void a_failed_build_leaves_the_previous_output_exactly_as_it_was() throws IOException {
        Path source = minimal();
        Path output = temp.resolve("site");
        assertEquals(0, CliRun.of("build", "--source", source.toString(), "--output", output.toString()).exitCode());
        byte[] before = Files.readAllBytes(output.resolve("data/scorecards.json"));
        Files.writeString(source.resolve("scorecards/teams/beta.yaml"), "name: Beta\nassessments: []\n");

        CliRun failed = CliRun.of("build", "--source", source.toString(), "--output", output.toString());

        assertEquals(1, failed.exitCode());
        assertTrue(failed.err().contains("scorecards/teams/beta.yaml:2:1: 'assessments' is empty"), failed.err());
        assertTrue(failed.err().contains("was left as it was"), failed.err());
        assertArrayEquals(before, Files.readAllBytes(output.resolve("data/scorecards.json")));
    }

    @Test
    void build_refuses_an_output_folder_holding_files_it_did_not_write() throws IOException {
        Path output = Files.createDirectories(temp.resolve("precious"));
        Files.writeString(output.resolve("thesis.txt"), "do not delete");

        CliRun run = CliRun.of("build", "--source", minimal().toString(), "--output", output.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("holds files that scorecards did not write"), run.err());
        assertEquals("do not delete", Files.readString(output.resolve("thesis.txt")));
    }

    @Test
    void build_refuses_to_write_over_its_own_source() {
        Path source = minimal();

        CliRun run = CliRun.of("build", "--source", source.toString(), "--output", source.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("is the source folder or contains it"), run.err());
        assertTrue(Files.exists(source.resolve("scorecards/organisation.yaml")));
    }

    @Test
    void build_replaces_its_own_earlier_output_and_leaves_no_staging_folder() throws IOException {
        Path source = minimal();
        Path output = temp.resolve("out/site");
        assertEquals(0, CliRun.of("build", "--source", source.toString(), "--output", output.toString()).exitCode());

        CliRun again = CliRun.of("build", "--source", source.toString(), "--output", output.toString());

        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().startsWith("built "), again.out());
        try (var siblings = Files.list(output.getParent())) {
            assertEquals(List.of(".site.lock", "site"), siblings.map(path -> path.getFileName().toString()).sorted().toList(),
                    "only the output and its lock file are left beside it");
        }
    }

    @Test
    void new_team_writes_a_starter_file_that_validates() throws IOException {
        Path source = minimal();

        CliRun run = CliRun.of("new-team", "search-ranking", "--name", "Search \"Ranking\"", "--source", source.toString());

        assertEquals(0, run.exitCode(), run.err());
        Path file = source.resolve("scorecards/teams/search-ranking.yaml");
        String text = Files.readString(file);
        assertTrue(text.contains("name: \"Search \\\"Ranking\\\"\""), text);
        assertTrue(text.contains("- period: 2025-Q2"), "the organisation's current period:\n" + text);
        assertTrue(text.contains("ci, runtime"), "the catalogue is listed:\n" + text);
        CliRun validate = CliRun.of("validate", "--source", source.toString());
        assertEquals(0, validate.exitCode(), validate.out());
        assertEquals("valid: 5 files checked, 3 teams\n", validate.out());
    }

    @Test
    void new_team_never_overwrites_a_scorecard() throws IOException {
        Path source = minimal();
        byte[] before = Files.readAllBytes(source.resolve("scorecards/teams/alpha.yaml"));

        CliRun run = CliRun.of("new-team", "alpha", "--source", source.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("exists already"), run.err());
        assertArrayEquals(before, Files.readAllBytes(source.resolve("scorecards/teams/alpha.yaml")));
    }

    @Test
    void new_team_refuses_an_id_that_is_not_a_valid_file_name() {
        Path source = minimal();

        CliRun run = CliRun.of("new-team", "../escape", "--source", source.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("is not a valid team id"), run.err());
        assertFalse(Files.exists(source.resolve("scorecards/escape.yaml")));
    }

    @Test
    void quiet_drops_the_summary_line_but_never_a_problem() throws IOException {
        Path source = minimal();
        assertEquals("", CliRun.of("validate", "--quiet", "--source", source.toString()).out());
        Files.writeString(source.resolve("scorecards/teams/beta.yaml"), "name: Beta\nassessments: []\n");

        CliRun run = CliRun.of("validate", "-q", "--source", source.toString());

        assertEquals(1, run.exitCode());
        assertEquals("scorecards/teams/beta.yaml:2:1: 'assessments' is empty; give at least one\n", run.out());
    }

    @Test
    void verbose_tells_on_the_error_stream_what_took_how_long() {
        CliRun run = CliRun.of("build", "--verbose", "--source", minimal().toString(), "--output",
                temp.resolve("site").toString());

        assertEquals(0, run.exitCode(), run.err());
        List<String> details = run.err().lines().toList();
        assertEquals(4, details.size(), run.err());
        assertTrue(details.get(0).startsWith("java " + Runtime.version() + ", "), details.get(0));
        assertTrue(details.get(1).matches("read and checked 4 files in \\d+\\.\\d\\d s"), details.get(1));
        assertTrue(details.get(2).startsWith("scored in "), details.get(2));
        assertTrue(details.get(3).startsWith("wrote the site in "), details.get(3));
        assertTrue(run.out().startsWith("built "), run.out());
    }

    @Test
    void quiet_and_verbose_together_are_a_usage_error() {
        assertEquals(2, CliRun.of("validate", "-q", "-v", "--source", minimal().toString()).exitCode());
    }

    @Test
    void every_command_has_its_own_help() {
        for (String command : List.of("build", "validate", "new-team", "diff", "serve")) {
            CliRun run = CliRun.of(command, "--help");
            assertEquals(0, run.exitCode(), command);
            assertTrue(run.out().startsWith("usage: java -jar scorecards.jar " + command + " "), run.out());
        }
    }

    @Test
    void build_refuses_an_output_that_contains_the_source() {
        Path source = minimal();

        CliRun run = CliRun.of("build", "--source", source.toString(), "--output", temp.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("is the source folder or contains it"), run.err());
        assertTrue(Files.exists(source.resolve("scorecards/organisation.yaml")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.github.io/scorecards/", "/scorecards/", "ftp://example.org/site/",
        "javascript:alert(1)//", "https://", "https:///scorecards/", "https://exa mple.org/",
        "https://example.org/?page=", "https://example.org/#top", "https://someone:secret@example.org/"})
    void build_refuses_a_site_url_that_is_no_absolute_http_address(String url) {
        Path source = minimal();
        Path output = temp.resolve("site");

        CliRun run = CliRun.of("build", "--source", source.toString(), "--output", output.toString(), "--site-url", url);

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("the site URL '" + url + "' is not an absolute http or https address without a "
                + "query; give the address the site is published at, e.g. https://example.github.io/scorecards/"),
                run.err());
        assertFalse(Files.exists(output), "nothing was built");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.github.io/scorecards/", "http://localhost:8080/preview",
        "HTTPS://Example.org"})
    void build_takes_an_absolute_http_or_https_site_url(String url) throws IOException {
        Path source = minimal();
        Path output = temp.resolve("site");

        CliRun run = CliRun.of("build", "--source", source.toString(), "--output", output.toString(), "--site-url", url);

        assertEquals(0, run.exitCode(), run.err());
        String base = url.endsWith("/") ? url : url + "/";
        assertTrue(Files.readString(output.resolve("sitemap.xml")).contains("<loc>" + base + "index.html</loc>"),
                Files.readString(output.resolve("sitemap.xml")));
    }

    @Test
    void schemas_refuses_an_output_that_is_a_file_and_leaves_it_as_it_was() throws IOException {
        Path file = Files.writeString(temp.resolve("passwd"), "root:x:0:0:root:/root:/bin/sh\n");

        CliRun run = CliRun.of("schemas", "--output", file.toString());
        CliRun below = CliRun.of("schemas", "--output", file.resolve("schemas").toString());

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("scorecards schemas: --output " + file + " is a file, not a folder; give the "
                + "folder the schemas go into, such as scorecards/schemas\n"), run.err());
        assertEquals(2, below.exitCode(), below.err());
        assertEquals("scorecards schemas: cannot write the schemas into " + file.resolve("schemas")
                + ": not a directory\n", below.err());
        for (CliRun each : List.of(run, below)) {
            assertFalse(each.err().contains("internal error") || each.err().contains("Exception"), each.err());
        }
        assertEquals("root:x:0:0:root:/root:/bin/sh\n", Files.readString(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"content/out", "scorecards/site", "site/out", "content"})
    void build_refuses_an_output_inside_a_folder_it_reads(String inside) {
        Path source = minimal();

        CliRun run = CliRun.of("build", "--source", source.toString(), "--output", source.resolve(inside).toString());

        assertEquals(2, run.exitCode(), run.err());
        String folder = inside.contains("/") ? inside.substring(0, inside.indexOf('/')) : inside;
        assertTrue(run.err().contains(" is inside " + folder + "/, which every build reads: the site would be read "
                + "back as source; choose an output outside scorecards/, content/, site/, such as target/site"),
                run.err());
        assertFalse(Files.exists(source.resolve(inside)), "nothing was written");
        assertEquals(0, CliRun.of("validate", "--source", source.toString()).exitCode());
    }

    @Test
    void symbolic_links_in_the_source_are_reported_not_followed() throws IOException {
        Path source = minimal();
        Path outside = Files.writeString(temp.resolve("outside.yaml"), "name: Outside\nassessments:\n  - period: 2025-Q2\n");
        Files.createSymbolicLink(source.resolve("scorecards/teams/outside.yaml"), outside);
        Files.createDirectories(source.resolve("content"));
        Files.createSymbolicLink(source.resolve("content/secret.md"), outside);

        CliRun run = CliRun.of("validate", "--source", source.toString());

        assertEquals(1, run.exitCode());
        assertEquals(List.of(
                "content/secret.md:1:1: symbolic links are not published from content/",
                "scorecards/teams/outside.yaml:1:1: symbolic links are not read, so that nothing outside the repository "
                        + "is; put the file or folder itself here instead of a link"),
                run.out().lines().limit(2).toList());
    }
}
