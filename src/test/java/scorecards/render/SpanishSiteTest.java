package scorecards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import scorecards.testing.ExampleSite;

/**
 * The example organisation built with {@code language: es}, read back with jsoup: every page says it
 * is Spanish, and the figures on its pages are the export's, written the Spanish way (a decimal comma,
 * {@code 92,3 %}), never the English way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ExampleSite.class)
class SpanishSiteTest {

    /**
     * A figure written the English way: a decimal point with one or two decimals (three digits after a
     * point are a Spanish thousands group, {@code 118.800}), or a per cent sign right after the number.
     */
    private static final Pattern ENGLISH_FIGURE = Pattern.compile("\\b\\d+\\.\\d{1,2}\\b(?!\\d)|\\d%");

    private BuiltSite site;
    private JsonNode export;

    @BeforeAll
    void read(@ExampleSite.Built(language = "es") Path spanish) {
        site = new BuiltSite(spanish);
        export = site.export();
    }

    /**
     * A share of the export as a Spanish page's text reads: one decimal at most, a comma, a space and %.
     * The space is a no-break one in the page, which jsoup's text shows as a plain space.
     */
    static String percent(JsonNode share) {
        return decimal(share.decimalValue().multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP)) + " %";
    }

    /** A number with its trailing zeros dropped and a decimal comma. */
    static String decimal(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString().replace('.', ',');
    }

    @Test
    void every_page_says_it_is_in_spanish() {
        List<String> notSpanish = new ArrayList<>();
        for (String path : site.htmlPages()) {
            if (!site.page(path).selectFirst("html").attr("lang").equals("es")) {
                notSpanish.add(path);
            }
        }
        assertEquals(List.of(), notSpanish);
        assertTrue(site.htmlPages().size() > 30, "every page of the example");
    }

    @Test
    void no_page_writes_a_figure_the_english_way() throws Exception {
        // The organisation's own words (names, notes, descriptions) are shown as written; the example's
        // data hold no decimal number, so any one found on a data page is one the site wrote. The
        // hand-written pages of content/ are the organisation's words too, and are left out.
        List<String> english = new ArrayList<>();
        for (String path : site.htmlPages()) {
            if (path.startsWith("journal/") || path.equals("about.html")) {
                continue;
            }
            Document page = site.page(path);
            page.select("pre, code").remove();
            var found = ENGLISH_FIGURE.matcher(page.body().text());
            while (found.find()) {
                english.add(path + ": " + found.group());
            }
        }
        assertEquals(List.of(), english);
    }

    @Test
    void the_overview_shows_the_current_roll_up_of_the_export_in_spanish_notation() throws Exception {
        JsonNode rollup = site.currentRollup();
        List<String> cards = site.page("index.html").select(".card").eachText();

        assertTrue(cards.get(0).contains(percent(rollup.get("devops-buddy-coverage"))), cards.get(0));
        // The sign never wraps away from its number.
        assertTrue(Files.readString(site.root().resolve("index.html"))
                .contains(percent(rollup.get("devops-buddy-coverage")).replace(' ', '\u00a0')), "a no-break space before %");
        assertTrue(cards.get(1).contains(decimal(rollup.get("csat").decimalValue())), cards.get(1));
        assertTrue(cards.get(3).contains(decimal(rollup.get("incidents").decimalValue())), cards.get(3));
    }

    @Test
    void each_team_page_shows_every_score_of_the_export_in_spanish_notation() {
        for (JsonNode team : export.get("teams")) {
            Document page = site.page("teams/" + team.get("id").asText() + ".html");
            JsonNode assessments = team.get("assessments");
            Element history = page.select("table").stream()
                    .filter(table -> table.select("tbody tr").size() == assessments.size()
                            && table.select("tbody tr th").eachText().contains(assessments.get(0).get("period").asText()))
                    .findFirst().orElseThrow(() -> new AssertionError(team.get("id") + ": no history table"));
            List<String> expected = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            for (int i = 0; i < assessments.size(); i++) {
                // Newest first on the page.
                JsonNode assessment = assessments.get(assessments.size() - 1 - i);
                // A score is written with one decimal, as in English (41.0, 41,0).
                expected.add(assessment.get("period").asText() + " "
                        + assessment.get("score").decimalValue().setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ','));
                Element row = history.select("tbody tr").get(i);
                shown.add(row.selectFirst("th").text() + " " + row.selectFirst("td.num").text());
            }
            assertEquals(expected, shown, team.get("id").asText());
        }
    }

    @Test
    void product_pages_show_voluntary_and_mandated_adoption_apart_in_spanish_notation() {
        JsonNode rollup = site.currentRollup();
        List<String> checked = new ArrayList<>();
        rollup.get("products").fields().forEachRemaining(entry -> {
            Document page = site.page("products/" + entry.getKey() + ".html");
            List<String> current = page.select("table").first().select("tbody tr").get(0).select("td").eachText();

            assertTrue(current.get(0).startsWith(percent(entry.getValue().get("voluntary")) + " "), current.toString());
            assertTrue(current.get(1).startsWith(percent(entry.getValue().get("mandated")) + " "), current.toString());
            checked.add(entry.getKey());
        });
        assertTrue(checked.size() >= 3, checked.toString());
    }

    @Test
    void the_journal_dates_are_written_in_spanish() {
        List<String> dates = site.page("journal/index.html").select(".post-list time").eachText();

        assertEquals(4, dates.size());
        for (String date : dates) {
            assertTrue(date.matches("\\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre"
                    + "|noviembre|diciembre) de \\d{4}"), date);
        }
    }
}
