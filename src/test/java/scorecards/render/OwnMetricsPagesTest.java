package scorecards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import scorecards.cli.CliRun;
import scorecards.testing.Fixtures;

/**
 * The pages of format 1.2 on the {@code own-metrics-site} fixture: a dimension of the model's own and
 * own metrics of every type and roll-up (one in a built-in dimension), facts from two sources, three
 * flagged assessments of the current period and hostile text in every field a person writes. Every
 * figure is read back with jsoup and compared with the export, and with what was worked out by hand
 * from the fixture's files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnMetricsPagesTest {

    private static final String UNIT = "per <b onmouseover=alert('unit')>week</b>";
    private static final String DEPLOYS = "Deploys <img src=x onerror=alert('metric')>";
    private static final String INCIDENTS = "Incident process <script>alert('choice-metric')</script>";
    private static final String DELIVERY = "Delivery <svg onload=alert('dimension')>";
    private static final String PAYMENTS = "Payments <script>alert('team')</script>";
    private static final String CHECKOUT = "<i>Checkout</i> & Co";

    private BuiltSite site;
    private JsonNode export;

    @BeforeAll
    void build(@TempDir Path temp) {
        site = BuiltSite.build(Fixtures.resource("own-metrics-site"), temp.resolve("site"));
        export = site.export();
    }

    // ---- helpers ----

    /** The rows of the table whose caption has this id, cells (empty ones too) joined by " | ", as the page lists them. */
    private static List<String> rows(Document page, String captionId) {
        Element caption = page.getElementById(captionId);
        assertNotNull(caption, "table " + captionId);
        List<String> rows = new ArrayList<>();
        for (Element row : caption.parent().select("tbody tr")) {
            rows.add(String.join(" | ", row.select("th, td").stream().map(Element::text).toList()));
        }
        return rows;
    }

    private static String header(Document page, String captionId) {
        return String.join(" | ", page.getElementById(captionId).parent().select("thead th").eachText());
    }

    private List<JsonNode> newestFirst(JsonNode rollups) {
        List<JsonNode> list = new ArrayList<>();
        rollups.forEach(rollup -> list.add(0, rollup));
        return list;
    }

    private JsonNode team(String id) {
        for (JsonNode team : export.get("teams")) {
            if (team.get("id").asText().equals(id)) {
                return team;
            }
        }
        throw new AssertionError(id);
    }

    private JsonNode tribe(String name) {
        for (JsonNode tribe : export.get("tribes")) {
            if (tribe.get("name").asText().equals(name)) {
                return tribe;
            }
        }
        throw new AssertionError(name);
    }

    private String current() {
        return export.get("organisation").get("current-period").asText();
    }

    /** A roll-up figure of the export as pages write it: "8.3 per week", "40%", "no data". */
    private static String figure(JsonNode value, String unit, boolean share) {
        if (value.isNull()) {
            return "no data";
        }
        if (share) {
            return BuiltSite.percent(value);
        }
        BigDecimal number = value.decimalValue().stripTrailingZeros();
        String text = (number.scale() < 0 ? number.setScale(0) : number).toPlainString();
        return unit == null ? text : text + " " + unit;
    }

    /** The rows a metric's table should have, newest first: period | figure | teams with a value | teams assessed. */
    private List<String> expectedFigures(JsonNode rollups, String metric, String unit, boolean share,
            Map<String, Integer> given) {
        List<String> rows = new ArrayList<>();
        for (JsonNode rollup : newestFirst(rollups)) {
            String period = rollup.get("period").asText();
            rows.add(String.join(" | ", period, figure(rollup.get("metrics").get(metric), unit, share),
                    String.valueOf(given.getOrDefault(period, 0)), rollup.get("teams-assessed").asText()));
        }
        return rows;
    }

    /** How many assessments of these teams give a value of the metric, per period, from the export. */
    private Map<String, Integer> given(String metric, List<String> teamIds) {
        Map<String, Integer> given = new TreeMap<>();
        for (String id : teamIds) {
            for (JsonNode assessment : team(id).get("assessments")) {
                if (!assessment.get("metrics").get(metric).isNull()) {
                    given.merge(assessment.get("period").asText(), 1, Integer::sum);
                }
            }
        }
        return given;
    }

    private List<String> allTeams() {
        List<String> ids = new ArrayList<>();
        export.get("teams").forEach(team -> ids.add(team.get("id").asText()));
        return ids;
    }

    private static Element card(Document page, String label) {
        return page.select(".card").stream().filter(card -> card.selectFirst(".card-label").text().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no card " + label));
    }

    // ---- dimension pages ----

    @Test
    void a_dimension_of_the_model_s_own_has_a_page_like_a_built_in_one() {
        Document page = site.page("dimensions/delivery.html");

        assertEquals(DELIVERY, page.selectFirst("h1").text());
        assertEquals(List.of("Ticket-driven", "Embedded", "Self-service <u onclick=alert('level')>",
                "Platform as a product"), page.select("dl.levels dt").eachText());
        assertEquals(List.of(DEPLOYS + ": at least 1 " + UNIT), page.select("dl.levels dd").get(1).select("li").eachText());
        // Teams per level over time, from each team's delivery level in the export.
        List<String> expected = new ArrayList<>();
        for (JsonNode rollup : newestFirst(export.get("rollups"))) {
            String period = rollup.get("period").asText();
            int[] counts = new int[4];
            List<String> levels = List.of("ticket-driven", "embedded", "self-service", "product");
            for (JsonNode team : export.get("teams")) {
                for (JsonNode assessment : team.get("assessments")) {
                    if (assessment.get("period").asText().equals(period)) {
                        counts[levels.indexOf(assessment.get("dimensions").get("delivery").get("level").asText())]++;
                    }
                }
            }
            expected.add(period + " | " + counts[0] + " | " + counts[1] + " | " + counts[2] + " | " + counts[3]);
        }
        assertEquals(expected, rows(page, "distribution-table"));
        // By hand: in 2026-Q3 Billing and Inventory are embedded (Inventory measured only: 3.5 a week),
        // Ledger and Payments self-service, Search a platform product.
        assertEquals("2026-Q3 | 0 | 2 | 2 | 1", expected.get(0));
        // Every team's latest level in it, by name.
        List<String> teams = rows(page, "teams-table").stream().map(row -> row.substring(0, row.indexOf(" | 2026")))
                .toList();
        assertEquals(List.of("Billing", "Inventory", "Ledger", PAYMENTS, "Search"), teams);
    }

    @Test
    void each_own_metric_of_a_dimension_rolls_up_over_time_in_a_chart_with_its_table_beside_it() {
        Document page = site.page("dimensions/delivery.html");
        JsonNode rollups = export.get("rollups");

        assertEquals(List.of(DEPLOYS, "Lead time", INCIDENTS, "Releases", "Flaky tests", "Error budget left"),
                page.select("section:has(#own-metrics) h3").eachText(), "in the model's order");
        List<String> deploys = rows(page, "metric-deploys-per-week-table");
        assertEquals(expectedFigures(rollups, "deploys-per-week", UNIT, false, given("deploys-per-week", allTeams())),
                deploys);
        // By hand: the median of 1, 3.5, 8.3 (measured, not the self-reported 7.8), 9 (measured) and 11.6.
        assertEquals(List.of("2026-Q3 | 8.3 " + UNIT + " | 5 | 5", "2026-Q2 | 2 " + UNIT + " | 3 | 3",
                "2026-Q1 | 1 " + UNIT + " | 1 | 1"), deploys);
        // A mean of no values is no data, never zero.
        assertEquals(List.of("2026-Q3 | 42.33 hours | 3 | 5", "2026-Q2 | no data | 0 | 3", "2026-Q1 | no data | 0 | 1"),
                rows(page, "metric-lead-time-hours-table"));
        assertEquals(expectedFigures(rollups, "lead-time-hours", "hours", false, given("lead-time-hours", allTeams())),
                rows(page, "metric-lead-time-hours-table"));
        assertEquals(List.of("2026-Q3 | 51 | 4 | 5", "2026-Q2 | 3 | 1 | 3", "2026-Q1 | no data | 0 | 1"),
                rows(page, "metric-releases-table"), "a count sums; 4 and 5 were measured");
        assertEquals(expectedFigures(rollups, "error-budget", "points", false, given("error-budget", allTeams())),
                rows(page, "metric-error-budget-table"));
        assertTrue(page.selectFirst("#metric-lead-time-hours ~ p.how").text().contains("lower is better"));
        for (String metric : List.of("deploys-per-week", "lead-time-hours", "incident-process", "releases",
                "error-budget")) {
            Element figure = page.getElementById("metric-" + metric + "-table").closest("figure");
            Element chart = figure.selectFirst("svg.chart");
            assertNotNull(chart, metric + " has a chart");
            assertTrue(chart.selectFirst("title").text().endsWith("2026-Q1 to 2026-Q3"), chart.selectFirst("title").text());
        }
        assertTrue(page.selectFirst("#chart-metric-deploys-per-week-title").text().startsWith(DEPLOYS + ": median"));
    }

    @Test
    void a_choice_metric_shows_how_many_teams_give_each_choice_zeros_included() {
        Document page = site.page("dimensions/delivery.html");

        assertEquals("Period | none | ad-hoc | documented | practised | No data | Teams assessed",
                header(page, "metric-incident-process-table"));
        List<String> expected = new ArrayList<>();
        for (JsonNode rollup : newestFirst(export.get("rollups"))) {
            JsonNode counts = rollup.get("metrics").get("incident-process");
            int sum = 0;
            List<String> cells = new ArrayList<>(List.of(rollup.get("period").asText()));
            for (String choice : List.of("none", "ad-hoc", "documented", "practised")) {
                cells.add(counts.get(choice).asText());
                sum += counts.get(choice).asInt();
            }
            cells.add(String.valueOf(rollup.get("teams-assessed").asInt() - sum));
            cells.add(rollup.get("teams-assessed").asText());
            expected.add(String.join(" | ", cells));
        }
        assertEquals(expected, rows(page, "metric-incident-process-table"));
        // By hand: Payments documented (measured; it said practised), Ledger documented, Search practised,
        // Billing ad-hoc, Inventory none given.
        assertEquals("2026-Q3 | 0 | 1 | 2 | 1 | 1 | 5", expected.get(0));
        Element chart = page.getElementById("metric-incident-process-table").closest("figure");
        assertEquals(List.of("none", "ad-hoc", "documented", "practised"), chart.select(".chart-legend li").eachText());
        assertTrue(site.root().resolve("css/levels.css").toFile().exists());
        String css = read("css/levels.css");
        assertTrue(css.contains(".chart-legend .choice-4-0 {") && css.contains(".chart-legend .choice-4-3 {"), css);
    }

    @Test
    void a_metric_that_does_not_roll_up_says_so_and_has_no_figures() {
        Document page = site.page("dimensions/delivery.html");

        assertNull(page.getElementById("metric-flaky-tests-table"));
        assertTrue(page.selectFirst("#metric-flaky-tests ~ p.how").text().startsWith("Not rolled up"));
    }

    @Test
    void figures_below_zero_get_an_axis_below_zero_and_every_point_inside_the_chart() {
        Element chart = site.page("dimensions/delivery.html").getElementById("metric-error-budget-table")
                .closest("figure").selectFirst("svg.chart");
        // By hand: means of -20 (2026-Q2) and (10 - 40 - 5) / 3 = -11.67 (2026-Q3): an axis from -20 to 20.
        List<String> axis = chart.select(".axis-label text").eachText().subList(0, 5);
        assertEquals(List.of("-20", "-10", "0", "10", "20"), axis);
        for (Element point : chart.select("circle")) {
            double y = Double.parseDouble(point.attr("cy"));
            assertTrue(y >= 12 && y <= 212, point.outerHtml());
        }
        assertEquals(2, chart.select("circle").size(), "no point for the period without data");
    }

    @Test
    void a_built_in_dimension_shows_the_roll_up_of_the_own_metric_the_model_adds_to_it() {
        Document page = site.page("dimensions/devops-buddy.html");

        assertEquals(List.of("Runbooks for every alert"), page.select("section:has(#own-metrics) h3").eachText());
        List<String> rows = rows(page, "metric-on-call-runbooks-table");
        assertEquals(expectedFigures(export.get("rollups"), "on-call-runbooks", null, true,
                given("on-call-runbooks", allTeams())), rows);
        // By hand: Payments and Search say true, Ledger and Billing false, Inventory nothing: 2 of 5.
        assertEquals("2026-Q3 | 40% | 4 | 5", rows.get(0));
        assertTrue(page.selectFirst("#metric-on-call-runbooks ~ p.how").text().contains("counts as not having it"));
    }

    // ---- overview ----

    @Test
    void own_headline_metrics_are_among_the_overview_s_headline_figures_with_their_change() {
        Document overview = site.page("index.html");
        JsonNode now = site.currentRollup().get("metrics");
        JsonNode before = export.get("rollups").get(export.get("rollups").size() - 2).get("metrics");

        List<String> labels = overview.select(".card-label").eachText();
        assertEquals(List.of("DevOps-buddy coverage", "CSAT (1–5)", "NPS", "Incidents caused by the platform",
                "Hours saved", DEPLOYS, "Lead time", INCIDENTS, "Runbooks for every alert", "Flagged for a second look"),
                labels);
        Element deploys = card(overview, DEPLOYS);
        assertEquals(figure(now.get("deploys-per-week"), UNIT, false), deploys.selectFirst(".card-value").text());
        BigDecimal change = now.get("deploys-per-week").decimalValue().subtract(before.get("deploys-per-week").decimalValue());
        assertEquals("+" + change.toPlainString() + " " + UNIT, deploys.selectFirst(".card-change").text());
        assertEquals("+6.3 " + UNIT, deploys.selectFirst(".card-change").text(), "8.3 against 2");
        Element lead = card(overview, "Lead time");
        assertEquals("42.33 hours", lead.selectFirst(".card-value").text());
        assertNull(lead.selectFirst(".card-change"), "no change against a period without data");
        assertTrue(lead.selectFirst(".card-detail").text().endsWith("lower is better"));
        Element runbooks = card(overview, "Runbooks for every alert");
        assertEquals(BuiltSite.percent(now.get("on-call-runbooks")), runbooks.selectFirst(".card-value").text());
        assertEquals("+40 pts", runbooks.selectFirst(".card-change").text());
        Element incidents = card(overview, INCIDENTS);
        assertEquals("documented", incidents.selectFirst(".card-value").text(), "the choice most teams give");
        assertEquals("teams per choice: none 0, ad-hoc 1, documented 2, practised 1",
                incidents.selectFirst(".card-detail").text());
    }

    @Test
    void the_overview_counts_the_flagged_assessments_and_leads_to_their_page() {
        Document overview = site.page("index.html");
        JsonNode rollup = site.currentRollup();
        List<String> flagged = new ArrayList<>();
        for (JsonNode team : export.get("teams")) {
            for (JsonNode assessment : team.get("assessments")) {
                if (assessment.get("period").asText().equals(current()) && !assessment.get("review").isEmpty()) {
                    flagged.add(team.get("name").asText());
                }
            }
        }
        flagged.sort(String::compareTo);

        Element card = card(overview, "Flagged for a second look");
        assertEquals(String.valueOf(flagged.size()), card.selectFirst(".card-value").text());
        assertEquals("3", card.selectFirst(".card-value").text(), "Billing, Payments and Search");
        assertEquals("+3", card.selectFirst(".card-change").text(), "none in 2026-Q2");
        assertEquals(rollup.get("disagreements").asText() + " disagree with a measurement, "
                + rollup.get("level-jumps").asText() + " jumped levels", card.selectFirst(".card-detail").text());
        assertEquals("#second-look", card.selectFirst("a").attr("href"));
        Element section = overview.getElementById("second-look").parent();
        assertEquals(flagged, section.select("li > a").eachText());
        assertEquals("Search: self-report disagrees with a measurement of Lead time; jumped 3 levels",
                section.select("li").get(2).text());
        Element all = section.selectFirst("a[href=directory/second-look.html]");
        assertEquals("Every flagged assessment of 2026-Q3, each reason in full (3)", all.text());
    }

    // ---- the second look ----

    @Test
    void the_second_look_page_lists_every_flagged_assessment_of_the_period_with_each_reason_in_full() {
        Document page = site.page("directory/second-look.html");
        List<Element> entries = page.select("ul.flagged > li");

        assertEquals(List.of("Billing", PAYMENTS, "Search"), entries.stream().map(e -> e.selectFirst("a.team").text()).toList());
        assertEquals("../teams/billing.html", entries.get(0).selectFirst("a.team").attr("href"));
        // Billing: two measured values disagree with its file.
        JsonNode billing = team("billing").get("assessments").get(1).get("measured");
        List<Element> reasons = entries.get(0).select("li.reason");
        assertEquals(List.of("deploys-per-week", "releases"), reasons.stream().map(r -> r.attr("data-metric")).toList());
        Element deploys = reasons.get(0);
        assertEquals(DEPLOYS, deploys.selectFirst(".metric").text());
        assertEquals(billing.get("deploys-per-week").get("self-reported").asText() + " " + UNIT,
                deploys.selectFirst(".self-reported").text());
        assertEquals("9 " + UNIT, deploys.selectFirst(".measured").text());
        assertEquals("ci-stats", deploys.selectFirst(".source").text());
        assertEquals("2026-09-28", deploys.selectFirst("time.observed-at").attr("datetime"));
        assertEquals(billing.get("deploys-per-week").get("evidence").asText(), deploys.selectFirst("a.evidence").attr("href"));
        assertEquals("Self-report disagrees with a measurement of Releases (" + DELIVERY + "): self-reported 2, measured 5"
                + " by ci-stats on 2026-09-28", reasons.get(1).text(), "no evidence given, none shown");
        assertNull(reasons.get(1).selectFirst(".evidence"));
        // Payments: a choice, from a source that gives no date.
        assertEquals("Self-report disagrees with a measurement of " + INCIDENTS + " (" + DELIVERY + "): self-reported"
                + " practised, measured documented by incident-tool", entries.get(1).selectFirst("li.reason").text());
        // Search: both reasons, the jump with the levels before and after.
        List<Element> search = entries.get(2).select("li.reason");
        assertEquals("Self-report disagrees with a measurement of Lead time (" + DELIVERY + "): self-reported 20 hours,"
                + " measured 26 hours by ci-stats on 2026-09-29", search.get(0).text());
        Element jump = search.get(1);
        assertEquals("level-jump", jump.className().replace("reason ", ""));
        assertEquals("Ticket-driven", jump.selectFirst(".from").text());
        assertEquals("2026-Q2", jump.selectFirst(".period").text());
        assertEquals(team("search").get("assessments").get(1).get("level").asText(), "product");
        assertEquals("Platform as a product", jump.selectFirst(".to").text());
        assertTrue(jump.text().contains("3 levels at once (a second look is asked from 2)"), jump.text());
        assertEquals("../index.html#second-look", page.selectFirst(".lead a").attr("href"));
    }

    @Test
    void a_team_page_shows_its_own_flags_and_a_team_without_any_shows_none() {
        Document payments = site.page("teams/payments.html");
        Element section = payments.getElementById("second-look").parent();

        assertEquals(1, section.select("li.reason").size());
        assertEquals("incident-process", section.selectFirst("li.reason").attr("data-metric"));
        assertEquals("../directory/second-look.html", section.selectFirst("p a").attr("href"));
        assertEquals(2, site.page("teams/search.html").select("#second-look ~ ul li.reason").size());
        for (String team : List.of("ledger", "inventory")) {
            assertNull(site.page("teams/" + team + ".html").getElementById("second-look"), team);
        }
    }

    @Test
    void a_measured_value_shows_its_source_date_and_evidence_on_the_team_page() {
        Document payments = site.page("teams/payments.html");
        Element deploys = payments.getElementById("metric-deploys-per-week");
        JsonNode measured = team("payments").get("assessments").get(1).get("measured").get("deploys-per-week");

        assertEquals("measured by ci-stats on 2026-09-30 (evidence)", deploys.select("td").get(2).text());
        assertEquals(measured.get("evidence").asText(), deploys.selectFirst("a.evidence").attr("href"),
                "the address as written, & included");
        assertEquals("measured by ci-stats", site.page("teams/inventory.html").getElementById("metric-releases")
                .select("td").get(2).text(), "neither date nor evidence given");
    }

    @Test
    void an_evidence_address_that_is_not_http_or_https_is_refused_at_its_cell_and_nothing_is_built(@TempDir Path temp)
            throws IOException {
        Path source = Fixtures.copy(Fixtures.resource("own-metrics-site"), temp.resolve("source"));
        Files.writeString(source.resolve("scorecards/facts/ci-stats.csv"),
                "ledger,2026-Q3,releases,1,2026-09-30,javascript:alert('evidence'),816\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        CliRun run = CliRun.of("build", "--source", source.toString(), "--output", temp.resolve("site").toString());

        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue((run.out() + run.err()).contains("scorecards/facts/ci-stats.csv:9:38: 'evidence' must be an http or"
                + " https address"), run.out() + run.err());
        assertFalse(Files.exists(temp.resolve("site")));
    }

    // ---- advice ----

    @Test
    void a_check_s_advice_is_shown_cleaned_under_the_next_step_it_helps_with() {
        Document ledger = site.page("teams/ledger.html");
        List<Element> steps = ledger.select("ul.steps > li");

        assertEquals(1, steps.size(), "to reach self-service: the runbooks");
        Element advice = steps.get(0).selectFirst(".advice");
        assertEquals("Write a runbook for every alert ; start from the template, not this.", advice.text());
        assertEquals(List.of("https://docs.example.org/runbook"), advice.select("a[href]").eachAttr("href"));
        assertTrue(advice.select("script").isEmpty());
        assertEquals(List.of("Incident process <script>alert('choice-metric')</script>: wanted at least documented,"
                        + " found ad-hoc Write it down; a template helps."),
                site.page("teams/billing.html").select("ul.steps > li:has(.advice)").eachText().subList(1, 2));
        assertNull(site.page("teams/search.html").selectFirst(".advice"), "no next step at the highest level");
    }

    @Test
    void a_check_s_advice_is_shown_beside_what_a_team_lacks_for_a_campaign() {
        Document campaign = site.page("campaigns/self-service.html");
        Element billing = campaign.select("ul.standings > li").stream()
                .filter(li -> li.selectFirst("a").text().equals("Billing")).findFirst().orElseThrow();
        List<Element> lacks = billing.select("ul > li");

        assertEquals(2, lacks.size());
        assertEquals("Write it down; a template helps.", lacks.get(1).selectFirst(".advice").text());
        assertEquals(List.of("https://docs.example.org/incidents"), lacks.get(1).select(".advice a[href]").eachAttr("href"));
        assertTrue(lacks.get(1).text().startsWith(DELIVERY + " (Self-service <u onclick=alert('level')>): " + INCIDENTS
                + " wanted at least documented, found ad-hoc"), lacks.get(1).text());
        // The team page lists the same under its campaigns.
        assertEquals(billing.select(".advice").eachText(),
                site.page("teams/billing.html").select("#campaigns ~ ul .advice").eachText());
    }

    // ---- tribes and the model ----

    @Test
    void a_tribe_page_shows_the_own_roll_ups_of_its_teams() {
        String href = site.page("tribes/index.html").select("#tribes-table ~ tbody th a").stream()
                .filter(a -> a.text().equals(CHECKOUT)).findFirst().orElseThrow().attr("href");
        Document page = site.page(URI.create("tribes/index.html").resolve(href).getPath());
        JsonNode tribe = tribe(CHECKOUT);
        List<String> teams = new ArrayList<>();
        tribe.get("teams").forEach(id -> teams.add(id.asText()));

        List<String> deploys = rows(page, "metric-deploys-per-week-table");
        assertEquals(expectedFigures(tribe.get("rollups"), "deploys-per-week", UNIT, false,
                given("deploys-per-week", teams)), deploys);
        // By hand: the median of an even count, 8.3 and 11.6, both measured.
        assertEquals("2026-Q3 | 9.95 " + UNIT + " | 2 | 2", deploys.get(0));
        assertEquals("2026-Q2 | 1.25 " + UNIT + " | 2 | 2", deploys.get(1));
        assertEquals(expectedFigures(tribe.get("rollups"), "on-call-runbooks", null, true,
                given("on-call-runbooks", teams)), rows(page, "metric-on-call-runbooks-table"));
        assertEquals("2026-Q3 | 0 | 0 | 1 | 1 | 0 | 2", rows(page, "metric-incident-process-table").get(0));
        assertTrue(page.select(".card-label").eachText().contains(DEPLOYS), "its own headline figures too");
        assertEquals("9.95 " + UNIT, card(page, DEPLOYS).selectFirst(".card-value").text());
    }

    @Test
    void the_model_page_describes_every_own_metric() {
        List<String> rows = rows(site.page("model.html"), "own-metrics-table");

        assertEquals(7, rows.size());
        assertEquals(DEPLOYS + " deploys-per-week | " + DELIVERY + " | number | a number from 0 to 500 | " + UNIT
                + " | higher | median: median of the values the teams assessed give; a headline figure of the overview"
                + " | 0.5 | Counted by CI see.", rows.get(0));
        assertEquals("Lead time lead-time-hours | " + DELIVERY + " | number | a number of at least 0 | hours | lower"
                + " | mean: mean of the values the teams assessed give; a headline figure of the overview | 0 | ",
                rows.get(1));
        assertEquals(INCIDENTS + " incident-process | " + DELIVERY + " | choice | one of: none, ad-hoc, documented,"
                + " practised |  |  | distribution: how many of the teams assessed give each choice; a headline figure of"
                + " the overview |  | From none to practised.", rows.get(2));
        assertTrue(rows.get(4).startsWith("Flaky tests flaky-tests | " + DELIVERY + " | count | a whole number of at"
                + " least 0 |  | lower | none: not rolled up"), rows.get(4));
        assertTrue(rows.get(6).startsWith("Runbooks for every alert on-call-runbooks | DevOps buddy | boolean | true or"
                + " false |  |  | share: "), rows.get(6));
        assertFalse(rows(site.page("model.html"), "metrics-table").stream().anyMatch(row -> row.contains("deploys")),
                "the built-in metrics' table lists the built-in ones");
    }

    @Test
    void every_page_is_reachable_from_the_overview_and_every_link_resolves() {
        assertEquals(new java.util.TreeSet<>(site.htmlPages()), site.reachable());
        assertEquals(List.of(), site.brokenLinks());
        assertTrue(site.htmlPages().contains("directory/second-look.html"));
    }

    // ---- hostile text ----

    @Test
    void hostile_text_in_every_new_field_is_shown_as_text_and_nothing_of_it_runs() {
        assertEquals(List.of(), InertPages.activeContent(site));
        assertEquals(PAYMENTS, site.page("teams/payments.html").selectFirst("h1").text());
        assertEquals(DEPLOYS, site.page("dimensions/delivery.html").selectFirst("#metric-deploys-per-week").text());
        assertTrue(site.page("index.html").select(".card-value").eachText().contains("8.3 " + UNIT));
        String description = site.page("dimensions/delivery.html").selectFirst("#metric-deploys-per-week + .description")
                .html();
        assertFalse(description.contains("iframe") || description.contains("javascript"), description);
        for (String path : site.htmlPages()) {
            for (Element link : site.page(path).select("a[href]")) {
                String href = link.attr("href").toLowerCase(java.util.Locale.ROOT);
                assertFalse(href.contains("javascript") || href.startsWith("data:"), path + ": " + link.outerHtml());
            }
        }
    }

    // ---- what a repository without any of this sees ----

    @Test
    void a_repository_that_measures_nothing_and_never_jumps_shows_no_second_look(@TempDir Path temp) {
        // A model of format 1.0 whose teams never jump two levels: its pages are as format 1.1 wrote them.
        BuiltSite plain = BuiltSite.build(Fixtures.resource("compatibility/custom-model"), temp.resolve("site"));

        assertFalse(plain.htmlPages().contains("directory/second-look.html"));
        assertNull(plain.page("index.html").getElementById("second-look"));
        assertFalse(plain.page("index.html").select(".card-label").eachText().contains("Flagged for a second look"));
        assertNull(plain.page("model.html").getElementById("own-metrics"));
        assertFalse(plain.page("model.html").text().contains("second look"));
        for (String page : plain.htmlPages()) {
            if (page.startsWith("dimensions/") || page.startsWith("tribes/") || page.startsWith("teams/")) {
                assertNull(plain.page(page).getElementById("own-metrics"), page);
                assertNull(plain.page(page).getElementById("second-look"), page);
            }
        }
        assertFalse(read(plain, "css/levels.css").contains("choice-"));
    }

    // ---- a long list ----

    @Test
    void the_flagged_assessments_of_a_large_organisation_continue_in_parts_of_250(@TempDir Path temp) throws IOException {
        Path source = temp.resolve("source");
        Path scorecards = Files.createDirectories(source.resolve("scorecards/teams"));
        Files.writeString(source.resolve("scorecards/organisation.yaml"), """
                name: Many Teams
                platform:
                  products:
                    - id: ci
                      name: CI
                """);
        Files.writeString(source.resolve("scorecards/model.yaml"), """
                name: Deliveries
                levels:
                  - id: low
                    name: Low
                  - id: high
                    name: High
                dimensions:
                  - id: delivery
                    name: Delivery
                    levels:
                      high:
                        checks:
                          - metric: deploys
                            min: 1
                metrics:
                  - id: deploys
                    dimension: delivery
                    name: Deploys
                    type: count
                """);
        StringBuilder facts = new StringBuilder("team,period,metric,value\n");
        int teams = 260;
        for (int i = 1; i <= teams; i++) {
            String id = String.format("team-%03d", i);
            Files.writeString(scorecards.resolve(id + ".yaml"), "name: Team " + String.format("%03d", i)
                    + "\nassessments:\n  - period: 2026-Q3\n    delivery:\n      deploys: 1\n");
            facts.append(id).append(",2026-Q3,deploys,").append(i % 2 == 0 ? 5 : 1).append('\n');
        }
        Files.createDirectories(source.resolve("scorecards/facts"));
        Files.writeString(source.resolve("scorecards/facts/ci.csv"), facts.toString());

        BuiltSite large = BuiltSite.build(source, temp.resolve("site"));

        // Every even-numbered team measured 5 against its 1: 130 flagged, in one part.
        assertEquals(130, large.page("directory/second-look.html").select("ul.flagged > li").size());
        assertFalse(large.htmlPages().contains("directory/second-look.2.html"));

        Files.writeString(source.resolve("scorecards/facts/ci.csv"), facts.toString().replace(",5\n", ",1\n"));
        large = BuiltSite.build(source, temp.resolve("site-none"));
        assertFalse(large.htmlPages().contains("directory/second-look.html"), "no page for an empty list");
        assertEquals("No assessment of 2026-Q3 is flagged.",
                large.page("index.html").getElementById("second-look").parent().select("p").get(1).text());
        assertNull(large.page("index.html").selectFirst("a[href=directory/second-look.html]"));

        Files.writeString(source.resolve("scorecards/facts/ci.csv"), facts.toString().replace(",1\n", ",7\n"));
        large = BuiltSite.build(source, temp.resolve("site-all"));
        Document first = large.page("directory/second-look.html");
        Document second = large.page("directory/second-look.2.html");
        assertEquals(250, first.select("ul.flagged > li").size());
        assertEquals(10, second.select("ul.flagged > li").size());
        assertEquals("Team 251", second.selectFirst("ul.flagged > li a.team").text());
        assertEquals(List.of("../directory/second-look.html", "../directory/second-look.2.html"),
                first.select("nav.pager a").eachAttr("href"));
        assertEquals("../directory/second-look.2.html", first.selectFirst(".pager-next a").attr("href"));
        Element section = large.page("index.html").getElementById("second-look").parent();
        assertEquals(10, section.select("li").size(), "the overview begins the list");
        assertEquals("Every flagged assessment of 2026-Q3, each reason in full (260)",
                section.selectFirst("a[href=directory/second-look.html]").text());
    }

    private String read(String path) {
        return read(site, path);
    }

    private static String read(BuiltSite built, String path) {
        try {
            return Files.readString(built.root().resolve(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
