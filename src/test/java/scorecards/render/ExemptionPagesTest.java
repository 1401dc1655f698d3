package scorecards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import scorecards.testing.ExampleSite;
import scorecards.testing.Fixtures;

/**
 * Exempt checks on the built site of the {@code exemptions} fixture (current period 2026-Q3):
 * shown where the checks are, marked exempt (never a tick), with reason, justification, approver
 * and until; never a next step; expired ones listed as expired; counted on the overview.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ExampleSite.class)
class ExemptionPagesTest {

    private BuiltSite site;
    private BuiltSite example;

    @BeforeAll
    void build(@TempDir Path temp, @ExampleSite.Built Path builtExample) {
        site = BuiltSite.build(Fixtures.resource("exemptions"), temp.resolve("site"));
        example = new BuiltSite(builtExample);
    }

    /**
     * The cell of the checks table for a metric at a level, on a team page: the checks table has a
     * row per metric (what was found, then a column per level) and a cell per check.
     */
    private static Element checkCell(Document page, String metricId, String level) {
        for (Element table : page.select("table.checks")) {
            Element row = table.selectFirst("tr[data-metric=" + metricId + "]");
            int column = table.select("thead tr").get(1).select("th .level").eachText().indexOf(level);
            if (row != null && column >= 0 && !row.select("td").get(1 + column).text().isEmpty()) {
                return row.select("td").get(1 + column);
            }
        }
        throw new AssertionError("no check of " + metricId + " at " + level);
    }

    /** What a check's cell says of its result: the cell's text after what is wanted. */
    private static String result(Element cell) {
        return cell.text().substring(cell.textNodes().get(0).text().strip().length()).strip();
    }

    /** What was found of the metric of a check's cell: the first cell of its row. */
    private static String found(Element cell) {
        return cell.parent().select("td").get(0).text();
    }

    @Test
    void an_exempt_check_is_marked_exempt_with_reason_until_approver_and_justification() {
        Element cell = checkCell(site.page("teams/alpha.html"), "backup", "High");

        assertTrue(cell.hasClass("exempt"));
        assertEquals("⊘ exempt", cell.selectFirst(".exempt-mark").text());
        assertEquals("Not applicable", cell.selectFirst(".reason").text());
        assertEquals("2026-Q4", cell.selectFirst(".until").text());
        assertEquals("Aiyana Brandt", cell.selectFirst(".approver").text());
        assertEquals("Two people share one rota; a backup would be the same person.",
                cell.selectFirst(".justification").text());
        assertTrue(cell.select(".pass, .fail").isEmpty(), cell.outerHtml());
        assertFalse(result(cell).contains("✔") || result(cell).contains("passed"), result(cell));
        assertEquals("no", found(cell), "what was found is still shown");
    }

    @Test
    void a_check_whose_exemption_has_expired_counts_again() {
        Element cell = checkCell(site.page("teams/alpha.html"), "workarounds", "High");

        assertFalse(cell.hasClass("exempt"));
        assertEquals("✘ failed", result(cell));
    }

    @Test
    void an_exempt_check_is_never_a_next_step() {
        // Alpha stands at mid overall; high takes backup (exempt), self-service-share (passes) and
        // workarounds <= 0 (1: fails). Bravo at mid: designated is exempt at mid; high takes backup
        // and self-service-share, both without data.
        List<String> alpha = site.page("teams/alpha.html").select("ul.steps li").eachText();
        List<String> bravo = site.page("teams/bravo.html").select("ul.steps li").eachText();

        assertEquals(List.of("Workarounds for platform defects: wanted at most 0, found 1"), alpha);
        assertEquals(List.of("DevOps buddy has a backup: wanted yes, found no data",
                "Infrastructure changes shipped without a ticket: wanted at least 50%, found no data"), bravo);
    }

    @Test
    void the_dimension_summary_counts_exempt_checks_apart_and_stays_open() {
        Document alpha = site.page("teams/alpha.html");
        Elements rows = alpha.select("section:has(#dimensions) > .scroll tbody tr");

        assertEquals("100.0% (1 exempt)", rows.get(0).select("td").last().text());
        assertEquals("50.0%", rows.get(1).select("td").last().text());
        Element details = alpha.select("details").get(0);
        assertTrue(details.hasAttr("open"), "a dimension at 100% with an exempt check stays open");
        assertEquals("DevOps buddy: High (100.0% of checks pass; 1 exempt, not counted)",
                details.selectFirst("summary").text());
    }

    @Test
    void the_team_page_lists_every_exemption_with_its_status_expired_ones_included() {
        Elements rows = site.page("teams/alpha.html").select("table.exemptions tbody tr");

        assertEquals(2, rows.size());
        assertEquals("DevOps buddy: DevOps buddy has a backup, at High", rows.get(0).selectFirst("th").text());
        assertEquals("not applicable", rows.get(0).selectFirst(".reason").text());
        assertEquals("Aiyana Brandt", rows.get(0).selectFirst(".approver").text());
        assertEquals("2026-Q2 to 2026-Q4", rows.get(0).selectFirst(".periods").text());
        assertEquals("applies until 2026-Q4", rows.get(0).selectFirst(".status").text());
        assertTrue(rows.get(1).hasClass("exemption-expired"));
        assertEquals("Quality: Workarounds for platform defects, at every level", rows.get(1).selectFirst("th").text());
        assertEquals("accepted risk", rows.get(1).selectFirst(".reason").text());
        assertEquals("Sam Lee", rows.get(1).selectFirst(".approver").text());
        assertEquals("until 2026-Q2", rows.get(1).selectFirst(".periods").text());
        assertEquals("expired after 2026-Q2", rows.get(1).selectFirst(".status").text());
        assertEquals("The scanner workaround stays until the network moves.",
                rows.get(1).selectFirst(".justification").text());
    }

    @Test
    void an_exemption_that_starts_later_is_listed_and_excuses_nothing_yet() {
        Document delta = site.page("teams/delta.html");

        assertEquals("applies from 2026-Q4 to 2027-Q1", delta.selectFirst("table.exemptions .status").text());
        assertTrue(delta.select("table.checks td.exempt").isEmpty());
        assertEquals("✘ failed", result(checkCell(delta, "incidents", "Mid")));
    }

    @Test
    void a_team_without_exemptions_has_no_exemptions_section() {
        Document charlie = site.page("teams/charlie.html");

        assertNull(charlie.getElementById("exemptions"));
        assertTrue(charlie.select(".exempt-mark, .exempt-count").isEmpty());
    }

    @Test
    void the_overview_counts_the_exempt_checks_of_the_current_period_and_links_to_the_teams() {
        Document overview = site.page("index.html");
        Element card = overview.select(".card").stream()
                .filter(c -> c.selectFirst(".card-label").text().equals("Exempt checks")).findFirst().orElseThrow();

        assertEquals("2", card.selectFirst(".card-value").text());
        assertEquals("±0", card.selectFirst(".card-change").text());
        assertEquals("in 2 teams", card.selectFirst(".card-detail a[href=#exemptions]").text());
        Element section = overview.getElementById("exemptions").parent();
        assertEquals(List.of("Alpha: 1 check exempt", "Bravo: 1 check exempt"), section.select("li").eachText());
        assertEquals(List.of("teams/alpha.html#exemptions", "teams/bravo.html#exemptions"),
                section.select("li a").eachAttr("href"));
        assertTrue(section.text().contains("1 exemption has expired"), section.text());
    }

    @Test
    void the_dimension_page_shows_each_team_s_exempt_checks_beside_its_progress() {
        Elements rows = site.page("dimensions/devops-buddy.html").select("section:has(#teams) tbody tr");

        assertEquals("Alpha", rows.get(0).selectFirst("th").text());
        assertEquals("100.0% (1 exempt)", rows.get(0).select("td").last().text());
        assertEquals("../teams/alpha.html#exemptions", rows.get(0).selectFirst("a.exempt-count").attr("href"));
        assertEquals("100.0%", rows.get(2).select("td").last().text(), "Charlie");
    }

    @Test
    void a_site_without_exemptions_shows_none_of_it() {
        BuiltSite plain = BuiltSite.build(Fixtures.resource("minimal"), site.root().resolveSibling("minimal"));

        assertNull(plain.page("index.html").getElementById("exemptions"));
        assertTrue(plain.page("index.html").select(".card-label").eachText().stream()
                .noneMatch(label -> label.contains("Exempt")));
        assertNull(plain.page("teams/alpha.html").getElementById("exemptions"));
    }

    @Test
    void the_example_organisation_counts_on_its_overview_what_its_export_counts() {
        JsonNode rollup = example.currentRollup();
        int exempt = 0;
        int teams = 0;
        String current = example.export().get("organisation").get("current-period").asText();
        for (JsonNode team : example.export().get("teams")) {
            for (JsonNode assessment : team.get("assessments")) {
                if (assessment.get("period").asText().equals(current)) {
                    int checks = 0;
                    for (JsonNode dimension : assessment.get("dimensions")) {
                        checks += dimension.get("exempt").intValue();
                    }
                    exempt += checks;
                    teams += checks > 0 ? 1 : 0;
                }
            }
        }
        Element card = example.page("index.html").select(".card").stream()
                .filter(c -> c.selectFirst(".card-label").text().equals("Exempt checks")).findFirst().orElseThrow();

        assertTrue(exempt > 0, "the example has exempt checks now");
        assertEquals(rollup.get("exempt-checks").intValue(), exempt);
        assertEquals(Integer.toString(exempt), card.selectFirst(".card-value").text());
        assertEquals("in " + teams + " teams", card.selectFirst(".card-detail").text());
        assertNotNull(example.page("teams/warehouse-ops.html").selectFirst("table.exemptions .exemption-status.expired"));
    }
}
