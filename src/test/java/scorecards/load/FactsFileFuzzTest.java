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
 * Facts files broken the ways a CI job, a spreadsheet or a hostile pull request breaks them: a
 * quote, a comma, a line break or a value of the wrong kind dropped in anywhere, a cut, random
 * bytes. Whatever the bytes, loading ends with a valid result or with problems located inside the
 * file: never an exception.
 */
class FactsFileFuzzTest {

    private static final int CASES = 1500;
    private static final String VALID = "team,period,metric,value,observed-at,evidence,job-id\n"
            + "payments,2026-Q3,deploys-per-week,8.3,2026-09-30,https://ci.example.org/reports/812,812\n"
            + "search,2026-Q3,incident-process,practised,,,\n"
            + "\"inventory\",2026-Q3,releases,4,,,\"a,b\"\n"
            + "ledger,2026-Q3,on-call-runbooks,true,2026-09-01,http://ci.example.org/x?y=1,\n";
    private static final List<String> PIECES = List.of("\"", ",", "\n", "\r", "\r\n", "\"\"", " ", "x", "7", "\u00e9",
            "\uFEFF", "\t", "\"a,b\"", "-1", "2026-Q3", "1e9", "javascript:", "payments", "csat", "none", "0.5");

    @TempDir
    Path temp;

    @Test
    void every_broken_facts_file_is_loaded_or_reported_inside_the_file() throws Exception {
        Path source = Fixtures.copy(Fixtures.resource("facts"), temp.resolve("source"));
        Path facts = Files.createDirectories(source.resolve("scorecards/facts")).resolve("ci-stats.csv");
        SplittableRandom random = new SplittableRandom(20);
        for (int i = 0; i < CASES; i++) {
            byte[] bytes = CsvFuzz.mutate(random, VALID, PIECES);
            Files.write(facts, bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            long lines = text.lines().count() + 1;

            SourceLoader.Result result = new SourceLoader().load(source);

            for (Problem problem : result.problems()) {
                assertTrue(problem.file().equals("scorecards/facts/ci-stats.csv") && problem.line() >= 1
                        && problem.line() <= lines && problem.column() >= 1 && !problem.message().isBlank(),
                        problem + " for " + Quoted.oneLine(text));
            }
        }
    }
}
