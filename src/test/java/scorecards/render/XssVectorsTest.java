package scorecards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorecards.load.Fields;
import scorecards.testing.Fixtures;

/**
 * The filter-evasion vectors of src/test/resources/xss-vectors.txt (after the OWASP cheat sheet)
 * in every free-text field a team or a platform owner writes: names, tribes, people, needs,
 * notes, descriptions, journal posts and pages. Every page must stay inert.
 */
class XssVectorsTest {

    @TempDir
    Path temp;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A YAML double-quoted scalar: JSON's string syntax is valid YAML. */
    private static String quoted(String text) throws IOException {
        return JSON.writeValueAsString(text);
    }

    @Test
    void every_vector_in_every_free_text_field_comes_out_inert() throws IOException {
        List<String> vectors = Files.readAllLines(Fixtures.resource("xss-vectors.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        List<String> lines = vectors.stream().filter(v -> v.length() <= Fields.MAX_LINE_TEXT).toList();
        String all = String.join("\n\n", vectors);
        Path source = Files.createDirectories(temp.resolve("source"));
        Path scorecards = Files.createDirectories(source.resolve("scorecards/teams"));
        Path journal = Files.createDirectories(source.resolve("content/journal"));

        StringBuilder organisation = new StringBuilder("name: " + quoted(lines.get(0)) + "\nplatform:\n  product-owner: "
                + quoted(lines.get(1)) + "\n  change-agent: " + quoted(lines.get(2)) + "\n  products:\n");
        for (int i = 0; i < 5; i++) {
            organisation.append("    - id: p").append(i).append("\n      name: ").append(quoted(lines.get(i + 3)))
                    .append("\n      owner: ").append(quoted(lines.get(i + 8))).append("\n      description: ")
                    .append(quoted(all)).append('\n');
        }
        Files.writeString(source.resolve("scorecards/organisation.yaml"), organisation);
        Files.writeString(source.resolve("scorecards/model.yaml"), "name: " + quoted(lines.get(13)) + "\nlevels:\n"
                + "  - id: low\n    name: " + quoted(lines.get(14)) + "\n    description: " + quoted(all) + "\n"
                + "  - id: high\n    name: " + quoted(lines.get(15)) + "\n"
                + "dimensions:\n  - id: devops-buddy\n    name: " + quoted(lines.get(16)) + "\n    description: "
                + quoted(all) + "\n    levels:\n      high:\n        description: " + quoted(all)
                + "\n        checks:\n          - metric: designated\n            equals: true\n");
        for (int i = 0; i < lines.size(); i++) {
            String vector = quoted(lines.get(i));
            Files.writeString(scorecards.resolve("t" + i + ".yaml"), "name: " + vector + "\ntribe: " + vector
                    + "\nproduct-owner: " + vector + "\ndevops-buddy: " + vector + "\nassessments:\n"
                    + "  - period: 2025-Q1\n    devops-buddy:\n      designated: " + (i % 2 == 0) + "\n"
                    + "    platform-usage:\n      uses:\n        - product: p" + (i % 5) + "\n"
                    + "    needs:\n      - " + vector + "\n    notes: " + quoted(all) + "\n"
                    + "exemptions:\n  - dimension: devops-buddy\n    metric: designated\n    reason: in-progress\n"
                    + "    justification: " + vector + "\n    approved-by: " + vector + "\n    until: 2025-Q1\n");
            Files.writeString(journal.resolve("post-" + i + ".md"), "title=" + lines.get(i).replace("\t", " ")
                    + "\ntype=post\nstatus=published\ndate=2025-01-" + String.format("%02d", 1 + i % 28) + "\n~~~~~~\n" + all + "\n");
        }
        Files.writeString(source.resolve("content/page.md"), "title=" + lines.get(20) + "\ntype=page\nstatus=published\n~~~~~~\n"
                + all + "\n");

        BuiltSite site = BuiltSite.build(source, temp.resolve("site"));

        assertTrue(site.htmlPages().size() > 2 * lines.size(), "teams and posts were all rendered");
        assertEquals(List.of(), InertPages.activeContent(site));
        assertEquals(lines.get(0), site.page("index.html").selectFirst(".site-name").text(), "shown as text");
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(1, site.page("teams/t" + i + ".html").select("table.checks td.exempt .justification").size(),
                    "team t" + i + " shows its exempt check with the justification");
        }
        // Every vector is a tribe name too: each gets a page of its own, titled with the name as text.
        var tribes = site.export().get("tribes");
        java.util.Set<String> tribePages = new java.util.TreeSet<>();
        for (var link : site.page("tribes/index.html").select("#tribes-table ~ tbody th a")) {
            String page = java.net.URI.create("tribes/index.html").resolve(link.attr("href")).getPath();
            tribePages.add(page);
            assertEquals("Tribe " + link.text(), site.page(page).selectFirst("h1").text());
        }
        assertEquals(tribes.size(), tribePages.size(), "one page per tribe");
        // And a team name: every badge stays well-formed XML with nothing that could run.
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        for (int i = 0; i < lines.size(); i++) {
            try {
                org.w3c.dom.Document svg = factory.newDocumentBuilder().parse(site.root().resolve("badges/t" + i + ".svg").toFile());
                var elements = svg.getElementsByTagName("*");
                for (int e = 0; e < elements.getLength(); e++) {
                    var element = (org.w3c.dom.Element) elements.item(e);
                    assertTrue(java.util.Set.of("svg", "title", "rect", "g", "text").contains(element.getTagName()),
                            "t" + i + ": <" + element.getTagName() + ">");
                    for (int a = 0; a < element.getAttributes().getLength(); a++) {
                        String attribute = element.getAttributes().item(a).getNodeName();
                        assertFalse(attribute.startsWith("on") || attribute.contains("href") || attribute.equals("style"),
                                "t" + i + ": " + attribute);
                    }
                }
            } catch (org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException e) {
                throw new AssertionError("badge of t" + i + " is not well-formed: " + e.getMessage(), e);
            }
        }
        String feed = Files.readString(site.root().resolve("feed.xml"));
        for (var content : Jsoup.parse(feed, "", Parser.xmlParser()).select("entry > content")) {
            var html = Jsoup.parseBodyFragment(content.text());
            assertTrue(html.select("script, iframe, img, svg, object, embed, form, style, [style], [onerror], [onload], "
                    + "[onmouseover], a[href^=javascript], a[href^=data]").isEmpty(), content.text());
        }
    }
}
