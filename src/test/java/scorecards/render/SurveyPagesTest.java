package scorecards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scorecards.testing.ExampleSite;

/**
 * Where satisfaction came from and how many answered, on the example's pages: its last four
 * quarters come from survey files, the older ones from team files.
 */
@ExtendWith(ExampleSite.class)
class SurveyPagesTest {

    private static BuiltSite site;

    @BeforeAll
    static void read(@ExampleSite.Built Path example) {
        site = new BuiltSite(example);
    }

    @Test
    void a_team_page_says_where_each_periods_satisfaction_came_from_and_how_many_answered() {
        Document payments = site.page("teams/payments.html");

        assertEquals("Figures from the survey, 6 answered.", payments.selectFirst(".satisfaction-source").text());
        // Payments' 2026-Q3 rows: csat 3, 4, 5, 5, 5, 5 → 27 / 6 = 4.5.
        assertEquals("4.5", payments.selectFirst("dd[data-metric=csat]").text());
        // The history is newest first.
        List<String> history = payments.select("td.satisfaction").eachText();
        assertEquals("from the team file, 3 answered", history.get(history.size() - 1), "2024-Q4");
        assertEquals("from the survey, 6 answered", history.get(0), "2026-Q3");
    }

    @Test
    void a_withheld_period_is_marked_in_the_history_and_a_withheld_question_on_the_current_figures() {
        List<String> fraud = site.page("teams/fraud-detection.html").select("td.satisfaction").eachText();
        assertTrue(fraud.contains("from the survey, 2 answered (figures withheld)"), fraud.toString());

        Document pricing = site.page("teams/pricing.html");
        assertEquals("withheld", pricing.selectFirst("dd[data-metric=nps]").text());
        assertEquals("3", pricing.selectFirst("dd[data-metric=responses]").text());
        assertTrue(pricing.selectFirst(".withheld-note").text().startsWith("Withheld: Net promoter score. "),
                pricing.selectFirst(".withheld-note").text());
    }

    @Test
    void the_overview_says_how_many_teams_gave_satisfaction_by_survey() {
        JsonNode rollup = site.currentRollup();
        String card = site.page("index.html").select(".card").get(1).text();

        assertEquals(13, rollup.get("satisfaction-sources").get("survey").intValue());
        assertEquals(1, rollup.get("satisfaction-sources").get("withheld").intValue(), "Pricing's NPS");
        assertTrue(card.endsWith("from " + rollup.get("responses").asText()
                + " survey responses: 13 teams by survey; figures of 1 team withheld, in no mean"), card);
    }
}
