package scorecards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import scorecards.testing.ExampleSite;
import scorecards.testing.Fixtures;

/** The example organisation's site, read back with jsoup and checked against its own data export. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ExampleSite.class)
class SitePagesTest {

    private BuiltSite site;
    private JsonNode export;

    @BeforeAll
    void read(@ExampleSite.Built Path example) {
        site = new BuiltSite(example);
        export = site.export();
    }

    @Test
    void every_page_kind_exists_for_every_team_dimension_and_product() {
        List<String> pages = site.htmlPages();

        for (String page : List.of("index.html", "model.html", "needs.html", "business-case.html")) {
            assertTrue(pages.contains(page), page);
        }
        for (JsonNode team : export.get("teams")) {
            assertTrue(pages.contains("teams/" + team.get("id").asText() + ".html"), team.get("id").asText());
        }
        for (String dimension : List.of("devops-buddy", "platform-usage", "quality", "satisfaction")) {
            assertTrue(pages.contains("dimensions/" + dimension + ".html"), dimension);
        }
        export.get("rollups").get(0).get("products").fieldNames().forEachRemaining(product ->
                assertTrue(pages.contains("products/" + product + ".html"), product));
    }

    @Test
    void every_page_has_a_title_and_a_language() {
        for (String path : site.htmlPages()) {
            Document page = site.page(path);
            assertFalse(page.title().isBlank(), path + " has a title");
            assertEquals("en", page.selectFirst("html").attr("lang"), path);
            assertEquals(1, page.select("h1").size(), path + " has one h1");
        }
    }

    @Test
    void every_internal_link_and_asset_resolves_and_is_relative() {
        assertEquals(List.of(), site.brokenLinks());
    }

    @Test
    void every_page_is_reachable_from_the_home_page() {
        assertEquals(new TreeSet<>(site.htmlPages()), site.reachable());
    }

    @Test
    void the_overview_shows_the_current_roll_up_of_the_export() {
        Document overview = site.page("index.html");
        JsonNode rollup = site.currentRollup();

        List<String> cards = overview.select(".card").eachText();
        assertTrue(cards.get(0).contains(percent(rollup.get("devops-buddy-coverage"))), cards.get(0));
        assertTrue(cards.get(1).contains(rollup.get("csat").asText()), cards.get(1));
        assertTrue(cards.get(1).contains("from " + rollup.get("responses").asText() + " survey responses"), cards.get(1));
        assertTrue(cards.get(3).contains(rollup.get("incidents").asText()), cards.get(3));
        assertTrue(cards.get(4).contains(grouped(rollup.get("money-saved")) + " EUR"), cards.get(4));
    }

    @Test
    void the_level_distribution_table_matches_every_roll_up_newest_first() {
        Element table = site.page("index.html").select("table").stream()
                .filter(t -> t.selectFirst("caption").text().startsWith("Teams per overall level")).findFirst().orElseThrow();
        List<Element> rows = table.select("tbody tr");
        JsonNode rollups = export.get("rollups");

        assertEquals(rollups.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode rollup = rollups.get(rollups.size() - 1 - i);
            List<String> cells = rows.get(i).select("td").eachText();
            List<String> expected = new ArrayList<>();
            rollup.get("level-distribution").forEach(count -> expected.add(count.asText()));
            expected.add(rollup.get("teams-assessed").asText());
            assertEquals(rollup.get("period").asText(), rows.get(i).selectFirst("th").text());
            assertEquals(expected, cells);
        }
    }

    @Test
    void the_stale_team_is_called_out_on_the_overview() {
        Element callout = site.page("index.html").getElementById("stale").parent();

        assertEquals(List.of("Returns: latest assessment 2026-Q1"), callout.select("li").eachText());
    }

    @Test
    void each_team_page_shows_the_latest_level_and_score_of_the_export() {
        for (JsonNode team : export.get("teams")) {
            Document page = site.page("teams/" + team.get("id").asText() + ".html");
            JsonNode assessments = team.get("assessments");
            JsonNode latest = assessments.get(assessments.size() - 1);

            assertEquals(team.get("name").asText(), page.selectFirst("h1").text());
            String lead = page.selectFirst(".lead").text();
            assertTrue(lead.contains("score " + latest.get("score").asText() + " of 100"), lead);
            Element history = page.select("table").stream()
                    .filter(t -> t.selectFirst("caption").text().equals("Level and score by period")).findFirst().orElseThrow();
            assertEquals(assessments.size(), history.select("tbody tr").size());
        }
    }

    @Test
    void a_team_page_lists_every_check_with_wanted_found_and_result() {
        Document page = site.page("teams/warehouse-ops.html");
        List<Element> rows = page.select("table.checks tbody tr");

        // A row per metric: its name, what was found, then a cell per level, the check there (wanted and result) or none.
        assertFalse(rows.isEmpty());
        int checks = 0;
        for (Element row : rows) {
            int levels = row.closest("table").select("thead tr").get(1).select("th").size();
            // Every cell, the empty ones too (eachText leaves those out).
            List<String> cells = row.select("td").stream().map(Element::text).toList();
            assertFalse(row.selectFirst("th[scope=row]").text().isEmpty());
            assertEquals(1 + levels, cells.size());
            assertFalse(cells.get(0).isEmpty(), "found");
            for (String check : cells.subList(1, cells.size())) {
                if (!check.isEmpty()) {
                    assertTrue(check.matches(".+ (✔ passed|✘ failed)"), cells.toString());
                    checks++;
                }
            }
        }
        assertTrue(checks >= rows.size(), "every metric of the table is checked at some level");
        assertFalse(page.select("ul.steps li").isEmpty(), "a team below the top level has next steps");
    }

    @Test
    void product_pages_show_voluntary_and_mandated_adoption_apart() {
        JsonNode rollup = site.currentRollup();
        rollup.get("products").fields().forEachRemaining(entry -> {
            Document page = site.page("products/" + entry.getKey() + ".html");
            // Newest first: the current period is the first row.
            List<String> last = page.select("table").first().select("tbody tr").get(0).select("td").eachText();

            assertTrue(last.get(0).startsWith(percent(entry.getValue().get("voluntary")) + " "), last.toString());
            assertTrue(last.get(1).startsWith(percent(entry.getValue().get("mandated")) + " "), last.toString());
            assertEquals(entry.getValue().get("ratings").asText(), last.get(3));
        });
    }

    @Test
    void the_needs_page_ranks_the_needs_of_the_export() {
        List<Element> rows = site.page("needs.html").select("tbody tr");
        JsonNode needs = export.get("needs");

        assertEquals(needs.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(needs.get(i).get("text").asText(), rows.get(i).selectFirst("th").text());
            assertEquals(needs.get(i).get("teams").size(), Integer.parseInt(rows.get(i).selectFirst("td").text()));
        }
    }

    @Test
    void every_chart_has_a_title_and_a_table_beside_it() {
        for (String path : site.htmlPages()) {
            // A chart's inner layers are part of it; the chart is the outermost svg.
            for (Element svg : site.page(path).select("svg:not(svg svg)")) {
                assertFalse(svg.select("title").isEmpty(), path + ": chart without a title");
                Element figure = svg.closest("figure");
                Element section = svg.closest("section");
                boolean table = (figure != null && !figure.select("table").isEmpty())
                        || (section != null && !section.select("table").isEmpty())
                        || !site.page(path).select("table").isEmpty();
                assertTrue(table, path + ": chart without its figures in a table");
            }
        }
    }

    @Test
    void a_metric_without_data_is_shown_as_no_data_in_every_check_on_it(@TempDir Path temp) {
        // Team beta of the minimal fixture gives no self-service share and no NPS.
        BuiltSite minimal = BuiltSite.build(Fixtures.resource("minimal"), temp.resolve("minimal"));
        int checked = 0;
        for (JsonNode team : minimal.export().get("teams")) {
            JsonNode assessments = team.get("assessments");
            JsonNode metrics = assessments.get(assessments.size() - 1).get("metrics");
            Document page = minimal.page("teams/" + team.get("id").asText() + ".html");
            for (Element row : page.select("table.checks tbody tr[data-metric]")) {
                JsonNode value = metrics.get(row.attr("data-metric"));
                String found = row.select("td").get(0).text();
                if (value.isNull()) {
                    assertEquals("no data", found, team.get("id") + " " + row.attr("data-metric"));
                    for (Element check : row.select("td").subList(1, row.select("td").size())) {
                        if (!check.text().isEmpty()) {
                            assertTrue(check.text().endsWith(" ✘ failed"), check.text());
                            checked++;
                        }
                    }
                } else {
                    assertFalse(found.equals("no data"), team.get("id") + " " + row.attr("data-metric"));
                }
            }
        }
        assertEquals(2, checked, "beta's self-service share and NPS");
    }

    private static String percent(JsonNode share) {
        return BuiltSite.percent(share);
    }

    private static String grouped(JsonNode number) {
        return new java.text.DecimalFormat("#,##0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ENGLISH))
                .format(number.decimalValue());
    }

    @Test
    void the_journal_lists_every_published_post_newest_first_and_the_feed_carries_them() throws java.io.IOException {
        List<String> dates = site.page("journal/index.html").select(".post-list time").eachAttr("datetime");

        assertEquals(4, dates.size());
        assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates);
        org.jsoup.nodes.Document feed = org.jsoup.Jsoup.parse(Files.readString(site.root().resolve("feed.xml")), "",
                org.jsoup.parser.Parser.xmlParser());
        assertEquals(4, feed.select("entry").size());
        assertEquals("Three teams at self-service", feed.selectFirst("entry > title").text());
    }

    // The sitemap, written only with --site-url, is FeedAndSitemapTest's.
}
