package scorecards.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import scorecards.cli.CliRun;
import scorecards.synthetic.SyntheticOrganisation;
import scorecards.testing.ExampleSite;
import scorecards.testing.Fixtures;

/**
 * The export's JSON Schema, {@code data/scorecards.schema.json}, read by a JSON Schema validator as
 * a script's author would: the example's and a 200-team synthetic organisation's exports are valid
 * under the schema their own build wrote beside them, and exports broken in the ways a script
 * would trip over are not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ExampleSite.class)
class ExportSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Path example;

    @BeforeAll
    void read(@ExampleSite.Built Path builtExample) {
        example = builtExample;
    }

    private static Path build(Path source, Path output) {
        CliRun run = CliRun.of("build", "--quiet", "--source", source.toString(), "--output", output.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        return output;
    }

    private static JsonSchema schema(Path site) throws IOException {
        try (InputStream in = Files.newInputStream(site.resolve("data/scorecards.schema.json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    private static JsonNode export(Path site) throws IOException {
        return JSON.readTree(site.resolve("data/scorecards.json").toFile());
    }

    /** Each message as "where: what", sorted, to show in a failure. */
    private static List<String> messages(Set<ValidationMessage> found) {
        return found.stream().map(m -> m.getInstanceLocation() + ": " + m.getMessage()).sorted().toList();
    }

    @Test
    void the_example_export_is_valid_under_the_schema_its_build_wrote_beside_it() throws IOException {
        JsonNode export = export(example);

        assertEquals(List.of(), messages(schema(example).validate(export)));
        // The format 1.1 keys are there to be checked, not empty.
        assertTrue(export.get("campaigns").size() > 0 && export.get("tribes").size() > 0);
        assertTrue(export.findValues("exemptions").stream().anyMatch(list -> list.size() > 0));
    }

    @Test
    void an_export_with_own_metrics_facts_and_review_flags_is_valid_under_its_schema(@TempDir Path temp)
            throws IOException {
        Path site = build(Fixtures.resource("compatibility/own-metrics-and-facts"), temp.resolve("site"));
        JsonNode export = export(site);

        assertEquals(List.of(), messages(schema(site).validate(export)));
        // The format 1.2 keys are there to be checked, not empty.
        assertTrue(export.findValues("measured").stream().anyMatch(measured -> measured.size() > 0));
        assertTrue(export.findValues("review").stream().anyMatch(review -> review.size() > 0));
        assertTrue(export.get("rollups").get(0).get("metrics").size() > 0);
    }

    @Test
    void the_schema_refuses_an_unknown_review_flag_and_a_measured_value_without_its_source(@TempDir Path temp)
            throws IOException {
        Path site = build(Fixtures.resource("compatibility/own-metrics-and-facts"), temp.resolve("site"));
        ObjectNode export = (ObjectNode) export(site);
        ObjectNode payments = (ObjectNode) export.get("teams").get(2).get("assessments").get(1);
        ((com.fasterxml.jackson.databind.node.ArrayNode) payments.get("review")).add("suspicious");
        ((ObjectNode) payments.get("measured").get("deploys-per-week")).remove("source");

        assertEquals(2, messages(schema(site).validate(export)).size(), messages(schema(site).validate(export))
                .toString());
    }

    @Test
    void a_200_team_synthetic_organisations_export_is_valid_under_its_schema(@TempDir Path temp) throws IOException {
        Path source = temp.resolve("source");
        new SyntheticOrganisation(200, 12, 42).writeInto(source);
        Path site = build(source, temp.resolve("site"));
        JsonNode export = export(site);

        assertEquals(200, export.get("teams").size());
        assertEquals(List.of(), messages(schema(site).validate(export)));
    }

    @Test
    void the_schema_in_the_site_and_in_the_repository_is_the_generated_one() throws IOException {
        ByteArrayOutputStream generated = new ByteArrayOutputStream();
        ExportSchema.write(generated);
        String text = generated.toString(StandardCharsets.UTF_8);

        assertEquals(text, Files.readString(example.resolve("data/scorecards.schema.json")));
        assertEquals(text, Files.readString(Path.of("scorecards/schemas/scorecards.schema.json")),
                "scorecards/schemas/scorecards.schema.json is out of date: run java -jar target/scorecards.jar schemas");
        assertEquals("http://json-schema.org/draft-07/schema#", JSON.readTree(text).get("$schema").asText());
    }

    /** The example's export with one change, and what the validator says about it. */
    private List<String> broken(Consumer<ObjectNode> change) throws IOException {
        ObjectNode export = (ObjectNode) export(example);
        change.accept(export);
        return messages(schema(example).validate(export));
    }

    private static ObjectNode first(JsonNode node, String key) {
        return (ObjectNode) node.get(key).get(0);
    }

    @Test
    void the_schema_rejects_a_share_as_a_string_a_missing_key_an_unknown_key_and_a_misplaced_null() throws IOException {
        List<String> shareAsText = broken(e -> first(e, "rollups").put("devops-buddy-coverage", "0.5"));
        List<String> missing = broken(e -> first(e, "teams").remove("stale"));
        List<String> unknown = broken(e -> first(first(e, "teams"), "assessments").put("levle", "x"));
        List<String> nullScore = broken(e -> first(first(e, "teams"), "assessments").putNull("score"));
        List<String> shareAbove1 = broken(e -> first(e, "campaigns").put("target", 1.5));
        List<String> badStatus = broken(e -> first(e, "campaigns").put("status", "done"));
        List<String> badPeriod = broken(e -> ((ArrayNode) e.get("periods")).set(0, JSON.getNodeFactory().textNode("2025-Q5")));
        List<String> tribeRollupMissing = broken(e -> ((ObjectNode) first(e, "tribes").get("rollups").get(0)).remove("csat"));

        assertEquals(1, shareAsText.size(), shareAsText.toString());
        assertTrue(shareAsText.get(0).startsWith("$.rollups[0].devops-buddy-coverage: "), shareAsText.toString());
        assertEquals(1, missing.size(), missing.toString());
        assertTrue(missing.get(0).startsWith("$.teams[0]: ") && missing.get(0).contains("stale"), missing.toString());
        assertEquals(1, unknown.size(), unknown.toString());
        assertTrue(unknown.get(0).contains("levle"), unknown.toString());
        assertEquals(1, nullScore.size(), nullScore.toString());
        assertTrue(nullScore.get(0).startsWith("$.teams[0].assessments[0].score: "), nullScore.toString());
        assertEquals(1, shareAbove1.size(), shareAbove1.toString());
        assertEquals(1, badStatus.size(), badStatus.toString());
        assertEquals(1, badPeriod.size(), badPeriod.toString());
        assertTrue(badPeriod.get(0).startsWith("$.periods[0]: "), badPeriod.toString());
        assertEquals(1, tribeRollupMissing.size(), tribeRollupMissing.toString());
        assertTrue(tribeRollupMissing.get(0).contains("csat"), tribeRollupMissing.toString());
    }

    @Test
    void every_key_the_schema_names_has_a_description() {
        ObjectNode schema = ExportSchema.schema();
        List<String> undescribed = new ArrayList<>();
        undescribed(schema, schema, "$", undescribed);

        assertEquals(List.of(), undescribed);
    }

    /** Walks every property schema, following references, and lists those that say nothing of their key. */
    private static void undescribed(JsonNode root, JsonNode node, String where, List<String> found) {
        JsonNode properties = node.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> keys = properties.fields(); keys.hasNext(); ) {
            Map.Entry<String, JsonNode> key = keys.next();
            JsonNode value = resolved(root, key.getValue());
            if (value.path("description").asText().isBlank()) {
                found.add(where + "." + key.getKey());
            }
            undescribed(root, value, where + "." + key.getKey(), found);
        }
        for (String nested : List.of("items", "additionalProperties")) {
            if (node.path(nested).isObject()) {
                undescribed(root, resolved(root, node.get(nested)), where + "[" + nested + "]", found);
            }
        }
    }

    private static JsonNode resolved(JsonNode root, JsonNode node) {
        String ref = node.path("$ref").asText();
        assertFalse(node.has("$ref") && !ref.startsWith("#/definitions/"), ref);
        return ref.isEmpty() ? node : root.get("definitions").get(ref.substring("#/definitions/".length()));
    }
}
