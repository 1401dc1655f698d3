package scorecards.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scorecards.synthetic.SyntheticOrganisationTest.allTeams;
import static scorecards.synthetic.SyntheticOrganisationTest.bytes;
import static scorecards.synthetic.SyntheticOrganisationTest.read;
import static scorecards.synthetic.SyntheticOrganisationTest.relativeFiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import scorecards.cli.CliRun;
import scorecards.load.SourceLoader;
import scorecards.model.MaturityModel;
import scorecards.model.Metric;
import scorecards.model.MetricType;
import scorecards.testing.Fixtures;

/**
 * {@code --own-metrics}: the model gains a dimension and metrics of its own of every type, the teams
 * report them, and facts files hold at least four measured values per team and period, some agreeing
 * with the self-report and some not; all of it valid, reproducible, and leaving every other figure
 * as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnMetricsOrganisationTest {

    private static final int TEAMS = 60;
    private static final int PERIODS = 8;

    private Path temp;
    private Path plain;
    private Path own;

    @BeforeAll
    void generate(@TempDir Path folder) throws IOException {
        temp = folder;
        plain = temp.resolve("plain");
        own = temp.resolve("own");
        new SyntheticOrganisation(TEAMS, PERIODS, 42).writeInto(plain);
        new SyntheticOrganisation(TEAMS, PERIODS, 42).withOwnMetrics().writeInto(own);
    }

    @Test
    void the_model_gains_an_own_dimension_with_a_metric_of_every_type_and_an_own_metric_in_a_built_in_dimension()
            throws IOException {
        MaturityModel model = new SourceLoader().loadModel(own).orElseThrow().model().orElseThrow();

        List<Metric> inOwnDimension = model.metrics().of(OwnMetrics.DIMENSION);
        assertEquals(Set.of(MetricType.values()).stream().map(Enum::name).collect(Collectors.toSet()),
                inOwnDimension.stream().map(metric -> metric.type().name()).collect(Collectors.toSet()));
        assertTrue(inOwnDimension.stream().allMatch(metric -> metric.origin() == Metric.Origin.OWN));
        assertTrue(model.dimension(OwnMetrics.DIMENSION).orElseThrow().levels().size() == model.levels().size() - 1,
                "checks at every level above the first");
        // The example model may already declare own metrics of its own; the generator adds one more.
        MaturityModel example = new SourceLoader().loadModel(Path.of("")).orElseThrow().model().orElseThrow();
        List<String> expected = new ArrayList<>(ownIn(example, "devops-buddy"));
        expected.add("runbooks-current");
        assertEquals(expected, ownIn(model, "devops-buddy"));
        // The repository's model, comments and all, every line in its order, with the additions between.
        List<String> written = read(own.resolve("scorecards/model.yaml")).lines().toList();
        int at = 0;
        for (String line : Files.readAllLines(Path.of("scorecards/model.yaml"))) {
            at = written.subList(at, written.size()).indexOf(line) + at + 1;
            assertTrue(at > 0, "the model keeps the line " + line);
        }
    }

    private static List<String> ownIn(MaturityModel model, String dimension) {
        return model.metrics().own().stream().filter(metric -> metric.dimension().equals(dimension))
                .map(Metric::id).toList();
    }

    @Test
    void the_organisation_is_valid_and_builds() {
        CliRun validate = CliRun.of("validate", "--source", own.toString());

        assertEquals(0, validate.exitCode(), validate.out() + validate.err());
        assertTrue(validate.out().contains(TEAMS + " teams"), validate.out());
    }

    @Test
    void every_team_has_at_least_four_measured_values_in_every_period_it_assessed() throws IOException {
        Map<String, Integer> measured = new HashMap<>();
        for (Path file : relativeFiles(own.resolve("scorecards/facts"))) {
            List<String> lines = Files.readAllLines(own.resolve("scorecards/facts").resolve(file));
            assertEquals("team,period,metric,value,observed-at,evidence", lines.get(0), file.toString());
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                measured.merge(cells[0] + " " + cells[1], 1, Integer::sum);
            }
        }
        Set<String> assessed = new TreeSet<>();
        for (Path file : relativeFiles(own.resolve("scorecards/teams"))) {
            String team = file.toString().replace(".yaml", "");
            read(own.resolve("scorecards/teams").resolve(file)).lines().filter(line -> line.startsWith("  - period: "))
                    .forEach(line -> assessed.add(team + " " + line.substring("  - period: ".length())));
        }

        assertEquals(assessed, new TreeSet<>(measured.keySet()), "facts for every assessed period, and no other");
        assertTrue(measured.values().stream().allMatch(count -> count >= 4), measured.toString());
    }

    @Test
    void some_measured_values_agree_with_the_self_report_some_differ_within_the_margin_and_some_disagree()
            throws IOException {
        Path site = temp.resolve("site");
        CliRun build = CliRun.of("build", "--quiet", "--source", own.toString(), "--output", site.toString());
        assertEquals(0, build.exitCode(), build.out() + build.err());
        JsonNode export = new ObjectMapper().readTree(site.resolve("data/scorecards.json").toFile());

        int same = 0;
        int within = 0;
        int disagreeing = 0;
        int measuredOnly = 0;
        for (JsonNode team : export.get("teams")) {
            for (JsonNode assessment : team.get("assessments")) {
                for (Map.Entry<String, JsonNode> entry : assessment.get("measured").properties()) {
                    JsonNode reported = entry.getValue().get("self-reported");
                    JsonNode value = assessment.get("metrics").get(entry.getKey());
                    if (reported.isNull()) {
                        measuredOnly++;
                    } else if (entry.getValue().get("disagrees").asBoolean()) {
                        disagreeing++;
                        assertTrue(assessment.get("review").toString().contains("disagrees-with-measured"));
                    } else if (reported.equals(value)) {
                        same++;
                    } else {
                        within++;
                        assertEquals("releases-per-week", entry.getKey(), "only it has a margin to agree within");
                    }
                }
            }
        }

        int all = same + within + disagreeing + measuredOnly;
        assertTrue(same > all / 2, same + " of " + all + " equal");
        assertTrue(within > 0 && disagreeing > 0 && measuredOnly > 0,
                within + " within the margin, " + disagreeing + " disagreeing, " + measuredOnly + " measured only");
        assertTrue(disagreeing < all / 10, disagreeing + " of " + all + " disagree: a few");
    }

    @Test
    void adding_own_metrics_changes_no_other_file_and_no_other_figure() throws IOException {
        assertEquals(relativeFiles(plain.resolve("content")), relativeFiles(own.resolve("content")));
        for (String file : List.of("scorecards/organisation.yaml", "content/about.md")) {
            assertArrayEquals(bytes(plain.resolve(file)), bytes(own.resolve(file)), file);
        }
        assertEquals(withoutOwnFigures(allTeams(own)), allTeams(plain));
    }

    @Test
    void the_same_seed_gives_byte_identical_facts_files() throws IOException {
        Path again = temp.resolve("again");
        new SyntheticOrganisation(TEAMS, PERIODS, 42).withOwnMetrics().writeInto(again);

        List<Path> files = relativeFiles(own);
        assertEquals(files, relativeFiles(again));
        for (Path file : files) {
            assertArrayEquals(bytes(own.resolve(file)), bytes(again.resolve(file)), file.toString());
        }
    }

    @Test
    void the_additions_join_a_model_of_other_levels_that_has_metrics_of_its_own_already() throws IOException {
        Path model = Fixtures.resource("compatibility/own-metrics-and-facts/scorecards/model.yaml");
        Path source = temp.resolve("delivery");
        new SyntheticOrganisation(20, 4, 42).withModel(model).withOwnMetrics().writeInto(source);

        CliRun validate = CliRun.of("validate", "--source", source.toString());

        assertEquals(0, validate.exitCode(), validate.out() + validate.err());
        MaturityModel read = new SourceLoader().loadModel(source).orElseThrow().model().orElseThrow();
        assertEquals(List.of("deploys-per-week", "lead-time-hours", "incident-process", "releases", "flaky-tests",
                "on-call-runbooks", "releases-per-week", "rolled-back-releases", "release-process", "trunk-based",
                "runbooks-current"), read.metrics().own().stream().map(Metric::id).toList());
        String teams = allTeams(source);
        assertTrue(teams.contains("\n    delivery:\n") && teams.contains("\n    release-health:\n"), "both own sections");
    }

    @Test
    void a_model_that_already_has_the_own_dimension_is_refused_with_exit_2() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = SyntheticOrganisation.run(new PrintStream(OutputStream.nullOutputStream()), new PrintStream(err),
                "--teams", "3", "--own-metrics", "--model", own.resolve("scorecards/model.yaml").toString(),
                "--output", temp.resolve("twice").toString());

        assertEquals(2, status);
        assertEquals("synthetic organisation: the model already has release-health, releases-per-week,"
                + " rolled-back-releases, release-process, trunk-based, runbooks-current, which --own-metrics adds;"
                + " give another model with --model\n", err.toString().replace("\r\n", "\n"));
        assertFalse(Files.exists(temp.resolve("twice")));
    }

    /** The team files' text without the own section and the own metric of the buddy section. */
    private static String withoutOwnFigures(String teams) {
        return teams.replaceAll("(?m)^    " + OwnMetrics.DIMENSION + ":\n(      .*\n)*", "")
                .replaceAll("(?m)^      runbooks-current: .*\n", "")
                // A section that gave only the own metric is gone with it.
                .replaceAll("(?m)^    [a-z-]+:\n(?!      )", "");
    }
}
