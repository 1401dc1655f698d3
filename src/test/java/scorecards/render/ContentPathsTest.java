package scorecards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import scorecards.cli.CliRun;
import scorecards.load.SourceLoader;
import scorecards.pipeline.SiteBuild;
import scorecards.score.Report;
import scorecards.score.Scorer;
import scorecards.synthetic.SyntheticOrganisation;
import scorecards.testing.ExampleSite;
import scorecards.testing.Fixtures;

/**
 * Where hand-written content may land, and what it may read: never on a path the build writes
 * itself, never through a symbolic link, and a Markdown file's extension in any case.
 */
@ExtendWith(ExampleSite.class)
class ContentPathsTest {

    @TempDir
    Path temp;

    private static final String PAGE = "title=Forged\ntype=page\nstatus=published\n~~~~~~\nForged page.\n";

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static List<String> contentProblems(CliRun run) {
        return (run.out() + run.err()).lines().filter(line -> line.startsWith("content/") || line.startsWith("site"))
                .map(line -> line.substring(0, line.indexOf(':'))).sorted().toList();
    }

    @Test
    void a_content_file_on_a_path_the_build_writes_is_a_located_error_and_nothing_is_published() throws IOException {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
        List<String> forged = List.of("index.md", "model.md", "Needs.md", "needs.2.md", "business-case.md",
                "campaigns.md", "teams/alpha.md", "tribes/index.md", "dimensions/x.md", "products/ci.md",
                "campaigns/x.md", "directory/names.md", "directory/second-look.md", "needs/x.md", "data/scorecards.md",
                "badges/alpha.md", "schemas/team.md", "journal/index.md", "css/site.md", "index.html/x.md");
        for (String file : forged) {
            write(source.resolve("content").resolve(file), PAGE);
        }
        Files.write(source.resolve("content/css/levels.png"), new byte[] {1, 2, 3});
        // Beside the generated names, not on them: these are fine.
        write(source.resolve("content/feed.md"), PAGE);
        write(source.resolve("content/teams-notes.md"), PAGE);
        write(source.resolve("content/journal/index-of-ideas.md"), PAGE);

        CliRun validate = CliRun.of("validate", "--source", source.toString());
        CliRun build = CliRun.of("build", "--source", source.toString(), "--output", temp.resolve("site").toString());

        List<String> expected = Stream.concat(forged.stream(), Stream.of("css/levels.png"))
                .map(file -> "content/" + file).sorted().toList();
        assertEquals(1, validate.exitCode(), validate.out() + validate.err());
        assertEquals(expected, contentProblems(validate), validate.out() + validate.err());
        assertTrue(validate.out().contains("content/teams/alpha.md:1:1: would be published as teams/alpha.html, "
                + "where the build writes teams/ itself; move or rename it"), validate.out());
        assertTrue(validate.out().contains("content/Needs.md:1:1: would be published as Needs.html, where the build "
                + "writes needs.html itself; move or rename it"), validate.out());
        assertEquals(1, build.exitCode(), build.err());
        assertEquals(expected, contentProblems(build), build.out() + build.err());
        assertFalse(Files.exists(temp.resolve("site")), "nothing was published");
    }

    /**
     * The reserved paths are declared beside the code that writes the pages; this keeps the two in
     * step: every file a build writes of its own, for the example, for an organisation large enough
     * to cut its lists into parts and for one with own metrics and flagged assessments, lies on a
     * reserved path.
     */
    @Test
    void every_file_a_build_writes_of_its_own_lies_on_a_reserved_path(@ExampleSite.Built Path example) throws Exception {
        Path synthetic = temp.resolve("synthetic");
        new SyntheticOrganisation(600, 8, 42).writeInto(synthetic);
        Path own = Fixtures.resource("own-metrics-site");
        Path exampleSource = Fixtures.example();
        for (Path source : List.of(exampleSource, synthetic, own)) {
            BuiltSite site = source == exampleSource ? new BuiltSite(example)
                    : BuiltSite.build(source, temp.resolve("site-" + source.getFileName()));
            GeneratedPaths generated = GeneratedPaths.of(source);
            List<String> content = new SourceLoader().load(source).scorecards().orElseThrow().content().stream()
                    .map(file -> file.uri()).toList();
            List<String> unreserved;
            try (Stream<Path> files = Files.walk(site.root())) {
                unreserved = files.filter(Files::isRegularFile)
                        .map(file -> site.root().relativize(file).toString().replace('\\', '/'))
                        .filter(file -> !content.contains(file) && generated.claim(file).isEmpty()).sorted().toList();
            }
            assertEquals(List.of(), unreserved, source.toString());
            assertTrue(Files.exists(site.root().resolve(source == synthetic ? "directory/names.2.html"
                    : source == own ? "directory/second-look.html" : "about.html")));
        }
    }

