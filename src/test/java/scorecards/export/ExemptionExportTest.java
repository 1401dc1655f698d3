package scorecards.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import scorecards.cli.CliRun;
import scorecards.testing.Fixtures;

/**
 * The export keys of exemptions, on the {@code exemptions} fixture (current period 2026-Q3; the
 * expected figures are worked out in the comments of its team files) and on {@code minimal},
 * which has none: new keys come after the keys of format 1.0 in each object.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExemptionExportTest {

    private JsonNode export;
    private List<String> csv;
    private JsonNode plain;

    @BeforeAll
    void build(@TempDir Path temp) throws IOException {
        export = build(Fixtures.resource("exemptions"), temp.resolve("exemptions"));
        csv = Files.readAllLines(temp.resolve("exemptions/data/teams.csv"));
        plain = build(Fixtures.resource("minimal"), temp.resolve("minimal"));
    }

    private static JsonNode build(Path source, Path output) throws IOException {
        CliRun run = CliRun.of("build", "--source", source.toString(), "--output", output.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        return new ObjectMapper().readTree(output.resolve("data/scorecards.json").toFile());
    }

    private static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static JsonNode team(JsonNode export, String id) {
        for (JsonNode team : export.get("teams")) {
            if (team.get("id").asText().equals(id)) {
                return team;
            }
        }
        throw new AssertionError("no team " + id);
    }

    private static JsonNode assessment(JsonNode team, String period) {
        for (JsonNode assessment : team.get("assessments")) {
            if (assessment.get("period").asText().equals(period)) {
                return assessment;
            }
        }
        throw new AssertionError("no assessment " + period);
    }

    @Test
    void each_dimension_entry_counts_its_exempt_checks_after_level_and_progress() {
        JsonNode q2 = assessment(team(export, "alpha"), "2026-Q2").get("dimensions");
        JsonNode q3 = assessment(team(export, "alpha"), "2026-Q3").get("dimensions");

        assertEquals(List.of("level", "progress", "exempt"), keys(q3.get("devops-buddy")));
        assertEquals(1, q2.get("devops-buddy").get("exempt").intValue());
        assertEquals(1, q2.get("quality").get("exempt").intValue());
        assertEquals(1, q3.get("devops-buddy").get("exempt").intValue());
        assertEquals(0, q3.get("quality").get("exempt").intValue(), "the workarounds exemption ended in 2026-Q2");
        assertEquals("100.0", q3.get("devops-buddy").get("progress").asText());
        assertEquals("high", q3.get("devops-buddy").get("level").asText());
        assertEquals("25.0", assessment(team(export, "alpha"), "2026-Q2").get("score").asText());
        assertEquals("75.0", assessment(team(export, "alpha"), "2026-Q3").get("score").asText());
    }

    @Test
    void each_team_lists_its_exemptions_in_file_order_after_its_assessments() {
        JsonNode alpha = team(export, "alpha");
        JsonNode exemptions = alpha.get("exemptions");

        assertEquals(List.of("id", "name", "tribe", "stale", "latest-period", "assessments", "exemptions"), keys(alpha));
        assertEquals(2, exemptions.size());
        assertEquals(List.of("dimension", "metric", "level", "reason", "from", "until", "expired"),
                keys(exemptions.get(0)));
        assertEquals("{\"dimension\":\"devops-buddy\",\"metric\":\"backup\",\"level\":\"high\","
                + "\"reason\":\"not-applicable\",\"from\":\"2026-Q2\",\"until\":\"2026-Q4\",\"expired\":false}",
                exemptions.get(0).toString());
        assertEquals("{\"dimension\":\"quality\",\"metric\":\"workarounds\",\"level\":null,"
                + "\"reason\":\"accepted-risk\",\"from\":null,\"until\":\"2026-Q2\",\"expired\":true}",
                exemptions.get(1).toString());
        assertEquals(0, team(export, "charlie").get("exemptions").size());
        assertTrue(team(export, "charlie").get("exemptions").isArray());
    }

    @Test
    void an_exemption_that_has_not_started_is_not_expired() {
        JsonNode delta = team(export, "delta").get("exemptions").get(0);

        assertEquals("2026-Q4", delta.get("from").asText());
        assertEquals(false, delta.get("expired").booleanValue());
        assertEquals(0, assessment(team(export, "delta"), "2026-Q3").get("dimensions").get("quality").get("exempt")
                .intValue());
    }

    @Test
    void each_roll_up_sums_the_exempt_checks_of_its_period_last() {
        // 2026-Q2: alpha's backup and workarounds. 2026-Q3: alpha's backup and bravo's designated.
        JsonNode rollups = export.get("rollups");

        assertEquals("2026-Q2", rollups.get(0).get("period").asText());
        assertEquals(2, rollups.get(0).get("exempt-checks").intValue());
        assertEquals(2, rollups.get(1).get("exempt-checks").intValue());
        List<String> keys = keys(rollups.get(1));
        int products = keys.indexOf("products");
        assertEquals(List.of("products", "exempt-checks"), keys.subList(products, products + 2));
    }

    @Test
    void a_repository_without_exemptions_exports_zeros_and_empty_lists() {
        for (JsonNode team : plain.get("teams")) {
            assertEquals(0, team.get("exemptions").size(), team.get("id").asText());
            for (JsonNode assessment : team.get("assessments")) {
                assessment.get("dimensions").forEach(dimension -> assertEquals(0, dimension.get("exempt").intValue()));
            }
        }
        plain.get("rollups").forEach(rollup -> assertEquals(0, rollup.get("exempt-checks").intValue()));
    }

    @Test
    void teams_csv_adds_one_exempt_column_per_dimension_after_the_columns_of_format_1_0() {
        List<String> header = List.of(csv.get(0).split(",", -1));
        int last = header.indexOf("complexity-reduced");

        assertEquals(List.of("complexity-reduced", "devops-buddy-exempt", "quality-exempt"),
                header.subList(last, last + 3));
        assertTrue(csv.get(1).startsWith("alpha,Alpha,One,2026-Q2,"), csv.get(1));
        assertEquals(List.of("1", "1"), exemptCells(csv.get(1), last), csv.get(1));
        assertEquals(List.of("1", "0"), exemptCells(csv.get(2), last), csv.get(2));
        assertTrue(csv.get(3).startsWith("bravo,"), csv.get(3));
        assertEquals(List.of("1", "0"), exemptCells(csv.get(3), last), csv.get(3));
    }

    /** The two exempt cells of a row, just after its complexity-reduced cell (no cell here is quoted). */
    private static List<String> exemptCells(String row, int complexityColumn) {
        return List.of(row.split(",", -1)).subList(complexityColumn + 1, complexityColumn + 3);
    }
}
