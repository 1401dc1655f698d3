package scorecards.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorecards.load.Problem;
import scorecards.cli.CliRun;
import scorecards.load.SourceLoader;
import scorecards.model.MetricCatalogue;
import scorecards.testing.Fixtures;

/**
 * The JSON Schemas and the validator describe one format: for every mapping, the schema lists
 * exactly the keys the validator knows, and the committed schemas are the generated ones.
 */
class FormatSchemaTest {

    private static final String UNKNOWN = "zzzzzzzzzz";
    private static final Pattern KNOWN = Pattern.compile("unknown key '" + UNKNOWN + "' in .*; expected one of: (.*)");

    @TempDir
    Path temp;

    /** The keys the validator knows where {@code {X}} stands in the file, read from its own message. */
    private List<String> validatorKeys(String file, String text) throws Exception {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source-" + System.nanoTime()));
        Files.createDirectories(source.resolve(file).getParent());
        Files.writeString(source.resolve(file), text.replace("{X}", UNKNOWN + ": 1"));
        List<Problem> problems = new SourceLoader().load(source).problems();
        List<String> keys = new ArrayList<>();
        for (Problem problem : problems) {
            Matcher matcher = KNOWN.matcher(problem.message());
            if (matcher.matches()) {
                keys.addAll(Arrays.asList(matcher.group(1).split(", ")));
            }
        }
        assertFalse(keys.isEmpty(), "the validator reported the unknown key in " + text + ": " + problems);
        return keys.stream().sorted().toList();
    }

    private static List<String> schemaKeys(Shape.Mapping mapping, String... path) {
        Shape shape = mapping;
        for (String key : path) {
            Shape.Mapping current = (Shape.Mapping) shape;
            shape = current.keys().stream().filter(k -> k.name().equals(key)).findFirst().orElseThrow().shape();
            while (!(shape instanceof Shape.Mapping)) {
                shape = shape instanceof Shape.ListOf list ? list.items() : ((Shape.MappingById) shape).values();
            }
        }
        return ((Shape.Mapping) shape).keyNames().stream().sorted().toList();
    }

    private static final String ORGANISATION = """
            name: Org
            {ROOT}
            survey:
              min-responses: 3
              {SURVEY}
            platform:
              {PLATFORM}
              products:
                - id: ci
                  name: CI
                  {PRODUCT}
                - id: runtime
                  name: Runtime
            """;

    private static final String MODEL = """
            name: Model
            {ROOT}
            levels:
              - id: low
                {LEVEL}
              - id: mid
              - id: high
            dimensions:
              - id: devops-buddy
                {DIMENSION}
                levels:
                  mid:
                    {DIMENSION_LEVEL}
                    checks:
                      - metric: designated
                        equals: true
                        {CHECK}
            """;

    private static final String TEAM = """
            name: Beta
            {ROOT}
            assessments:
              - period: 2025-Q2
                {ASSESSMENT}
                devops-buddy:
                  designated: true
                  {DEVOPS_BUDDY}
                platform-usage:
                  {PLATFORM_USAGE}
                  uses:
                    - product: ci
                      {USE}
                quality:
                  {QUALITY}
                satisfaction:
                  {SATISFACTION}
            exemptions:
              - dimension: devops-buddy
                metric: designated
                reason: in-progress
                justification: Starts next quarter
                approved-by: Sam Lee
                until: 2025-Q3
                {EXEMPTION}
            """;

    private static final String CAMPAIGN = """
            name: Goal
            {ROOT}
            start: 2025-Q1
            deadline: 2025-Q4
            scope:
              teams: [alpha]
              {SCOPE}
            goal:
              {GOAL}
              checks:
                - dimension: devops-buddy
                  metric: designated
                  equals: true
                  {CHECK}
            """;

    private static String at(String template, String place) {
        return template.replaceAll(" *\\{(?!" + place + "\\})[A-Z_]+\\}\n", "").replace("{" + place + "}", "{X}");
    }

