package scorecards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorecards.cli.CliRun;
import scorecards.testing.Fixtures;

/**
 * The organisation's name and the site's address reach every page, the feed and the export whole,
 * whatever characters they hold: the site engine's settings split values at commas and read
 * backslashes and ${…} in them, so nothing of the user's goes through them.
 */
class OrganisationNameTest {

    @TempDir
    Path temp;

    private static final String NAME = "Kestrel, Moor & Home \\ ${user.home} <#if x> \"quoted\" 'single' #{1}, ,";
    private static final String URL = "https://example.org/a,b/";

    @Test
    void a_name_with_commas_and_template_syntax_reaches_every_page_the_feed_and_the_export_whole() throws IOException {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
        Path organisation = source.resolve("scorecards/organisation.yaml");
        Files.writeString(organisation, Files.readString(organisation)
                .replace("name: Minimal Org", "name: " + new ObjectMapper().writeValueAsString(NAME)));
        Files.createDirectories(source.resolve("content/journal"));
        Files.writeString(source.resolve("content/about.md"), "title=About\ntype=page\nstatus=published\n~~~~~~\nHi.\n");
        Files.writeString(source.resolve("content/journal/first.md"),
                "title=First\ntype=post\nstatus=published\ndate=2025-01-02\n~~~~~~\nHello.\n");

        CliRun build = CliRun.of("build", "--source", source.toString(), "--output", temp.resolve("site").toString(),
                "--site-url", URL);
        BuiltSite site = new BuiltSite(temp.resolve("site"));

        assertEquals(0, build.exitCode(), build.out() + build.err());
        assertTrue(site.htmlPages().containsAll(java.util.List.of("about.html", "journal/first.html",
                "journal/index.html", "index.html", "teams/alpha.html")), site.htmlPages().toString());
        for (String page : site.htmlPages()) {
            assertEquals(NAME, site.page(page).selectFirst(".site-name").text(), page);
            assertTrue(site.page(page).selectFirst("footer p").text().startsWith(NAME + " · "), page);
        }
        org.w3c.dom.Document feed = BuiltSite.xml(site.root().resolve("feed.xml"));
        assertEquals(NAME + ": change journal", feed.getElementsByTagName("title").item(0).getTextContent());
        assertEquals(NAME, feed.getElementsByTagName("name").item(0).getTextContent());
        assertEquals(URL + "journal/index.html", feed.getElementsByTagName("id").item(0).getTextContent());
        assertEquals(URL + "journal/first.html", feed.getElementsByTagName("id").item(1).getTextContent());
        assertEquals(NAME, site.export().get("organisation").get("name").asText());
    }
}
