package scorecards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import scorecards.model.Cadence;
import scorecards.synthetic.SyntheticOrganisation;
import scorecards.testing.ExampleSite;
import scorecards.testing.Fixtures;

/**
 * Every kind of chart, measured in headless Chromium on synthetic organisations of 1, 8, 36 and 120
 * periods at a phone's and a desktop's width: no two texts of a chart overlap, none leaves its
 * chart, the text keeps its size and the chart takes the width of the page's column. The charts of
 * own metrics are measured the same way on a fixture with every kind of own roll-up, and the charts of
 * the example built in Spanish, whose labels and legends are longer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ExampleSite.class)
class ChartsInBrowserTest {

    /** Periods and cadence of each organisation: short histories quarterly, long ones monthly. */
    private static final Map<Integer, Cadence> HISTORIES = Map.of(
            1, Cadence.QUARTERLY, 8, Cadence.QUARTERLY, 36, Cadence.MONTHLY, 120, Cadence.MONTHLY);
    private static final int TEAMS = 12;

    /**
     * For each chart of the page: the texts shown (display not none) that overlap another or stick
     * out of the chart's box, the number of texts shown, of period labels shown, the smallest font
     * size, and the chart's width against the width of the page's main column.
     */
    private static final String MEASURE = """
            const charts = [];
            const main = document.querySelector('main');
            const style = getComputedStyle(main);
            const column = main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
            for (const svg of document.querySelectorAll('svg.chart')) {
              const box = svg.closest('.chart-box').getBoundingClientRect();
              const shown = [...svg.querySelectorAll('text')]
                  .map(text => ({ text, r: text.getBoundingClientRect() }))
                  .filter(t => t.r.width > 0 && t.r.height > 0);
              const problems = [];
              const what = t => '"' + t.text.textContent + '" at ' + Math.round(t.r.left) + ',' + Math.round(t.r.top)
                  + ' (' + Math.round(t.r.width) + '×' + Math.round(t.r.height) + ')';
              for (const t of shown) {
                if (t.r.left < box.left - 0.5 || t.r.right > box.right + 0.5 || t.r.top < box.top - 0.5
                    || t.r.bottom > box.bottom + 0.5) {
                  problems.push(what(t) + ' is outside its chart (' + Math.round(box.left) + '–' + Math.round(box.right) + ')');
                }
              }
              for (let i = 0; i < shown.length; i++) {
                for (let j = i + 1; j < shown.length; j++) {
                  const a = shown[i].r, b = shown[j].r;
                  if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) {
                    problems.push(what(shown[i]) + ' overlaps ' + what(shown[j]));
                  }
                }
              }
              charts.push({
                name: document.getElementById(svg.getAttribute('aria-labelledby')).textContent,
                problems,
                texts: shown.length,
                periodLabels: shown.filter(t => t.text.getAttribute('x').endsWith('%')).length,
                smallestFont: Math.min(...shown.map(t => parseFloat(getComputedStyle(t.text).fontSize))),
                width: Math.round(box.width),
                column: Math.round(column)
              });
            }
            return charts;
            """;

    private final Map<Integer, BuiltSite> sites = new LinkedHashMap<>();
    /** A site with own metrics of every kind of roll-up (the {@code own-metrics-site} fixture). */
    private BuiltSite own;
    /** The example organisation's site in Spanish. */
    private BuiltSite spanish;
    private Browser browser;

    @BeforeAll
    void start(@TempDir Path temp, @ExampleSite.Built(language = "es") Path spanishExample) throws Exception {
        if (!Browser.missing().isEmpty()) {
            return;
        }
        for (int periods : List.of(1, 8, 36, 120)) {
            Path source = temp.resolve("org-" + periods);
            new SyntheticOrganisation(TEAMS, periods, 42, HISTORIES.get(periods)).writeInto(source);
            sites.put(periods, BuiltSite.build(source, temp.resolve("site-" + periods)));
        }
        own = BuiltSite.build(Fixtures.resource("own-metrics-site"), temp.resolve("site-own"));
        spanish = new BuiltSite(spanishExample);
        browser = Browser.start(temp.resolve("profile"));
    }

    @BeforeEach
    void needs_a_browser() {
        Browser.assumeInstalled();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Pages with every kind of chart: stacked bars, lines (one series and several), grouped bars. */
    private static List<String> pagesWithCharts(BuiltSite site) {
        List<String> pages = new ArrayList<>(List.of("index.html", "business-case.html",
                "dimensions/devops-buddy.html", "products/ci-templates.html", "products/db-provisioning.html"));
        site.htmlPages().stream().filter(page -> page.startsWith("teams/")).limit(3).forEach(pages::add);
        site.htmlPages().stream().filter(page -> page.startsWith("tribes/") && !page.equals("tribes/index.html"))
                .limit(1).forEach(pages::add);
        site.htmlPages().stream().filter(page -> page.startsWith("campaigns/")).forEach(pages::add);
        return pages;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> measure(String url) {
        assertEquals(List.of(), browser.load(url), url);
        return (List<Map<String, Object>>) browser.driver().executeScript(MEASURE);
    }

    @ParameterizedTest(name = "{0} periods at {1} px")
    @CsvSource({"1, 390", "1, 1280", "8, 390", "8, 1280", "36, 390", "36, 1280", "120, 390", "120, 1280"})
    void no_chart_text_overlaps_another_or_leaves_its_chart(int periods, int width) {
        BuiltSite site = sites.get(periods);
        browser.viewport(width, 900);
        Map<String, List<Object>> problems = new LinkedHashMap<>();
        int charts = measureAll(site, pagesWithCharts(site), problems);
        assertTrue(charts >= 12, charts + " charts measured");
        assertEquals(Map.of(), problems, periods + " periods at " + width + " px");
        // Pictures of the long histories' charts, for people to look at: the overview's and a team's.
        if (periods >= 36) {
            for (String page : List.of("index.html", "teams/team-00001.html")) {
                browser.load(site.root().resolve(page).toUri().toString());
                browser.screenshot("chart-" + periods + "-periods-" + width + "-" + page.replace('/', '-').replace(".html", ""),
                        browser.driver().findElement(org.openqa.selenium.By.cssSelector(".chart-box")));
            }
        }
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {390, 1280})
    void the_charts_of_own_metrics_keep_their_text_apart_inside_the_chart_and_legible(int width) {
        // Lines of a share, of a median with a unit, of a mean below zero, and a choice's stacked bars.
        browser.viewport(width, 900);
        List<String> pages = own.htmlPages().stream().filter(page -> page.startsWith("dimensions/")
                || page.startsWith("tribes/") && !page.equals("tribes/index.html")).toList();
        Map<String, List<Object>> problems = new LinkedHashMap<>();

        int charts = measureAll(own, pages, problems);

        assertTrue(charts >= 20, charts + " charts measured");
        assertEquals(Map.of(), problems, "own metrics at " + width + " px");
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {390, 1280})
    void the_charts_in_spanish_keep_their_longer_labels_apart_inside_the_chart_and_legible(int width) throws Exception {
        browser.viewport(width, 900);
        List<String> pages = new ArrayList<>();
        for (String page : spanish.htmlPages()) {
            if (Files.readString(spanish.root().resolve(page)).contains("class=\"chart\"")) {
                pages.add(page);
            }
        }
        Map<String, List<Object>> problems = new LinkedHashMap<>();

        int charts = measureAll(spanish, pages, problems);

        assertTrue(pages.containsAll(List.of("index.html", "teams/payments.html")), pages.toString());
        assertTrue(charts >= 20, charts + " charts measured");
        assertEquals(Map.of(), problems, "the example in Spanish at " + width + " px");
    }

    /**
     * Measures every chart of {@code pages}, putting what is wrong with each into {@code problems}
     * (by page and chart name): overlapping or escaping text, no period label, text under 12 px, a
     * chart narrower than its column. Returns how many charts were measured.
     */
    @SuppressWarnings("unchecked")
    private int measureAll(BuiltSite site, List<String> pages, Map<String, List<Object>> problems) {
        int charts = 0;
        for (String page : pages) {
            for (Map<String, Object> chart : measure(site.root().resolve(page).toUri().toString())) {
                charts++;
                String name = page + ": " + chart.get("name");
                List<Object> found = new ArrayList<>((List<Object>) chart.get("problems"));
                if (((Number) chart.get("periodLabels")).intValue() < 1) {
                    found.add("no period label is shown");
                }
                if (((Number) chart.get("smallestFont")).doubleValue() < 12) {
                    found.add("text at " + chart.get("smallestFont") + " px");
                }
                long chartWidth = ((Number) chart.get("width")).longValue();
                long column = ((Number) chart.get("column")).longValue();
                if (chartWidth < column * 0.85) {
                    found.add("the chart is " + chartWidth + " px wide in a column of " + column + " px");
                }
                if (!found.isEmpty()) {
                    problems.put(name, found);
                }
            }
        }
        return charts;
    }

    @Test
    void a_year_of_months_shows_a_label_for_every_month_or_every_other_one_on_a_desktop() {
        // Thinning must not throw away labels that fit: 36 months on a desktop keep every second
        // month at least, with the three years beneath.
        BuiltSite site = sites.get(36);
        browser.viewport(1280, 900);
        assertEquals(List.of(), browser.load(site.root().resolve("index.html").toUri().toString()));
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) browser.driver().executeScript("""
                return [...document.querySelectorAll('svg.chart')[0].querySelectorAll('text')]
                    .filter(t => t.getAttribute('x').endsWith('%') && t.getBoundingClientRect().width > 0)
                    .map(t => t.textContent);
                """);
        assertTrue(labels.containsAll(List.of("2024", "2025", "2026")), labels.toString());
        assertTrue(labels.size() >= 18 + 3, labels.toString());
    }

    @Test
    void period_cells_stay_on_one_line_on_a_phone_and_every_period_is_in_the_tables() {
        // The widest period table, a team's history with every dimension, on the narrowest screen,
        // with the earlier periods opened.
        BuiltSite site = sites.get(36);
        browser.viewport(390, 844);
        for (String page : List.of("teams/team-00001.html", "index.html", "tribes/index.html")) {
            if (!site.htmlPages().contains(page)) {
                continue;
            }
            assertEquals(List.of(), browser.load(site.root().resolve(page).toUri().toString()), page);
            @SuppressWarnings("unchecked")
            Map<String, Object> cells = (Map<String, Object>) browser.driver().executeScript("""
                    document.querySelectorAll('details').forEach(d => d.open = true);
                    const wrapped = [];
                    const periods = [];
                    for (const th of document.querySelectorAll('table.periods tbody th')) {
                      const range = document.createRange();
                      range.selectNodeContents(th);
                      const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                      if (lines.size > 1) wrapped.push(th.textContent);
                      periods.push(th.textContent);
                    }
                    return { wrapped, periods };
                    """);
            assertEquals(List.of(), cells.get("wrapped"), page);
            if (page.startsWith("teams/")) {
                // The history table lists every assessment of the export, newest first.
                List<String> expected = new ArrayList<>();
                site.export().get("teams").get(0).get("assessments")
                        .forEach(assessment -> expected.add(0, assessment.get("period").asText()));
                assertTrue(expected.size() > 12, "a long history: " + expected);
                assertEquals(expected, cells.get("periods"));
            }
        }
    }

    @Test
    void the_measure_finds_overlapping_text_and_text_outside_a_chart(@TempDir Path temp) throws Exception {
        // A measure that finds nothing proves nothing unless it finds what is there.
        Files.writeString(temp.resolve("broken.html"), """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Broken</title></head>
                <body><main><div class="chart-box"><svg class="chart" width="300" height="100" overflow="visible"
                aria-labelledby="t"><title id="t">Broken chart</title>
                <text x="10%" y="50" font-size="12">2024-01</text><text x="12%" y="50" font-size="12">2024-02</text>
                <text x="-40" y="80" font-size="12">far left</text></svg></div></main></body></html>
                """);
        browser.viewport(1280, 900);
        List<Map<String, Object>> charts = measure(temp.resolve("broken.html").toUri().toString());
        List<?> problems = (List<?>) charts.get(0).get("problems");
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).toString().startsWith("\"far left\""), problems.toString());
        assertTrue(problems.get(1).toString().contains("\"2024-01\"") && problems.get(1).toString().contains("overlaps"),
                problems.toString());
    }
}