    @Test
    void every_mapping_of_the_schemas_has_exactly_the_keys_the_validator_knows() throws Exception {
        Shape.Mapping organisation = FormatSchema.organisation();
        assertEquals(schemaKeys(organisation), validatorKeys("scorecards/organisation.yaml", at(ORGANISATION, "ROOT")));
        assertEquals(schemaKeys(organisation, "platform"), validatorKeys("scorecards/organisation.yaml", at(ORGANISATION, "PLATFORM")));
        assertEquals(schemaKeys(organisation, "survey"), validatorKeys("scorecards/organisation.yaml", at(ORGANISATION, "SURVEY")));
        assertEquals(schemaKeys(organisation, "platform", "products"),
                validatorKeys("scorecards/organisation.yaml", at(ORGANISATION, "PRODUCT")));

        Shape.Mapping model = FormatSchema.model();
        assertEquals(schemaKeys(model), validatorKeys("scorecards/model.yaml", at(MODEL, "ROOT")));
        assertEquals(schemaKeys(model, "levels"), validatorKeys("scorecards/model.yaml", at(MODEL, "LEVEL")));
        assertEquals(schemaKeys(model, "dimensions"), validatorKeys("scorecards/model.yaml", at(MODEL, "DIMENSION")));
        assertEquals(schemaKeys(model, "dimensions", "levels"),
                validatorKeys("scorecards/model.yaml", at(MODEL, "DIMENSION_LEVEL")));
        assertEquals(schemaKeys(model, "dimensions", "levels", "checks"),
                validatorKeys("scorecards/model.yaml", at(MODEL, "CHECK")));

        Shape.Mapping team = FormatSchema.team();
        String file = "scorecards/teams/beta.yaml";
        assertEquals(schemaKeys(team), validatorKeys(file, at(TEAM, "ROOT")));
        assertEquals(schemaKeys(team, "assessments"), validatorKeys(file, at(TEAM, "ASSESSMENT")));
        for (String section : List.of("devops-buddy", "platform-usage", "quality", "satisfaction")) {
            assertEquals(schemaKeys(team, "assessments", section),
                    validatorKeys(file, at(TEAM, section.toUpperCase().replace('-', '_'))), section);
        }
        assertEquals(schemaKeys(team, "assessments", "platform-usage", "uses"), validatorKeys(file, at(TEAM, "USE")));
        assertEquals(schemaKeys(team, "exemptions"), validatorKeys(file, at(TEAM, "EXEMPTION")));

        Shape.Mapping campaign = FormatSchema.campaign();
        String campaignFile = "scorecards/campaigns/goal.yaml";
        assertEquals(schemaKeys(campaign), validatorKeys(campaignFile, at(CAMPAIGN, "ROOT")));
        assertEquals(schemaKeys(campaign, "scope"), validatorKeys(campaignFile, at(CAMPAIGN, "SCOPE")));
        assertEquals(schemaKeys(campaign, "goal"), validatorKeys(campaignFile, at(CAMPAIGN, "GOAL")));
        assertEquals(schemaKeys(campaign, "goal", "checks"), validatorKeys(campaignFile, at(CAMPAIGN, "CHECK")));
    }

    @Test
    void the_schema_knows_the_reasons_of_an_exemption_and_its_required_keys() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(Files.newInputStream(Path.of("scorecards/schemas/team.schema.json")));
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        String valid = """
                name: Beta
                assessments:
                  - period: 2025-Q2
                exemptions:
                  - dimension: devops-buddy
                    metric: backup
                    level: self-service
                    reason: accepted-risk
                    justification: One rota for two teams
                    approved-by: Sam Lee
                    from: 2025-Q1
                    until: 2025-Q4
                """;

