package scorecards.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scorecards.model.Assessment;
import scorecards.model.Cadence;
import scorecards.model.Check;
import scorecards.model.Comparison;
import scorecards.model.Dimension;
import scorecards.model.DimensionLevel;
import scorecards.model.Level;
import scorecards.model.MaturityModel;
import scorecards.model.Metric;
import scorecards.model.MetricValue;
import scorecards.model.Organisation;
import scorecards.model.Period;
import scorecards.model.Product;
import scorecards.model.ProductUse;
import scorecards.model.Scorecards;
import scorecards.model.Team;
import scorecards.score.Scorer;

/** How the export writes the rounded numbers of a scored report: plain JSON numbers, null for no data. */
class JsonExportNumbersSpecTest {

    /**
     * One team in 2025-Q4: devops-buddy checks designated, trained, backup, self-service-share >= 0.5
     * at level "top"; designated, trained and backup pass, the share is not given → 3 / 4 = 75.
     * hours-saved 480 at 85 an hour → 40800; no satisfaction figures.
     */
    private static String export() throws IOException {
        Period period = Period.parse("2025-Q4").orElseThrow();
        MaturityModel model = new MaturityModel("Model",
                List.of(new Level("base", "Base", null), new Level("top", "Top", null)),
                List.of(new Dimension("devops-buddy", "Buddy", 1, null, List.of(
                        new DimensionLevel("top", null, List.of(
                                new Check(Metric.DESIGNATED, Comparison.EQUALS, MetricValue.of(true)),
                                new Check(Metric.TRAINED, Comparison.EQUALS, MetricValue.of(true)),
                                new Check(Metric.BACKUP, Comparison.EQUALS, MetricValue.of(true)),
                                new Check(Metric.SELF_SERVICE_SHARE, Comparison.MIN, MetricValue.of(0.5))))))));
        Organisation organisation = new Organisation("Org", Cadence.QUARTERLY, period, 1, "EUR", false, 85.0,
                null, null, List.of(new Product("ci", "CI", null, null, null),
                        new Product("db", "DB", null, null, null), new Product("obs", "Obs", null, null, null)));
        Assessment assessment = Assessment.fromTeamFile(period, Map.of("designated", MetricValue.of(true),
                        "trained", MetricValue.of(true), "backup", MetricValue.of(true), "hours-saved",
                        MetricValue.of(480.0)),
                List.of(new ProductUse("ci", false, 4), new ProductUse("db", true, null)), List.of(), null);
        Team team = new Team("payments", "Payments", null, null, null, null, List.of(assessment));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonExport.write(Scorer.score(new Scorecards(organisation, model, List.of(team))), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void assertContains(String json, String expected) {
        assertTrue(json.contains(expected), () -> "expected " + expected + " in\n" + json);
    }

    @Test
    void the_score_and_progress_are_written_with_one_decimal() throws IOException {
        String json = export();

        assertContains(json, "\"score\":75.0,"); // 3 / 4 × 100
        assertContains(json, "\"progress\":75.0");
    }

    @Test
    void money_saved_is_written_as_a_plain_number() throws IOException {
        String json = export();

        assertContains(json, "\"hours-saved\":480,");
        assertContains(json, "\"money-saved\":40800,"); // 480 × 85
    }

    @Test
    void shares_are_written_as_trimmed_fractions() throws IOException {
        String json = export();

        assertContains(json, "\"devops-buddy-coverage\":1,"); // 1 / 1
        assertContains(json, "\"voluntary\":1,"); // ci: 1 / 1
        assertContains(json, "\"catalogue-coverage\":0.6667,"); // 2 / 3 products
        assertContains(json, "\"voluntary-share\":0.5,"); // 1 of 2 uses not mandated
    }

    @Test
    void figures_without_data_are_written_as_null_never_zero() throws IOException {
        String json = export();

        assertContains(json, "\"csat\":null,");
        assertContains(json, "\"incidents\":null,");
        assertContains(json, "\"self-service-share\":null,");
        assertContains(json, "\"rating\":null,"); // db has no rating
    }
}
