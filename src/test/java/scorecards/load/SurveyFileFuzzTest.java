package scorecards.load;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorecards.testing.Fixtures;

/**
 * Survey files broken the ways a spreadsheet, a hand edit or a hostile pull request breaks them:
 * a quote, a comma or a line break dropped in anywhere, a cut, random bytes. Whatever the bytes,
 * loading ends with a valid result or with problems located inside the file: never an exception.
 */
class SurveyFileFuzzTest {

    private static final int CASES = 1500;
    private static final String VALID = "team,csat,recommend,complexity-reduced\nalpha,4,9,4\n"
            + "alpha,\"5\",10,\nbeta,3,6,2\nbeta,4,,5\n\"beta\",2,8,3\n";
    private static final List<String> PIECES = List.of("\"", ",", "\n", "\r", "\r\n", "\"\"", " ", "x", "7", "\u00e9",
            "\uFEFF", "\t", "\"a,b\"", "-1");

    @TempDir
    Path temp;

    @Test
    void every_broken_survey_file_is_loaded_or_reported_inside_the_file() throws Exception {
        Path source = Fixtures.copy(Fixtures.resource("surveys"), temp.resolve("source"));
        Path survey = Files.createDirectories(source.resolve("scorecards/surveys")).resolve("2025-Q2.csv");
        SplittableRandom random = new SplittableRandom(12);
        for (int i = 0; i < CASES; i++) {
            byte[] bytes = CsvFuzz.mutate(random, VALID, PIECES);
            Files.write(survey, bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            long lines = text.lines().count() + 1;

            SourceLoader.Result result = new SourceLoader().load(source);

            for (Problem problem : result.problems()) {
                assertTrue(problem.file().equals("scorecards/surveys/2025-Q2.csv") && problem.line() >= 1
                        && problem.line() <= lines && problem.column() >= 1 && !problem.message().isBlank(),
                        problem + " for " + Quoted.oneLine(text));
            }
        }
    }
}
