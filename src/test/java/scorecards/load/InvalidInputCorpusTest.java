package scorecards.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import scorecards.cli.CliRun;
import scorecards.testing.Fixtures;

/**
 * The corpus of broken inputs under {@code src/test/resources/invalid/<case>/}. Each case is the
 * valid {@code minimal} fixture with the case's files laid over it (and the paths listed in an
 * optional {@code DELETE} file removed); {@code expected.txt} holds exactly the problem lines
 * {@code validate} must print, and the exit code must be 1.
 */
class InvalidInputCorpusTest {

    private static final String EXPECTED = "expected.txt";
    private static final String DELETE = "DELETE";

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> every_broken_input_is_reported_where_it_is_with_exit_code_1() throws IOException {
        Path corpus = Fixtures.resource("invalid");
        List<Path> cases;
        try (Stream<Path> entries = Files.list(corpus)) {
            cases = entries.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(cases.size() >= 180, "the corpus has at least 180 cases, found " + cases.size());
        return cases.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(),
                () -> check(folder)));
    }

    private void check(Path folder) throws IOException {
        Path source = Files.createDirectories(temp.resolve(folder.getFileName().toString()));
        Fixtures.copy(Fixtures.resource("minimal"), source);
        Fixtures.copy(folder, source);
        Files.delete(source.resolve(EXPECTED));
        Path delete = source.resolve(DELETE);
        if (Files.exists(delete)) {
            for (String path : Files.readAllLines(delete, StandardCharsets.UTF_8)) {
                if (!path.isBlank()) {
                    Files.delete(source.resolve(path.strip()));
                }
            }
            Files.delete(delete);
        }
        List<String> expected = Files.readAllLines(folder.resolve(EXPECTED), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();

        CliRun run = CliRun.of("validate", "--source", source.toString());

        List<String> printed = run.out().lines().toList();
        List<String> problems = printed.subList(0, printed.size() - 1);
        assertEquals(String.join("\n", expected), String.join("\n", problems), "problems printed");
        assertEquals(1, run.exitCode(), "exit code");
        assertFalse(run.out().contains("Exception") || run.err().contains("Exception"), "no stack trace");
    }
}
