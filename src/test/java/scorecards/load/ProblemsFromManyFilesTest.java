package scorecards.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorecards.cli.CliRun;
import scorecards.testing.Fixtures;

/**
 * One {@code validate} run over a source broken in three files at once reports every problem,
 * in every output format, rather than stopping at the first file.
 */
class ProblemsFromManyFilesTest {

    private static final List<String> PROBLEMS = List.of(
            "scorecards/model.yaml:16:21: unknown metric 'desginated' in dimension 'devops-buddy'; "
                    + "did you mean 'designated'?",
            "scorecards/organisation.yaml:2:10: unknown cadence 'quartely'; did you mean 'quarterly'?",
            "scorecards/teams/beta.yaml:13:13: 'csat' must be a number from 1 to 5, found 7");

    @TempDir
    Path temp;

    /** A copy of {@code minimal} with one mistake in organisation.yaml, model.yaml and a team file. */
    private Path brokenInThreeFiles() throws IOException {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
        replace(source.resolve("scorecards/organisation.yaml"), "cadence: quarterly", "cadence: quartely");
        replace(source.resolve("scorecards/model.yaml"), "metric: designated", "metric: desginated");
        replace(source.resolve("scorecards/teams/beta.yaml"), "csat: 3.0", "csat: 7");
        return source;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " contains " + from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void one_run_reports_problems_from_three_files_at_once() throws IOException {
        CliRun run = CliRun.of("validate", "--source", brokenInThreeFiles().toString());

        List<String> printed = run.out().lines().toList();
        assertEquals(PROBLEMS, printed.subList(0, printed.size() - 1));
        assertEquals("3 problems in 3 files (4 checked)", printed.get(printed.size() - 1));
        assertEquals(1, run.exitCode());
        assertEquals("", run.err());
    }

    @Test
    void json_format_lists_the_same_problems_as_objects() throws IOException {
        CliRun run = CliRun.of("validate", "--source", brokenInThreeFiles().toString(), "--format", "json");

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertTrue(json.isArray(), run.out());
        List<String> problems = new ArrayList<>();
        for (JsonNode problem : json) {
            assertEquals(4, problem.size(), "file, line, column and message: " + problem);
            problems.add(problem.get("file").asText() + ":" + problem.get("line").asInt() + ":"
                    + problem.get("column").asInt() + ": " + problem.get("message").asText());
        }
        assertEquals(PROBLEMS, problems);
        assertEquals(16, json.get(0).get("line").intValue(), "line is a JSON number");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("3 problems in 3 files"), run.err());
    }

    @Test
    void github_format_prints_one_error_annotation_per_problem() throws IOException {
        CliRun run = CliRun.of("validate", "--source", brokenInThreeFiles().toString(), "--format", "github");

        assertEquals(List.of(
                "::error file=scorecards/model.yaml,line=16,col=21::unknown metric 'desginated' in dimension "
                        + "'devops-buddy'; did you mean 'designated'?",
                "::error file=scorecards/organisation.yaml,line=2,col=10::unknown cadence 'quartely'; "
                        + "did you mean 'quarterly'?",
                "::error file=scorecards/teams/beta.yaml,line=13,col=13::'csat' must be a number from 1 to 5, "
                        + "found 7"),
                run.out().lines().toList());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("3 problems in 3 files"), run.err());
    }
}
