package scorecards.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import scorecards.cli.CliRun;
import scorecards.render.chart.Palette;
import scorecards.testing.ExampleSite;
import scorecards.testing.Fixtures;

/** Every team's README badge in the example's site, and its place on the team's page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ExampleSite.class)
class TeamBadgesSiteTest {

    private BuiltSite site;
    private JsonNode export;

    @BeforeAll
    void read(@ExampleSite.Built Path example) {
        site = new BuiltSite(example);
        export = site.export();
    }

    private static org.w3c.dom.Document xml(Path file) {
        return BuiltSite.xml(file);
    }

    @Test
    void every_team_has_a_badge_and_no_other_file_is_in_the_folder() throws IOException {
        List<String> expected = new java.util.ArrayList<>();
        export.get("teams").forEach(team -> expected.add(team.get("id").asText() + ".svg"));
        try (Stream<Path> files = Files.list(site.root().resolve("badges"))) {
            assertEquals(expected, files.filter(Files::isRegularFile).map(file -> file.getFileName().toString())
                    .sorted().toList());
        }
        assertEquals(14, expected.size());
    }

    @Test
    void a_badge_is_an_svg_image_titled_with_the_team_its_level_and_its_period() {
        for (JsonNode team : export.get("teams")) {
            String id = team.get("id").asText();
            org.w3c.dom.Document svg = xml(site.root().resolve("badges/" + id + ".svg"));
            Element root = svg.getDocumentElement();
            String level = site.page("teams/" + id + ".html").selectFirst(".lead .level").text();
            String title = svg.getElementsByTagName("title").item(0).getTextContent();
            NodeList texts = svg.getElementsByTagName("text");

            assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
            assertEquals("img", root.getAttribute("role"));
            assertEquals(((Element) svg.getElementsByTagName("title").item(0)).getAttribute("id"),
                    root.getAttribute("aria-labelledby"));
            assertEquals(team.get("name").asText() + ": overall level " + level + " in "
                    + team.get("latest-period").asText() + (team.get("stale").asBoolean() ? " (stale)" : ""), title);
            assertEquals("scorecards", texts.item(0).getTextContent());
            assertEquals(level + (team.get("stale").asBoolean() ? " (stale)" : ""), texts.item(1).getTextContent());
            assertEquals(0, svg.getElementsByTagName("script").getLength() + svg.getElementsByTagName("image").getLength()
                    + svg.getElementsByTagName("style").getLength() + svg.getElementsByTagName("a").getLength());
        }
    }

    @Test
    void badge_text_stands_out_at_least_four_and_a_half_to_one() {
        for (JsonNode team : export.get("teams")) {
            org.w3c.dom.Document svg = xml(site.root().resolve("badges/" + team.get("id").asText() + ".svg"));
            NodeList rects = svg.getElementsByTagName("rect");
            NodeList texts = svg.getElementsByTagName("text");
            for (int i = 0; i < 2; i++) {
                String background = ((Element) rects.item(i)).getAttribute("fill");
                String text = ((Element) texts.item(i)).getAttribute("fill");
                double contrast = Palette.contrast(background, text);
                assertTrue(contrast >= 4.5, team.get("id") + ": " + text + " on " + background + " is " + contrast);
            }
        }
    }

    @Test
    void the_badge_of_a_current_team_has_its_level_colour_and_a_stale_one_is_grey() {
        // payments stands at the top of five levels; returns is the example's stale team.
        String payments = ((Element) xml(site.root().resolve("badges/payments.svg")).getElementsByTagName("rect").item(1))
                .getAttribute("fill");
        String returns = ((Element) xml(site.root().resolve("badges/returns.svg")).getElementsByTagName("rect").item(1))
                .getAttribute("fill");

        assertEquals(Palette.levels(5).get(4), payments);
        assertEquals(Palette.STALE, returns);
    }

    @Test
    void the_team_page_shows_its_badge_and_the_markdown_to_embed_it() throws IOException {
        for (JsonNode team : export.get("teams")) {
            String id = team.get("id").asText();
            String html = Files.readString(site.root().resolve("teams/" + id + ".html"));
            String badge = Files.readString(site.root().resolve("badges/" + id + ".svg"));
            Document page = site.page("teams/" + id + ".html");

            assertTrue(badge.endsWith("</svg>\n"));
            assertTrue(html.contains(badge.strip()), id + ": the page shows the badge file's own SVG");
            assertEquals("[![Scorecards of " + team.get("name").asText().replaceAll("(\\p{Punct})", "\\\\$1") + "](badges/" + id
                    + ".svg)](teams/" + id + ".html)", page.selectFirst("pre.snippet code").text());
            assertEquals("../badges/" + id + ".svg", page.selectFirst("section:has(#badge) p a").attr("href"));
        }
    }

    @Test
    void with_the_site_address_the_markdown_is_absolute(@TempDir Path temp) {
        Path output = temp.resolve("site");
        CliRun run = CliRun.of("build", "--source", Fixtures.resource("minimal").toString(), "--output", output.toString(),
                "--site-url", "https://example.org/scorecards");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        Document page = new BuiltSite(output).page("teams/alpha.html");

        assertEquals("[![Scorecards of Alpha](https://example.org/scorecards/badges/alpha.svg)]"
                + "(https://example.org/scorecards/teams/alpha.html)", page.selectFirst("pre.snippet code").text());
        assertFalse(page.selectFirst("section:has(#badge)").text().contains("relative to the site's root"));
    }

    @Test
    void two_builds_write_the_same_badges(@TempDir Path temp) throws IOException {
        BuiltSite first = BuiltSite.build(Fixtures.resource("minimal"), temp.resolve("first"));
        BuiltSite second = BuiltSite.build(Fixtures.resource("minimal"), temp.resolve("second"));

        for (String id : List.of("alpha", "beta")) {
            assertArrayEquals(Files.readAllBytes(first.root().resolve("badges/" + id + ".svg")),
                    Files.readAllBytes(second.root().resolve("badges/" + id + ".svg")), id);
        }
    }
}
