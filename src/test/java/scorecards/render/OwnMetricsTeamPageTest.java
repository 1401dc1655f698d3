package scorecards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorecards.testing.Fixtures;

/**
 * The team page lists every metric of the model's dimensions in the latest assessment: its value
 * with its unit, where it came from (a measured one with its date and evidence), and the self-report
 * beside a measured value, as the export has them.
 */
class OwnMetricsTeamPageTest {

    @TempDir
    static Path temp;

    private static BuiltSite site;

    @BeforeAll
    static void build() {
        site = BuiltSite.build(Fixtures.resource("compatibility/own-metrics-and-facts"), temp.resolve("site"));
    }

    private static JsonNode latest(String team) {
        for (JsonNode node : site.export().get("teams")) {
            if (node.get("id").asText().equals(team)) {
                JsonNode assessments = node.get("assessments");
                return assessments.get(assessments.size() - 1);
            }
        }
        throw new AssertionError(team);
    }

    private static Element row(Document page, String metric) {
        return page.selectFirst("#metric-" + metric);
    }

    @Test
    void a_measured_value_is_shown_with_its_unit_its_source_and_the_self_report_beside_it() {
        Document payments = site.page("teams/payments.html");
        JsonNode measured = latest("payments").get("measured").get("deploys-per-week");

        Element deploys = row(payments, "deploys-per-week");
        assertEquals(latest("payments").get("metrics").get("deploys-per-week").asText() + " per week",
                deploys.select("td").get(1).text());
        assertEquals("measured by " + measured.get("source").asText() + " on " + measured.get("observed-at").asText()
                + " (evidence)", deploys.select("td").get(2).text());
        assertEquals(measured.get("evidence").asText(), deploys.selectFirst("td a.evidence").attr("href"));
        assertEquals(measured.get("self-reported").asText() + " per week", deploys.select("td").get(3).text(),
                "7.8 within 0.5: agrees");
        assertEquals("documented", row(payments, "incident-process").select("td").get(1).text());
        assertEquals("practised (disagrees)", row(payments, "incident-process").select("td").get(3).text());
        assertEquals("team file", row(payments, "on-call-runbooks").select("td").get(2).text());
        assertEquals("yes", row(payments, "on-call-runbooks").select("td").get(1).text());
    }

    @Test
    void a_metric_without_a_value_says_no_data_and_a_facts_only_assessment_shows_only_measured_values() {
        Document inventory = site.page("teams/inventory.html");

        assertEquals("no data", row(inventory, "designated").select("td").get(1).text());
        assertEquals("", row(inventory, "designated").select("td").get(2).text());
        assertEquals("4", row(inventory, "releases").select("td").get(1).text());
        assertEquals("measured by ci-stats", row(inventory, "releases").select("td").get(2).text());
    }
}
