package scorecards.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The GitHub workflows a repository made from this one runs: valid, with the expected actions and permissions. */
class WorkflowsTest {

    private static JsonNode workflow(String name) throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(Path.of(".github/workflows", name).toFile());
    }

    private static List<String> steps(JsonNode job, String field) {
        List<String> values = new ArrayList<>();
        job.get("steps").forEach(step -> {
            if (step.has(field)) {
                values.add(step.get(field).asText());
            }
        });
        return values;
    }

    @Test
    void pull_requests_are_validated_with_annotations_and_summarised_without_a_write_token() throws IOException {
        JsonNode workflow = workflow("validate.yml");

        assertTrue(workflow.get("on").has("pull_request"));
        assertEquals("read", workflow.get("permissions").get("contents").asText());
        assertEquals(1, workflow.get("permissions").size(), "no write permission at all");
        JsonNode job = workflow.get("jobs").get("validate");
        List<String> uses = steps(job, "uses");
        assertTrue(uses.contains("actions/checkout@v4"));
        assertTrue(uses.contains("actions/setup-java@v4"));
        List<String> runs = steps(job, "run");
        assertTrue(runs.contains("java -jar target/scorecards.jar validate --format github"), runs.toString());
        assertTrue(runs.stream().anyMatch(run -> run.startsWith("java -jar target/scorecards.jar diff --base ")
                && run.endsWith(">> \"$GITHUB_STEP_SUMMARY\"")), runs.toString());
    }

    @Test
    void the_default_branch_is_built_and_published_with_the_official_pages_actions() throws IOException {
        JsonNode workflow = workflow("publish.yml");

        assertEquals("main", workflow.get("on").get("push").get("branches").get(0).asText());
        assertEquals("write", workflow.get("permissions").get("pages").asText());
        assertEquals("write", workflow.get("permissions").get("id-token").asText());
        List<String> build = steps(workflow.get("jobs").get("build"), "uses");
        assertTrue(build.contains("actions/configure-pages@v5"), build.toString());
        assertTrue(build.contains("actions/upload-pages-artifact@v3"), build.toString());
        assertTrue(steps(workflow.get("jobs").get("build"), "run").stream()
                .anyMatch(run -> run.startsWith("java -jar target/scorecards.jar build --site-url")));
        JsonNode deploy = workflow.get("jobs").get("deploy");
        assertEquals("build", deploy.get("needs").asText());
        assertEquals("github-pages", deploy.get("environment").get("name").asText());
        assertEquals(List.of("actions/deploy-pages@v4"), steps(deploy, "uses"));
    }
}
