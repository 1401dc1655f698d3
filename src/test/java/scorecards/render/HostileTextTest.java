package scorecards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import scorecards.testing.Fixtures;

/**
 * Team-written text in every free-text field of the {@code hostile} fixture: every page must
 * show it as text, and nothing of it may run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileTextTest {

    private BuiltSite site;

    @BeforeAll
    void build(@TempDir Path temp) {
        site = BuiltSite.build(Fixtures.resource("hostile"), temp.resolve("site"));
    }

    @Test
    void no_page_holds_a_script_an_event_handler_a_style_or_a_dangerous_url() {
        List<String> found = new ArrayList<>();
        for (String path : site.htmlPages()) {
            Document page = site.page(path);
            for (Element element : page.getAllElements()) {
                String tag = element.normalName();
                if (List.of("script", "iframe", "object", "embed", "form", "input", "style", "img", "math").contains(tag)) {
                    found.add(path + ": <" + tag + ">");
                }
                for (Attribute attribute : element.attributes()) {
                    String name = attribute.getKey().toLowerCase(Locale.ROOT);
                    String value = attribute.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                    if (name.startsWith("on") || name.equals("style")) {
                        found.add(path + ": " + name + " on <" + tag + ">");
                    }
                    if ((name.equals("href") || name.equals("src") || name.equals("action"))
                            && (value.startsWith("javascript:") || value.startsWith("data:") || value.startsWith("vbscript:"))) {
                        found.add(path + ": " + name + "=" + value);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void team_written_text_is_shown_as_text() {
        Document team = site.page("teams/mallory.html");

        assertEquals("Mallory <script>alert('team')</script>", team.selectFirst("h1").text());
        assertTrue(team.select("#needs ~ ul li, section:has(#needs) li").eachText().contains("<script>alert('need')</script>"));
        assertTrue(site.page("index.html").title().contains("Evil <script>alert('org')</script> Org"));
    }

    @Test
    void safe_markdown_in_notes_survives_the_cleaning() {
        Element notes = site.page("teams/mallory.html").selectFirst(".notes");

        Element link = notes.selectFirst("a[href=https://example.org/ok]");
        assertEquals("a fine link", link.text());
        assertEquals("nofollow noopener noreferrer", link.attr("rel"));
        assertTrue(site.page("products/ci.html").selectFirst(".description strong").text().equals("bold"));
    }

}
