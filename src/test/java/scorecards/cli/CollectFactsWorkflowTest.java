package scorecards.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorecards.model.Period;

/**
 * The sample workflow {@code init} writes to collect facts: it runs on a schedule and by hand, and
 * its step that writes the facts file is run here with bash as the runner runs it (-e, pipefail), on a new
 * site repository: what it writes validates, a second run replaces its own period's rows and keeps
 * the others, and a run that measured nothing changes nothing. (actionlint checks the file in
 * {@link WorkflowLintTest}.)
 */
class CollectFactsWorkflowTest {

    private static final String FILE = ".github/workflows/collect-facts.yml";
    private static final String HEADER = "team,period,metric,value,observed-at,evidence";
    private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

    @TempDir
    Path temp;

    private Path site;
    private JsonNode workflow;

    @BeforeEach
    void init() throws IOException {
        site = temp.resolve("our-scorecards");
        CliRun init = CliRun.of("init", site.toString());
        assertEquals(0, init.exitCode(), init.err());
        workflow = new ObjectMapper(new YAMLFactory()).readTree(site.resolve(FILE).toFile());
    }

    private JsonNode step(String id) {
        return StreamSupport.stream(workflow.get("jobs").get("collect").get("steps").spliterator(), false)
                .filter(step -> id.equals(step.path("id").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no step with id " + id + " in " + FILE));
    }

    /** What the step wrote to $GITHUB_OUTPUT and printed, after running it with bash in the site repository. */
    private record Run(Map<String, String> outputs, String printed) {
    }

    private Run write(Period period, String measured) throws IOException, InterruptedException {
        Path measuredFile = Files.writeString(temp.resolve("measured.csv"), measured, StandardCharsets.UTF_8);
        Path outputs = Files.writeString(temp.resolve("outputs.txt"), "");
        Path printed = temp.resolve("printed.txt");
        ProcessBuilder bash = new ProcessBuilder("bash", "-e", "-o", "pipefail", "-c", step("write").get("run").asText())
                .directory(site.toFile()).redirectErrorStream(true).redirectOutput(printed.toFile());
        bash.environment().put("SOURCE", workflow.get("jobs").get("collect").get("env").get("SOURCE").asText());
        bash.environment().put("PERIOD", period.toString());
        bash.environment().put("MEASURED", measuredFile.toString());
        bash.environment().put("GITHUB_OUTPUT", outputs.toString());
        Process process = bash.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the step did not end");
        assertEquals(0, process.exitValue(), Files.readString(printed));
        Map<String, String> written = new TreeMap<>();
        Files.readAllLines(outputs).forEach(line -> written.put(line.substring(0, line.indexOf('=')),
                line.substring(line.indexOf('=') + 1)));
        return new Run(written, Files.readString(printed));
    }

    /** The quarter of today, the starter team's period. */
    private static Period thisQuarter() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return Period.parse(today.getYear() + "-Q" + ((today.getMonthValue() + 2) / 3)).orElseThrow();
    }

    private List<String> factsFile() throws IOException {
        return Files.readAllLines(site.resolve("scorecards/facts/ci-stats.csv"));
    }

    @Test
    void it_runs_every_week_and_by_hand_and_may_push_a_branch_and_open_a_pull_request() {
        assertTrue(workflow.get("on").has("schedule"), workflow.get("on").toString());
        assertTrue(workflow.get("on").has("workflow_dispatch"), workflow.get("on").toString());
        assertEquals("write", workflow.get("permissions").get("contents").asText());
        assertEquals("write", workflow.get("permissions").get("pull-requests").asText());
        assertEquals("ci-stats", workflow.get("jobs").get("collect").get("env").get("SOURCE").asText());
        assertTrue(step("propose").get("run").asText().contains("gh pr create"));
        assertEquals("steps.write.outputs.changed == 'true'", step("propose").get("if").asText());
    }

    @Test
    void what_it_writes_is_a_facts_file_the_build_accepts() throws Exception {
        Period period = thisQuarter();

        Run run = write(period, """
                example-team,self-service-share,0.4,https://ci.example.org/reports/1
                example-team,incidents,2,
                """);

        assertEquals(Map.of("changed", "true", "period", period.toString()), run.outputs());
        List<String> lines = factsFile();
        assertEquals(3, lines.size(), lines.toString());
        assertEquals(HEADER, lines.get(0));
        assertTrue(lines.get(1).matches("example-team," + period + ",incidents,2," + DATE + ","), lines.get(1));
        assertTrue(lines.get(2).matches("example-team," + period + ",self-service-share,0\\.4," + DATE
                + ",https://ci\\.example\\.org/reports/1"), lines.get(2));
        CliRun validate = CliRun.of("validate", "--source", site.toString());
        assertEquals(0, validate.exitCode(), validate.out() + validate.err());
        assertEquals("valid: 6 files checked, 1 team\n", validate.out());
    }

    @Test
    void a_second_run_replaces_the_rows_of_its_own_period_and_keeps_the_others() throws Exception {
        Period current = thisQuarter();
        Period previous = current.plus(-1);
        write(previous, "example-team,self-service-share,0.2,\n");
        write(current, "example-team,self-service-share,0.3,\nexample-team,incidents,4,\n");

        Run again = write(current, "example-team,self-service-share,0.35,\n");

        assertEquals("true", again.outputs().get("changed"));
        List<String> lines = factsFile();
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(1).matches("example-team," + previous + ",self-service-share,0\\.2," + DATE + ","), lines.get(1));
        assertTrue(lines.get(2).matches("example-team," + current + ",self-service-share,0\\.35," + DATE + ","), lines.get(2));
        CliRun validate = CliRun.of("validate", "--source", site.toString());
        assertEquals(0, validate.exitCode(), validate.out() + validate.err());
    }

    @Test
    void a_run_that_measured_nothing_leaves_the_facts_file_alone_and_says_why() throws Exception {
        Period period = thisQuarter();
        write(period, "example-team,incidents,1,\n");
        List<String> before = factsFile();

        Run nothing = write(period, "");

        assertEquals("false", nothing.outputs().get("changed"));
        assertTrue(nothing.printed().startsWith("::notice"), nothing.printed());
        assertTrue(nothing.printed().contains("Measure step"), nothing.printed());
        assertEquals(before, factsFile());
    }

    @Test
    void a_new_site_repository_has_no_facts_until_the_workflow_measures_some() {
        assertFalse(Files.exists(site.resolve("scorecards/facts")));
    }
}
