package scorecards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
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
        assertEquals(List.of(), InertPages.activeContent(site));
    }

    @Test
    void team_written_text_is_shown_as_text() {
        Document team = site.page("teams/mallory.html");

        assertEquals("Mallory <script>alert('team')</script>", team.selectFirst("h1").text());
        assertTrue(team.select("#needs ~ ul li, section:has(#needs) li").eachText().contains("<script>alert('need')</script>"));
        assertTrue(site.page("index.html").title().contains("Evil <script>alert('org')</script> Org"));
    }

    @Test
    void an_exemption_s_justification_and_approver_are_shown_as_text_where_the_check_is_and_in_the_list() {
        Document team = site.page("teams/mallory.html");
        String justification = "<script>alert('justification')</script> \"><img src=x onerror=alert('why')>";
        String approver = "<img src=x onerror=alert('approver')>";

        Element check = team.selectFirst("table.checks td.exempt");
        assertEquals(justification, check.selectFirst(".justification").text());
        assertEquals(approver, check.selectFirst(".approver").text());
        Element listed = team.selectFirst("table.exemptions tbody tr");
        assertEquals(justification, listed.selectFirst(".justification").text());
        assertEquals(approver, listed.selectFirst(".approver").text());
        assertTrue(team.select("table.checks img, table.exemptions img, table.checks script").isEmpty());
    }

    @Test
    void a_hostile_tribe_name_is_text_on_its_page_the_tribes_the_index_of_teams_and_the_team_page() {
        String tribe = "<style>body{display:none}</style>";
        Element link = site.page("tribes/index.html").selectFirst("#tribes-table ~ tbody th a");
        String page = java.net.URI.create("tribes/index.html").resolve(link.attr("href")).getPath();

        assertEquals(tribe, link.text());
        assertTrue(page.matches("tribes/style-body-display-none-style-[0-9a-f]{8}\\.html"), page);
        assertEquals("Tribe " + tribe, site.page(page).selectFirst("h1").text());
        assertEquals("Tribe " + tribe, site.page(page).title().substring(0, ("Tribe " + tribe).length()));
        assertEquals("Tribe " + tribe, site.page("directory/names.html").selectFirst("a.tribe").text());
        assertEquals(tribe, site.page("directory/tribes.html").select("h2 a").stream()
                .filter(a -> a.text().equals(tribe)).findFirst().orElseThrow().text());
        assertEquals("Tribe " + tribe, site.page("teams/mallory.html").selectFirst(".lead a").text());
        assertEquals(List.of("Mallory <script>alert('team')</script>"),
                site.page(page).select("section:has(#teams) tbody th").eachText());
    }

    @Test
    void hostile_team_and_level_names_are_text_in_the_badge() throws Exception {
        java.nio.file.Path file = site.root().resolve("badges/mallory.svg");
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document svg = factory.newDocumentBuilder().parse(file.toFile());

        assertEquals("Mallory <script>alert('team')</script>: overall level High\" onmouseover=\"alert('attr') in 2025-Q2",
                svg.getElementsByTagName("title").item(0).getTextContent());
        assertEquals("High\" onmouseover=\"alert('attr')", svg.getElementsByTagName("text").item(1).getTextContent());
        assertEquals(0, svg.getElementsByTagName("script").getLength());
        assertEquals(List.of(), java.util.stream.IntStream.range(0, svg.getElementsByTagName("*").getLength())
                .mapToObj(i -> (org.w3c.dom.Element) svg.getElementsByTagName("*").item(i))
                .filter(e -> e.hasAttribute("onmouseover") || e.hasAttribute("onload")).map(org.w3c.dom.Element::getTagName)
                .toList());
        assertTrue(site.page("teams/mallory.html").select("pre.snippet code").text()
                .startsWith("[![Scorecards of Mallory \\<script\\>alert\\(\\'team\\'\\)\\<\\/script\\>]"));
    }

    @Test
    void campaign_text_is_shown_as_text_on_every_page_that_names_the_campaign() {
        Document campaign = site.page("campaigns/evil.html");

        assertEquals("<script>alert('campaign')</script> Campaign", campaign.selectFirst("h1").text());
        assertTrue(campaign.select(".facts dd").eachText().contains("<img src=x onerror=alert('owner')>"));
        assertTrue(campaign.select(".facts dd").eachText().contains("the tribe <style>body{display:none}</style>"));
        assertEquals("high", campaign.selectFirst(".description strong").text());
        assertTrue(site.page("campaigns.html").select("tbody th a").eachText()
                .contains("<script>alert('campaign')</script> Campaign"));
        assertTrue(site.page("teams/mallory.html").select("#campaigns ~ ul a, section:has(#campaigns) a").eachText()
                .contains("<script>alert('campaign')</script> Campaign"));
    }

    @Test
    void safe_markdown_in_notes_survives_the_cleaning() {
        Element notes = site.page("teams/mallory.html").selectFirst(".notes");

        Element link = notes.selectFirst("a[href=https://example.org/ok]");
        assertEquals("a fine link", link.text());
        assertEquals("nofollow noopener noreferrer", link.attr("rel"));
        assertTrue(site.page("products/ci.html").selectFirst(".description strong").text().equals("bold"));
    }


    @Test
    void journal_posts_are_cleaned_like_team_text_and_keep_their_safe_links() {
        Element body = site.page("journal/2025-05-01-evil.html").selectFirst(".content-body");

        assertTrue(body.text().contains("Hello world.") || body.text().contains("Hello  world."), body.text());
        assertEquals("../needs.html", body.selectFirst("a:contains(relative)").attr("href"));
        assertEquals("https://example.org/fine", body.selectFirst("a:contains(fine)").attr("href"));
        assertEquals("<script>alert('post title')</script> Evil post",
                site.page("journal/2025-05-01-evil.html").selectFirst("h1").text());
    }

    @Test
    void the_feed_carries_no_markup_that_could_run() throws java.io.IOException {
        String feed = java.nio.file.Files.readString(site.root().resolve("feed.xml"));
        org.jsoup.nodes.Document xml = org.jsoup.Jsoup.parse(feed, "", org.jsoup.parser.Parser.xmlParser());

        assertEquals(1, xml.select("entry").size(), "the draft is not in the feed");
        String content = xml.selectFirst("entry > content").text();
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parseBodyFragment(content);
        assertTrue(html.select("script, iframe, img, svg, [onclick], [onerror], [style]").isEmpty(), content);
        assertTrue(html.select("a[href^=javascript]").isEmpty(), content);
    }

    @Test
    void a_draft_is_neither_published_nor_listed() {
        assertTrue(site.htmlPages().stream().noneMatch(page -> page.contains("unfinished")), site.htmlPages().toString());
        assertTrue(site.page("journal/index.html").select("a").eachText().stream().noneMatch(t -> t.contains("Not ready")));
    }
}
