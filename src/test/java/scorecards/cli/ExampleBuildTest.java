package scorecards.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import scorecards.testing.ExampleSite;
import scorecards.testing.Fixtures;

/** The repository's own example organisation, built as a user builds it. */
@ExtendWith(ExampleSite.class)
class ExampleBuildTest {

    @TempDir
    Path temp;

    @Test
    void the_example_organisation_is_valid() {
        CliRun run = CliRun.of("validate", "--source", Fixtures.example().toString());

        assertEquals(0, run.exitCode(), run.out());
        assertEquals("valid: 29 files checked, 14 teams, 3 campaigns\n", run.out());
    }

    @Test
    void two_builds_of_the_example_write_byte_identical_files(@ExampleSite.Built Path first) throws IOException {
        Path second = temp.resolve("second");

        assertEquals(0, CliRun.of("build", "--source", Fixtures.example().toString(), "--output", second.toString()).exitCode());

        List<Path> files = relativeFiles(first);
        assertEquals(files, relativeFiles(second));
        assertTrue(files.contains(Path.of("data/scorecards.json")));
        assertTrue(files.contains(Path.of("data/teams.csv")));
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)),
                    file + " differs between builds");
        }
    }

    @Test
    void the_export_is_sorted_as_the_format_promises(@ExampleSite.Built Path output) throws IOException {
        JsonNode export = new ObjectMapper().readTree(output.resolve("data/scorecards.json").toFile());

        assertEquals(1, export.get("format").asInt());
        assertEquals("2026-Q3", export.get("organisation").get("current-period").asText());
        List<String> teamIds = texts(export.get("teams"), "id");
        assertEquals(teamIds.stream().sorted().toList(), teamIds, "teams by id");
        assertEquals(14, teamIds.size());
        for (JsonNode team : export.get("teams")) {
            List<String> periods = texts(team.get("assessments"), "period");
            assertEquals(periods.stream().sorted().toList(), periods, "assessments of " + team.get("id"));
            assertEquals(periods.get(periods.size() - 1), team.get("latest-period").asText());
        }
        List<String> rollupPeriods = texts(export.get("rollups"), "period");
        assertEquals(List.of("2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"),
                rollupPeriods);
        List<String> stale = new ArrayList<>();
        export.get("teams").forEach(team -> {
            if (team.get("stale").asBoolean()) {
                stale.add(team.get("id").asText());
            }
        });
        assertEquals(List.of("returns"), stale);
    }

    @Test
    void the_csv_has_one_row_per_team_and_period(@ExampleSite.Built Path output) throws IOException {
        JsonNode export = new ObjectMapper().readTree(output.resolve("data/scorecards.json").toFile());
        int assessments = 0;
        for (JsonNode team : export.get("teams")) {
            assessments += team.get("assessments").size();
        }

        List<String> rows = Files.readAllLines(output.resolve("data/teams.csv"));

        assertEquals(assessments + 1, rows.size());
        assertTrue(rows.get(0).startsWith("team,name,tribe,period,level,score,"), rows.get(0));
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.get(field).asText()));
        return values;
    }

    private static List<Path> relativeFiles(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
