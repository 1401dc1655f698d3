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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorecards.cli.CliRun;
import scorecards.testing.Fixtures;

/**
 * The inputs of the YAML test suite (every case and variant: valid YAML of every kind, and YAML
 * that parsers must refuse), each laid into the {@code minimal} site repository as a team file and
 * validated in one run. None is a team file, so each must be refused with at least one located
 * problem, every problem on one line of its own, and no exception.
 *
 * <p>The cases are read from the folder named by the system property
 * {@value #FOLDER_PROPERTY}, or else from the test resource folder {@code yaml-test-suite/};
 * its README says where they come from. Without them the test is skipped.
 */
class YamlTestSuiteTest {

    static final String FOLDER_PROPERTY = "scorecards.yamlTestSuite";
    private static final String TEAMS = "scorecards/teams/";
    private static final Pattern LOCATED = Pattern.compile("[^\\s:][^:]*:\\d+:\\d+: \\S.*");
    private static final Pattern ANNOTATION = Pattern.compile("::error file=[^,:]+,line=\\d+,col=\\d+::\\S.*");

    @TempDir
    Path temp;

    @Test
    void every_input_of_the_yaml_test_suite_is_refused_one_located_line_a_problem() throws IOException {
        List<Path> cases = cases();
        Assumptions.assumeFalse(cases.isEmpty(), "no YAML test suite inputs: see src/test/resources/yaml-test-suite/README.md");
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
    private static List<Path> cases() throws IOException {
        String property = System.getProperty(FOLDER_PROPERTY, "");
        Path folder = property.isBlank() ? Fixtures.resource("yaml-test-suite") : Path.of(property);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().matches("case-[a-z0-9-]+\\.yaml")).sorted().toList();
        }
    }
}
