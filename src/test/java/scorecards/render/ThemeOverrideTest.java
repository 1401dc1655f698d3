package scorecards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorecards.testing.Fixtures;

/** A source's own site/ replaces the default theme file by file, and only those files. */
class ThemeOverrideTest {

    @TempDir
    Path temp;

    @Test
    void a_template_and_a_style_sheet_of_the_source_replace_the_default_ones() throws IOException {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
        Files.createDirectories(source.resolve("site/templates"));
        Files.createDirectories(source.resolve("site/assets/css"));
        Files.writeString(source.resolve("site/templates/needs.ftl"), """
                <#ftl output_format="HTML">
                <#import "layout.ftl" as layout>
                <@layout.page title=title root=root site=site active="needs">
                <h1>Our wish list</h1>
                <ol><#list needs as n><li>${n.text} (${n.count})</li></#list></ol>
                </@layout.page>
                """);
        Files.writeString(source.resolve("site/assets/css/site.css"), "body { font-family: serif; }\n");

        BuiltSite site = BuiltSite.build(source, temp.resolve("site"));

        assertEquals("Our wish list", site.page("needs.html").selectFirst("h1").text());
        assertEquals(List.of("Faster builds (2)"), site.page("needs.html").select("ol li").eachText());
        assertEquals("body { font-family: serif; }\n", Files.readString(site.root().resolve("css/site.css")));
        assertEquals("Alpha", site.page("teams/alpha.html").selectFirst("h1").text(), "other pages keep the default theme");
    }

    @Test
    void every_file_of_the_default_theme_is_listed_so_that_the_jar_carries_it() throws IOException {
        Path theme = Path.of("site");
        List<String> files;
        try (Stream<Path> paths = Files.walk(theme)) {
            files = paths.filter(Files::isRegularFile).map(path -> theme.relativize(path).toString().replace('\\', '/'))
                    .filter(path -> !path.equals("theme.list")).sorted().toList();
        }

        assertEquals(files, Theme.defaultFiles());
        assertTrue(files.contains("templates/layout.ftl"));
    }

    @Test
    void a_broken_template_fails_the_build_with_its_name_and_keeps_the_previous_site() throws IOException {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
        Path output = temp.resolve("site");
        BuiltSite.build(source, output);
        byte[] before = Files.readAllBytes(output.resolve("index.html"));
        Files.createDirectories(source.resolve("site/templates"));
        Files.writeString(source.resolve("site/templates/needs.ftl"), "<#ftl output_format=\"HTML\">${noSuchValue}\n");

        scorecards.cli.CliRun run = scorecards.cli.CliRun.of("build", "--source", source.toString(),
                "--output", output.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("build failed: template needs.ftl line 1, column 30 failed for needs.html: "), run.err());
        assertTrue(run.err().contains("noSuchValue"), run.err());
        assertEquals(new String(before), Files.readString(output.resolve("index.html")));
    }

    @Test
    void a_template_that_cannot_be_parsed_fails_the_build_in_one_line_with_where_its_syntax_breaks() throws IOException {
        Path source = Fixtures.copy(Fixtures.resource("hostile"), temp.resolve("source"));
        Files.createDirectories(source.resolve("site/templates"));
        Files.writeString(source.resolve("site/templates/needs.ftl"), "<#if true>\n");
        Files.writeString(source.resolve("site/templates/page.ftl"), "<#ftl\n<html>${content.body?no_esc}</html>\n");

        scorecards.cli.CliRun run = scorecards.cli.CliRun.of("build", "--source", source.toString(),
                "--output", temp.resolve("site").toString());

        assertEquals(1, run.exitCode(), run.err());
        String failure = run.err().lines().filter(line -> line.startsWith("build failed")).findFirst().orElse(run.err());
        assertTrue(failure.matches("build failed: template (needs|page)\\.ftl line \\d+, column \\d+ cannot be read "
                + "for \\S+: .*"), run.err());
        assertEquals(2, run.err().lines().count(), "the failure and that the output was left as it was: " + run.err());
    }

    @Test
    void a_template_whose_include_fails_says_why_on_the_same_line() throws IOException {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
        Files.createDirectories(source.resolve("site/templates"));
        Files.writeString(source.resolve("site/templates/needs.ftl"), "<#include \"no-such-part.ftl\">\n");

        scorecards.cli.CliRun run = scorecards.cli.CliRun.of("build", "--source", source.toString(),
                "--output", temp.resolve("site").toString());

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().lines().findFirst().orElse("").endsWith(": Template not found for name \"no-such-part.ftl\"."),
                run.err());
        assertEquals(2, run.err().lines().count(), run.err());
    }

    @Test
    void a_post_template_that_loses_the_body_markers_fails_the_build_rather_than_publish_raw_html() throws IOException {
        Path source = Fixtures.copy(Fixtures.resource("hostile"), temp.resolve("source"));
        Files.createDirectories(source.resolve("site/templates"));
        Files.writeString(source.resolve("site/templates/post.ftl"), "<#ftl output_format=\"HTML\">${content.body?no_esc}\n");

        scorecards.cli.CliRun run = scorecards.cli.CliRun.of("build", "--source", source.toString(),
                "--output", temp.resolve("site").toString());

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("must put ${content.body} between <!--content-body--> and <!--/content-body-->"),
                run.err());
        assertTrue(!Files.exists(temp.resolve("site")), "nothing was published");
    }
}