        assertEquals(Set.of(), schema.validate(yaml.readTree(valid)));
        assertEquals(1, schema.validate(yaml.readTree(valid.replace("accepted-risk", "accepted"))).size());
        assertEquals(1, schema.validate(yaml.readTree(valid.replace("    until: 2025-Q4\n", ""))).size());
        assertEquals(1, schema.validate(yaml.readTree(valid.replace("from: 2025-Q1", "from: 2025-Q5"))).size());
    }

    @Test
    void the_committed_schemas_are_the_ones_generated_from_the_repositorys_model() throws IOException {
        MetricCatalogue metrics = new SourceLoader().loadModel(Path.of(".")).orElseThrow().model().orElseThrow()
                .metrics();
        Map<String, Shape.Mapping> files = SchemaWriter.files(metrics);
        for (String name : files.keySet()) {
            ByteArrayOutputStream generated = new ByteArrayOutputStream();
            SchemaWriter.write(name, files.get(name), generated);

            assertEquals(generated.toString(java.nio.charset.StandardCharsets.UTF_8),
                    Files.readString(Path.of("scorecards/schemas", name)),
                    name + " is out of date: run java -jar target/scorecards.jar schemas");
        }
    }

    @Test
    void the_schemas_command_generates_the_team_schema_from_the_models_own_sections_and_metrics() throws Exception {
        Path site = Fixtures.copy(Fixtures.resource("compatibility/own-metrics-and-facts"), temp.resolve("own"));

        CliRun run = CliRun.of("schemas", "--source", site.toString());

        assertEquals(0, run.exitCode(), run.out() + run.err());
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(Files.newInputStream(site.resolve("scorecards/schemas/team.schema.json")));
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        String valid = """
                name: Beta
                assessments:
                  - period: 2026-Q3
                    devops-buddy:
                      on-call-runbooks: true
                    delivery:
                      deploys-per-week: 12.5
                      incident-process: documented
                      releases: 3
                """;
        assertEquals(Set.of(), schema.validate(yaml.readTree(valid)));
        assertEquals(1, schema.validate(yaml.readTree(valid.replace("documented", "documentd"))).size(),
                "a choice that is not one");
        assertEquals(1, schema.validate(yaml.readTree(valid.replace("12.5", "501"))).size(), "above the max");
        assertEquals(1, schema.validate(yaml.readTree(valid.replace("releases: 3", "releses: 3"))).size(),
                "a misspelt own metric");
        assertEquals(1, schema.validate(yaml.readTree(valid.replace("delivery:", "delivry:"))).size(),
                "a misspelt own section");
    }

    @Test
    void the_schemas_command_writes_nothing_while_the_model_has_problems() throws Exception {
        Path site = Fixtures.copy(Fixtures.resource("compatibility/own-metrics-and-facts"), temp.resolve("broken"));
        Path model = site.resolve("scorecards/model.yaml");
        Files.writeString(model, Files.readString(model).replace("type: count", "type: cuont"));

        CliRun run = CliRun.of("schemas", "--source", site.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("scorecards/model.yaml:"), run.out());
        assertFalse(Files.exists(site.resolve("scorecards/schemas")));
    }

    @Test
    void every_example_file_is_valid_under_its_schema_and_names_it() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        List<Path> files = new ArrayList<>(List.of(Path.of("scorecards/organisation.yaml"), Path.of("scorecards/model.yaml")));
        try (Stream<Path> teams = Files.list(Path.of("scorecards/teams"))) {
            files.addAll(teams.sorted().toList());
        }
        try (Stream<Path> campaigns = Files.list(Path.of("scorecards/campaigns"))) {
            files.addAll(campaigns.sorted().toList());
        }
        for (Path file : files) {
            String name = file.getFileName().toString().equals("organisation.yaml") ? "organisation"
                    : file.getFileName().toString().equals("model.yaml") ? "model"
                    : file.getParent().getFileName().toString().equals("campaigns") ? "campaign" : "team";
            JsonSchema schema = factory.getSchema(Files.newInputStream(Path.of("scorecards/schemas", name + ".schema.json")));
            JsonNode document = yaml.readTree(file.toFile());

            Set<ValidationMessage> messages = schema.validate(document);

            assertEquals(Set.of(), messages, file.toString());
            assertTrue(Files.readAllLines(file).get(0).startsWith("# yaml-language-server: $schema="), file.toString());
        }
    }

    @Test
    void the_schema_rejects_what_the_validator_rejects() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(Files.newInputStream(Path.of("scorecards/schemas/team.schema.json")));
        JsonNode document = new ObjectMapper(new YAMLFactory()).readTree("""
                name: Beta
                assessments:
                  - period: 2025-Q5
                    satisfaction:
                      csat: 7
                    quality:
                      incidents: 1.5
                    devops-buddy:
                      desgnated: true
                """);

        Set<ValidationMessage> messages = schema.validate(document);

        assertEquals(4, messages.size(), messages.toString());
    }
}
