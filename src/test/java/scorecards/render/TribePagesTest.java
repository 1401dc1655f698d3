package scorecards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

/**
 * The tribes of the example organisation on the site, read back with jsoup: each tribe's page shows
 * the roll-ups the export holds for it, and the overview, the navigation and the team pages lead to it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ExampleSite.class)
class TribePagesTest {

    private BuiltSite site;
    private JsonNode export;
    /** Tribe name → its page, found by following the tribes index's links. */
    private final Map<String, String> pages = new HashMap<>();

    @BeforeAll
    void read(@ExampleSite.Built Path example) {
        site = new BuiltSite(example);
        export = site.export();
        for (Element link : site.page("tribes/index.html").select("#tribes-table ~ tbody th a")) {
            pages.put(link.text(), resolve("tribes/index.html", link.attr("href")));
        }
    }

    /** A link's target as a path from the site root, checked to exist. */
    private String resolve(String from, String href) {
        String path = URI.create(from).resolve(href).normalize().getPath();
        assertTrue(Files.isRegularFile(site.root().resolve(path)), from + " links to missing " + href);
        return path;
    }

    private JsonNode tribe(String name) {
        for (JsonNode tribe : export.get("tribes")) {
            if (tribe.get("name").asText().equals(name)) {
                return tribe;
            }
        }
        throw new AssertionError("no tribe " + name + " in the export");
    }

    private JsonNode team(String id) {
        for (JsonNode team : export.get("teams")) {
            if (team.get("id").asText().equals(id)) {
                return team;
            }
        }
        throw new AssertionError("no team " + id);
    }

    private static List<String> rows(Document page, String tableId) {
        Element caption = page.getElementById(tableId);
        assertNotNull(caption, "table " + tableId);
        List<String> rows = new ArrayList<>();
        for (Element row : caption.parent().select("tbody tr")) {
            rows.add(String.join(" | ", row.select("th, td").eachText()));
        }
        return rows;
    }

    @Test
    void the_index_lists_every_tribe_of_the_export_with_its_current_figures() {
        String current = export.get("organisation").get("current-period").asText();
        List<String> expected = new ArrayList<>();
        for (JsonNode tribe : export.get("tribes")) {
            JsonNode now = null;
            for (JsonNode rollup : tribe.get("rollups")) {
                if (rollup.get("period").asText().equals(current)) {
                    now = rollup;
                }
            }
            long stale = 0;
            for (JsonNode id : tribe.get("teams")) {
                stale += team(id.asText()).get("stale").asBoolean() ? 1 : 0;
            }
            expected.add(String.join(" | ", tribe.get("name").asText(), tribe.get("teams").size() + "",
                    now == null ? "0" : now.get("teams-assessed").asText(),
                    now == null ? "no data" : percent(now.get("devops-buddy-coverage")),
                    now == null ? "no data" : figure(now.get("csat")),
                    now == null ? "no data" : figure(now.get("nps")), stale + ""));
        }

        assertEquals(4, expected.size());
        assertEquals(expected, rows(site.page("tribes/index.html"), "tribes-table"));
    }

    @Test
    void every_tribe_has_its_own_page_titled_with_its_name() {
        assertEquals(4, new TreeSet<>(pages.values()).size());
        for (JsonNode tribe : export.get("tribes")) {
            String name = tribe.get("name").asText();
            Document page = site.page(pages.get(name));
            assertEquals(1, page.select("h1").size(), pages.get(name));
            assertEquals("Tribe " + name, page.selectFirst("h1").text());
            assertTrue(pages.get(name).matches("tribes/[a-z0-9-]+\\.html"), pages.get(name));
        }
        assertEquals(1, site.page("tribes/index.html").select("h1").size());
        assertTrue(site.htmlPages().containsAll(pages.values()));
    }

    @Test
    void a_tribe_page_shows_each_roll_up_of_the_tribe_in_the_export() {
        for (JsonNode tribe : export.get("tribes")) {
            List<String> expected = new ArrayList<>();
            List<String> distribution = new ArrayList<>();
            for (JsonNode r : tribe.get("rollups")) {
                expected.add(String.join(" | ", r.get("period").asText(), r.get("teams-assessed").asText(),
                        percent(r.get("devops-buddy-coverage")), percent(r.get("buddy-trained-share")),
                        percent(r.get("buddy-backup-share")), figure(r.get("csat")), figure(r.get("nps")),
                        figure(r.get("responses")), figure(r.get("incidents")), figure(r.get("hours-saved"))));
                List<String> counts = new ArrayList<>(List.of(r.get("period").asText()));
                r.get("level-distribution").forEach(count -> counts.add(count.asText()));
                counts.add(r.get("teams-assessed").asText());
                distribution.add(String.join(" | ", counts));
            }
            Document page = site.page(pages.get(tribe.get("name").asText()));
            // The tables are newest first.
            java.util.Collections.reverse(expected);
            java.util.Collections.reverse(distribution);

            assertEquals(expected, rows(page, "figures-table"), tribe.get("name").asText());
            assertEquals(distribution, rows(page, "distribution-table"), tribe.get("name").asText());
        }
    }

    @Test
    void the_headline_figures_of_a_tribe_are_its_current_roll_up() {
        // Hand-checked for Checkout (basket, fraud-detection, payments), all assessed in 2026-Q3.
        JsonNode checkout = tribe("Checkout");
        JsonNode rollups = checkout.get("rollups");
        JsonNode now = rollups.get(rollups.size() - 1);
        JsonNode before = rollups.get(rollups.size() - 2);
        assertEquals("2026-Q3", now.get("period").asText());
        assertEquals(3, now.get("teams-assessed").asInt());
        Document page = site.page(pages.get("Checkout"));
        List<String> cards = page.select(".card").eachText();

        assertTrue(cards.get(0).startsWith("DevOps-buddy coverage " + percent(now.get("devops-buddy-coverage"))), cards.get(0));
        assertTrue(cards.get(1).contains(figure(now.get("csat"))), cards.get(1));
        assertTrue(cards.get(1).contains("from " + now.get("responses").asText() + " survey responses"), cards.get(1));
        assertTrue(cards.get(3).contains(figure(now.get("incidents"))), cards.get(3));
        assertTrue(cards.get(4).contains("money saved: " + figure(now.get("money-saved")) + " EUR"), cards.get(4));
        assertTrue(page.selectFirst(".lead").text().contains("changes are against " + before.get("period").asText()),
                page.selectFirst(".lead").text());
        // Voluntary adoption: the tribe's own shares, not the organisation's.
        List<String> adoption = rows(page, "adoption-table");
        assertEquals(now.get("products").size(), adoption.size());
        JsonNode ci = now.get("products").get("ci-templates");
        assertTrue(adoption.get(0).startsWith("CI/CD templates | " + percent(ci.get("voluntary")) + " |"), adoption.get(0));
        assertTrue(adoption.get(0).endsWith("| " + percent(ci.get("mandated"))), adoption.get(0));
    }

    @Test
    void a_tribe_page_lists_its_teams_with_level_score_and_staleness() {
        for (JsonNode tribe : export.get("tribes")) {
            Document page = site.page(pages.get(tribe.get("name").asText()));
            List<Element> rows = page.getElementById("teams-table").parent().select("tbody tr");
            Set<String> shown = new TreeSet<>();
            for (Element row : rows) {
                String href = row.selectFirst("th a").attr("href");
                String id = href.substring(href.lastIndexOf('/') + 1, href.length() - ".html".length());
                JsonNode team = team(id);
                JsonNode assessments = team.get("assessments");
                JsonNode latest = assessments.get(assessments.size() - 1);
                List<String> cells = row.select("td").eachText();
                shown.add(id);

                assertEquals(team.get("name").asText(), row.selectFirst("th").text());
                assertEquals(latest.get("period").asText() + (team.get("stale").asBoolean() ? " stale" : ""), cells.get(0));
                assertEquals(latest.get("score").asText(), cells.get(2));
                assertEquals(team.get("stale").asBoolean(), row.hasClass("stale"), id);
                assertEquals(site.page("teams/" + id + ".html").selectFirst(".lead .level").text(), cells.get(1), id);
                resolve(pages.get(tribe.get("name").asText()), href);
            }
            Set<String> members = new TreeSet<>();
            tribe.get("teams").forEach(id -> members.add(id.asText()));
            assertEquals(members, shown, tribe.get("name").asText());
        }
        // Returns, the stale team of the example, is marked on Fulfilment's page.
        assertEquals("Fulfilment", team("returns").get("tribe").asText());
        assertTrue(site.page(pages.get("Fulfilment")).select("#teams-table ~ tbody tr.stale th, tr.stale th").eachText()
                .contains("Returns"));
    }

    @Test
    void the_index_of_every_team_links_each_team_to_its_tribe() {
        Document index = site.page("directory/names.html");
        int linked = 0;
        for (Element row : index.getElementById("teams-table").parent().select("tbody tr")) {
            String teamHref = row.selectFirst("th a").attr("href");
            String id = teamHref.substring("../teams/".length(), teamHref.length() - ".html".length());
            Element tribe = row.selectFirst("th a.tribe");
            String name = team(id).get("tribe").asText();

            assertEquals("Tribe " + name, tribe.text());
            assertEquals(pages.get(name), resolve("directory/names.html", tribe.attr("href")));
            assertEquals("Tribe " + name, site.page(pages.get(name)).selectFirst("h1").text());
            linked++;
        }
        assertEquals(14, linked);
    }

    @Test
    void each_team_page_links_its_tribe_text_to_the_tribe_page() {
        for (JsonNode team : export.get("teams")) {
            String path = "teams/" + team.get("id").asText() + ".html";
            Element link = site.page(path).selectFirst(".lead a");

            assertEquals("Tribe " + team.get("tribe").asText(), link.text());
            assertEquals(pages.get(team.get("tribe").asText()), resolve(path, link.attr("href")));
        }
    }

    @Test
    void the_navigation_of_every_data_page_leads_to_the_tribes_index() {
        for (String path : List.of("index.html", "teams/payments.html", "model.html", "tribes/index.html",
                pages.get("Storefront"), "journal/index.html")) {
            Element link = site.page(path).selectFirst("nav[aria-label=Site] a:contains(Tribes)");

            assertNotNull(link, path);
            assertEquals("tribes/index.html", resolve(path, link.attr("href")), path);
        }
        assertEquals("page", site.page("tribes/index.html").selectFirst("nav a:contains(Tribes)").attr("aria-current"));
    }

    @Test
    void look_alike_tribe_names_get_pages_of_their_own_and_teams_without_a_tribe_are_listed(@TempDir Path temp)
            throws IOException {
        // minimal: Alpha in tribe "One", Beta in none; and five teams whose tribes a plain slug would merge.
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
        List<String> tribes = List.of("Data & Insights", "Data Insights", "data insights", "Zürich", "Zurich");
        for (int i = 0; i < tribes.size(); i++) {
            Files.writeString(source.resolve("scorecards/teams/look-" + i + ".yaml"), "name: Look " + i + "\ntribe: \""
                    + tribes.get(i) + "\"\nassessments:\n  - period: 2025-Q2\n    devops-buddy:\n      designated: "
                    + (i % 2 == 0) + "\n");
        }
        Files.writeString(source.resolve("scorecards/teams/loner.yaml"),
                "name: Loner\nassessments:\n  - period: 2025-Q1\n    devops-buddy:\n      designated: true\n");
        BuiltSite built = BuiltSite.build(source, temp.resolve("site"));

        Document index = built.page("tribes/index.html");
        Map<String, String> found = new HashMap<>();
        for (Element link : index.select("#tribes-table ~ tbody th a")) {
            found.put(link.text(), URI.create("tribes/index.html").resolve(link.attr("href")).getPath());
        }
        assertEquals(new TreeSet<>(List.of("One", "Data & Insights", "Data Insights", "data insights", "Zürich", "Zurich")),
                new TreeSet<>(found.keySet()));
        assertEquals(6, new TreeSet<>(found.values()).size(), found.toString());
        Set<String> folded = new TreeSet<>();
        found.values().forEach(path -> folded.add(path.toLowerCase(Locale.ROOT)));
        assertEquals(6, folded.size(), "apart on a case-insensitive disk too");
        for (int i = 0; i < tribes.size(); i++) {
            Document page = built.page(found.get(tribes.get(i)));
            assertEquals("Tribe " + tribes.get(i), page.selectFirst("h1").text());
            assertEquals(List.of("Look " + i), page.getElementById("teams-table").parent().select("tbody th").eachText());
            assertEquals(found.get(tribes.get(i)), URI.create("teams/look-" + i + ".html")
                    .resolve(built.page("teams/look-" + i + ".html").selectFirst(".lead a").attr("href")).getPath());
        }
        assertEquals(List.of("Beta", "Loner"), index.getElementById("without").parent().select("li").eachText());
        assertNull(built.page("teams/beta.html").selectFirst(".lead a"), "no tribe, no link");
        assertTrue(built.page("directory/names.html").select("tr:has(a[href=../teams/beta.html]) a.tribe").isEmpty());
        JsonNode exported = built.export().get("tribes");
        assertEquals(6, exported.size());
        // Loner's only assessment is in 2025-Q1: the "One" tribe (Alpha) has both periods, Loner is in no roll-up.
        for (JsonNode tribe : exported) {
            assertNotEquals("loner", tribe.get("teams").get(0).asText());
        }
    }

    @Test
    void an_organisation_without_tribes_has_an_index_that_says_so(@TempDir Path temp) throws IOException {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
        Path alpha = source.resolve("scorecards/teams/alpha.yaml");
        Files.writeString(alpha, Files.readString(alpha).replace("tribe: One\n", ""));
        BuiltSite built = BuiltSite.build(source, temp.resolve("site"));

        Document index = built.page("tribes/index.html");
        assertNull(index.getElementById("tribes-table"));
        assertTrue(index.selectFirst("main").text().contains("No scorecard names a tribe."), index.text());
        assertEquals(List.of("Alpha", "Beta"), index.getElementById("without").parent().select("li").eachText());
        assertEquals(List.of("tribes/index.html"), built.htmlPages().stream().filter(p -> p.startsWith("tribes/")).toList());
    }

    /** A share as the pages show it: 0.6667 → "66.7%". */
    private static String percent(JsonNode share) {
        BigDecimal value = share.decimalValue().multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return (value.scale() < 0 ? value.setScale(0) : value).toPlainString() + "%";
    }

    /** A figure as the pages show it, grouped; null → "no data". */
    private static String figure(JsonNode number) {
        return number.isNull() ? "no data" : new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH))
                .format(number.decimalValue());
    }
}
