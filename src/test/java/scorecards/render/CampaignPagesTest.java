package scorecards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import scorecards.testing.ExampleSite;

/** The example's campaigns as the site shows them, read back with jsoup and held against the export. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ExampleSite.class)
class CampaignPagesTest {

    private BuiltSite site;
    private JsonNode export;

    @BeforeAll
    void read(@ExampleSite.Built Path example) {
        site = new BuiltSite(example);
        export = site.export();
    }

    @Test
    void the_example_has_a_met_an_on_track_and_a_behind_campaign() {
        List<String> statuses = new ArrayList<>();
        export.get("campaigns").forEach(campaign -> statuses.add(campaign.get("status").asText()));

        assertTrue(statuses.containsAll(List.of("met", "on-track", "behind")), statuses.toString());
    }

    @Test
    void the_campaigns_page_lists_every_campaign_with_its_status_share_and_expected_share() {
        Document page = site.page("campaigns.html");
        List<Element> rows = page.select("tbody tr");

        assertEquals(export.get("campaigns").size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode campaign = export.get("campaigns").get(i);
            JsonNode now = last(campaign.get("progress"));
            Element row = rows.get(i);
            assertEquals(campaign.get("name").asText(), row.selectFirst("th a").text());
            assertEquals("campaigns/" + campaign.get("id").asText() + ".html", row.selectFirst("th a").attr("href"));
            assertEquals(campaign.get("status").asText().replace('-', ' '), row.selectFirst(".status").text());
            assertTrue(row.select("td").get(1).text().startsWith(BuiltSite.percent(now.get("share")) + " ("
                    + now.get("meeting").asInt() + " of " + now.get("in-scope").asInt() + ")"), row.text());
            assertEquals(BuiltSite.percent(now.get("expected")), row.select("td").get(2).text());
            assertEquals(BuiltSite.percent(campaign.get("target")), row.select("td").get(3).text());
        }
    }

    @Test
    void each_campaign_page_tables_its_progress_period_by_period_beside_its_chart() {
        for (JsonNode campaign : export.get("campaigns")) {
            Document page = site.page("campaigns/" + campaign.get("id").asText() + ".html");
            List<Element> rows = page.select("#progress-table ~ tbody tr, table:has(#progress-table) tbody tr");

            assertEquals(1, page.select("h1").size());
            assertEquals(campaign.get("progress").size(), rows.size());
            for (int i = 0; i < rows.size(); i++) {
                // Newest first.
                JsonNode period = campaign.get("progress").get(rows.size() - 1 - i);
                List<String> cells = rows.get(i).select("th, td").eachText();
                assertEquals(List.of(period.get("period").asText(), period.get("in-scope").asText(),
                        period.get("meeting").asText(), BuiltSite.percent(period.get("share")),
                        BuiltSite.percent(period.get("expected"))), cells);
            }
            Element chart = page.selectFirst("figure svg");
            assertTrue(chart.selectFirst("title").text().contains(campaign.get("name").asText()));
            assertEquals(2, chart.select("path.series").size(), "meeting and expected");
        }
    }

    @Test
    void each_campaign_page_lists_the_teams_not_meeting_it_with_what_they_lack() {
        for (JsonNode campaign : export.get("campaigns")) {
            Document page = site.page("campaigns/" + campaign.get("id").asText() + ".html");
            List<String> listed = page.select("ul.standings > li > a").eachAttr("href");
            List<String> expected = new ArrayList<>();
            campaign.get("not-meeting").forEach(id -> expected.add("../teams/" + id.asText() + ".html"));

            assertEquals(expected, listed, campaign.get("id").asText());
            for (Element team : page.select("ul.standings > li")) {
                assertFalse(team.select("ul li").isEmpty(), "each team not meeting says what it lacks: " + team.text());
            }
        }
    }

    @Test
    void each_team_page_says_for_every_campaign_it_is_in_whether_it_meets_it() {
        Map<String, List<String>> notMeeting = new TreeMap<>();
        for (JsonNode campaign : export.get("campaigns")) {
            campaign.get("not-meeting").forEach(id -> notMeeting.computeIfAbsent(id.asText(), k -> new ArrayList<>())
                    .add(campaign.get("name").asText()));
        }
        int campaignsShown = 0;
        for (JsonNode team : export.get("teams")) {
            Document page = site.page("teams/" + team.get("id").asText() + ".html");
            for (Element item : page.select("section:has(#campaigns) ul.standings > li")) {
                String name = item.selectFirst("a").text();
                boolean listedAsNotMeeting = notMeeting.getOrDefault(team.get("id").asText(), List.of()).contains(name);
                assertEquals(listedAsNotMeeting, item.selectFirst(".fail") != null, team.get("id") + " in " + name);
                campaignsShown++;
            }
        }
        assertTrue(campaignsShown >= export.get("teams").size(), "the organisation-wide campaigns are on every team page");
    }

    @Test
    void the_overview_shows_the_campaigns_in_progress_and_links_to_every_campaign() {
        Document overview = site.page("index.html");
        String current = export.get("organisation").get("current-period").asText();
        List<String> running = new ArrayList<>();
        for (JsonNode campaign : export.get("campaigns")) {
            if (campaign.get("progress").size() > 0 && current.compareTo(campaign.get("deadline").asText()) <= 0) {
                running.add(campaign.get("name").asText());
            }
        }

        assertEquals(running, overview.select("section:has(#campaigns) tbody th a").eachText());
        assertEquals("campaigns.html", overview.selectFirst("section:has(#campaigns) p a").attr("href"));
        assertEquals("campaigns.html", overview.selectFirst("nav[aria-label=Site] a:contains(Campaigns)").attr("href"));
    }

    @Test
    void each_campaign_has_a_badge_with_its_status_and_share_shown_on_its_page() {
        for (JsonNode campaign : export.get("campaigns")) {
            String id = campaign.get("id").asText();
            org.w3c.dom.Document svg = BuiltSite.xml(site.root().resolve("badges/campaigns/" + id + ".svg"));
            org.w3c.dom.NodeList texts = svg.getElementsByTagName("text");
            org.w3c.dom.NodeList rects = svg.getElementsByTagName("rect");
            JsonNode now = last(campaign.get("progress"));
            String status = campaign.get("status").asText().replace('-', ' ');

            assertEquals("img", svg.getDocumentElement().getAttribute("role"));
            assertTrue(svg.getElementsByTagName("title").item(0).getTextContent().startsWith(
                    campaign.get("name").asText() + ": " + status + ", " + now.get("meeting").asInt() + " of "
                            + now.get("in-scope").asInt() + " teams meet the goal"), id);
            assertEquals(status + " · " + BuiltSite.percent(now.get("share")), texts.item(1).getTextContent());
            for (int i = 0; i < 2; i++) {
                double contrast = scorecards.render.chart.Palette.contrast(
                        ((org.w3c.dom.Element) rects.item(i)).getAttribute("fill"),
                        ((org.w3c.dom.Element) texts.item(i)).getAttribute("fill"));
                assertTrue(contrast >= 4.5, id + ": contrast " + contrast);
            }
            Document page = site.page("campaigns/" + id + ".html");
            assertEquals("../badges/campaigns/" + id + ".svg", page.selectFirst("section:has(#badge) a").attr("href"));
            assertTrue(page.selectFirst("pre.snippet code").text().startsWith("[![Campaign\\: "), id);
        }
    }

    @Test
    void every_page_of_the_site_has_exactly_one_h1() {
        for (String path : site.htmlPages()) {
            assertEquals(1, site.page(path).select("h1").size(), path);
        }
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }
}
