package scorecards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import scorecards.testing.Fixtures;

/**
 * With organisation.yaml's {@code edit-url}, each team page links to the forge's page proposing a
 * change to its team file, each campaign page to its campaign file and the model page to
 * model.yaml: the prefix, then the file's path from the repository's root. Without it, no page
 * has such a link.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditLinksTest {

    private static final String PREFIX = "https://gitlab.edit-link.example:8443/platform/ops/scorecards/-/edit/main/";

    @TempDir
    Path temp;

    /** The fixture's site, with its edit-url. */
    private BuiltSite site;

    @BeforeAll
    void build(@TempDir Path folder) {
        site = BuiltSite.build(Fixtures.resource("edit-url"), folder.resolve("site"));
    }

    /** The one link of the page that proposes a change, or null when the page has none. */
    private static Element proposeChange(BuiltSite site, String page) {
        List<Element> links = site.page(page).select("main a").stream()
                .filter(link -> link.text().startsWith("Propose a change")).toList();
        assertFalse(links.size() > 1, page + " has " + links.size() + " links to propose a change");
        return links.isEmpty() ? null : links.get(0);
    }

    @Test
    void each_team_campaign_and_model_page_links_to_the_forges_page_for_its_own_file() {

        Element alpha = proposeChange(site, "teams/alpha.html");
        assertEquals(PREFIX + "scorecards/teams/alpha.yaml", alpha.attr("href"));
        assertEquals("Propose a change to this scorecard", alpha.text());
        assertEquals("nofollow noreferrer", alpha.attr("rel"));
        assertEquals(PREFIX + "scorecards/teams/beta.yaml", proposeChange(site, "teams/beta.html").attr("href"));

        Element campaign = proposeChange(site, "campaigns/buddy-everywhere.html");
        assertEquals(PREFIX + "scorecards/campaigns/buddy-everywhere.yaml", campaign.attr("href"));
        assertEquals("Propose a change to this campaign", campaign.text());

        Element model = proposeChange(site, "model.html");
        assertEquals(PREFIX + "scorecards/model.yaml", model.attr("href"));
        assertEquals("Propose a change to the maturity model", model.text());
        assertEquals(List.of(), site.brokenLinks());
    }

    @Test
    void no_other_page_links_to_a_change() {
        List<String> linked = new ArrayList<>();
        for (String page : site.htmlPages()) {
            if (proposeChange(site, page) != null) {
                linked.add(page);
            }
        }
        assertEquals(List.of("campaigns/buddy-everywhere.html", "model.html", "teams/alpha.html", "teams/beta.html"),
                linked);
    }

    @Test
    void a_themes_own_team_template_from_before_the_links_still_builds_and_the_other_pages_keep_theirs()
            throws IOException {
        Path source = Fixtures.copy(Fixtures.resource("edit-url"), temp.resolve("themed"));
        Files.createDirectories(source.resolve("site/templates"));
        String team = Files.readString(Path.of("site/templates/team.ftl"));
        String older = team.replace("<#import \"propose-change.ftl\" as proposeChange>\n", "")
                .replace("<@proposeChange.link editHref \"team\"/>\n", "");
        assertFalse(older.contains("propose"));
        Files.writeString(source.resolve("site/templates/team.ftl"), older);
        Files.copy(Path.of("site/templates/layout.ftl"), source.resolve("site/templates/layout.ftl"));

        BuiltSite themed = BuiltSite.build(source, temp.resolve("themed-site"));

        assertNull(proposeChange(themed, "teams/alpha.html"));
        assertEquals(PREFIX + "scorecards/model.yaml", proposeChange(themed, "model.html").attr("href"));
        assertEquals(PREFIX + "scorecards/campaigns/buddy-everywhere.yaml",
                proposeChange(themed, "campaigns/buddy-everywhere.html").attr("href"));
    }

    @Test
    void without_edit_url_no_page_links_to_a_change() throws IOException {
        Path source = Fixtures.copy(Fixtures.resource("edit-url"), temp.resolve("source"));
        Path organisation = source.resolve("scorecards/organisation.yaml");
        String text = Files.readString(organisation);
        Files.writeString(organisation, text.replace("edit-url: " + PREFIX + "\n", ""));
        assertFalse(Files.readString(organisation).contains("edit-url"));

        BuiltSite without = BuiltSite.build(source, temp.resolve("site"));

        assertEquals(site.htmlPages(), without.htmlPages());
        for (String page : without.htmlPages()) {
            assertNull(proposeChange(without, page), page);
            assertFalse(without.page(page).html().contains("propose-change"), page);
        }
    }
}