    @Test
    void a_content_page_that_gets_past_validation_still_cannot_overwrite_a_generated_file() throws Exception {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
        write(source.resolve("content/index.md"), PAGE);
        // The loader alone does not know the site's layout; the build must refuse all the same.
        Report report = Scorer.score(new SourceLoader().load(source).scorecards().orElseThrow());
        Path scratch = Files.createDirectories(temp.resolve("scratch"));
        Path folder = Files.createDirectories(temp.resolve("out"));

        IOException refused;
        try (ContentBaker.Engine engine = ContentBaker.startEngine()) {
            refused = assertThrows(IOException.class, () -> new SiteBuild(source, folder, "")
                    .writeSite(report, folder, scratch, engine));
        }

        assertEquals("content/index.md would overwrite index.html, which the build writes itself", refused.getMessage());
    }

    @Test
    void a_symbolic_link_as_the_content_folder_is_an_error_and_publishes_nothing() throws IOException {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
        write(source.resolve("scorecards/surveys/2025-Q2.md"), PAGE);
        Files.createSymbolicLink(source.resolve("content"), Path.of("scorecards"));

        CliRun validate = CliRun.of("validate", "--source", source.toString());
        CliRun build = CliRun.of("build", "--source", source.toString(), "--output", temp.resolve("site").toString());

        assertEquals(1, validate.exitCode(), validate.out() + validate.err());
        assertTrue(validate.out().contains("content:1:1: a symbolic link; content/ is read from the repository "
                + "itself, never through a link"), validate.out());
        assertEquals(1, build.exitCode(), build.out() + build.err());
        assertFalse(Files.exists(temp.resolve("site")), "nothing was published");
    }

    @Test
    void links_inside_content_and_a_linked_or_linking_theme_are_errors() throws IOException {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
        Path outside = Files.createDirectories(temp.resolve("outside"));
        write(outside.resolve("secret.md"), PAGE);
        write(outside.resolve("templates/needs.ftl"), "<#ftl output_format=\"HTML\">outside theme\n");
        Files.createDirectories(source.resolve("content"));
        Files.createSymbolicLink(source.resolve("content/secret.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(source.resolve("content/folder"), outside);
        Files.createSymbolicLink(source.resolve("site"), outside);

        CliRun validate = CliRun.of("validate", "--source", source.toString());

        assertEquals(1, validate.exitCode(), validate.out() + validate.err());
        assertEquals(List.of("content/folder", "content/secret.md", "site"), contentProblems(validate),
                validate.out());
        assertTrue(validate.out().contains("site:1:1: a symbolic link; the theme is read from the repository itself, "
                + "never through a link"), validate.out());

        Files.delete(source.resolve("site"));
        Files.createDirectories(source.resolve("site/templates"));
        Files.createSymbolicLink(source.resolve("site/templates/needs.ftl"), outside.resolve("templates/needs.ftl"));
        CliRun inside = CliRun.of("validate", "--source", source.toString());

        assertTrue(inside.out().contains("site/templates/needs.ftl:1:1: a symbolic link; the theme is read from the "
                + "repository itself, never through a link"), inside.out());
    }

    @Test
    void a_markdown_file_with_its_extension_in_capitals_validates_and_builds_alike() throws IOException {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
        write(source.resolve("content/Upper.MD"), "title=Upper\ntype=page\nstatus=published\n~~~~~~\nShouted *name*.\n");

        CliRun validate = CliRun.of("validate", "--source", source.toString());
        BuiltSite site = BuiltSite.build(source, temp.resolve("site"));

        assertEquals(0, validate.exitCode(), validate.out() + validate.err());
        assertEquals("Shouted name.", site.page("Upper.html").selectFirst(".content-body").text());
        assertEquals(List.of("Upper"), site.page("index.html").select("footer .pages a").eachText());
    }
}
