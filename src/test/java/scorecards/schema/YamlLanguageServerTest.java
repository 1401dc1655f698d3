package scorecards.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import scorecards.testing.NpmPackage;

/**
 * Editor support as editors give it: Red Hat's YAML language server (the one behind VS Code's YAML
 * extension, from the npm registry), run headless over its standard input and output, finds the
 * published schemas through the {@code # yaml-language-server: $schema=} line each example file
 * starts with. The example files get no diagnostic, a misspelt key is reported at its line, and
 * completion inside an assessment offers the section and metric names. One server for the class;
 * the documents are the repository's own files, or new ones beside them that exist only in the
 * editor. Without npm the tests are skipped, and fail in CI.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YamlLanguageServerTest {

    static final String VERSION = "1.25.0";
    private static final NpmPackage PACKAGE = new NpmPackage("yaml-language-server", VERSION, "yaml-language-server");
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path TEAMS = Path.of("scorecards/teams").toAbsolutePath();

    private LanguageServer server;
    private int opened;

    @BeforeAll
    void start(@TempDir Path temp) throws IOException {
        Path home = PACKAGE.assumeInstalled();
        // Validation and completion on; no schema store, whose catalogue would be fetched from the network.
        ObjectNode yaml = JSON.createObjectNode().put("validate", true).put("completion", true).put("hover", true);
        yaml.putObject("schemaStore").put("enable", false).put("url", "");
        server = new LanguageServer(List.of("node", home.resolve("bin/yaml-language-server").toString(), "--stdio"),
                temp.resolve("server.err"), Map.of("yaml", yaml));
        ObjectNode initialize = JSON.createObjectNode().put("processId", ProcessHandle.current().pid())
                .put("rootUri", Path.of("").toAbsolutePath().toUri().toString());
        ObjectNode capabilities = initialize.putObject("capabilities");
        capabilities.putObject("workspace").put("configuration", true);
        ObjectNode textDocument = capabilities.putObject("textDocument");
        textDocument.putObject("completion").putObject("completionItem").put("snippetSupport", false);
        textDocument.putObject("publishDiagnostics");

        JsonNode result = server.request("initialize", initialize, LIMIT);

        assertTrue(result.path("capabilities").has("completionProvider"), result.toString());
        server.notify("initialized", JSON.createObjectNode());
        ObjectNode settings = JSON.createObjectNode();
        settings.putObject("settings").set("yaml", yaml);
        server.notify("workspace/didChangeConfiguration", settings);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** Opens a document in the server, as an editor opening a file does; returns its URI. */
    private String open(Path file, String text) throws IOException {
        String uri = file.toUri().toString();
        ObjectNode params = JSON.createObjectNode();
        params.putObject("textDocument").put("uri", uri).put("languageId", "yaml").put("version", ++opened).put("text", text);
        server.notify("textDocument/didOpen", params);
        return uri;
    }

    private List<String> completions(String uri, int line, int character) throws IOException {
        ObjectNode params = JSON.createObjectNode();
        params.putObject("textDocument").put("uri", uri);
        params.putObject("position").put("line", line).put("character", character);
        JsonNode result = server.request("textDocument/completion", params, LIMIT);
        JsonNode items = result.isArray() ? result : result.path("items");
        List<String> labels = new ArrayList<>();
        items.forEach(item -> labels.add(item.path("label").asText()));
        return labels;
    }

    @Test
    void every_example_file_opened_in_the_language_server_has_no_diagnostic() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("scorecards/organisation.yaml"), Path.of("scorecards/model.yaml")));
        for (String folder : List.of("scorecards/teams", "scorecards/campaigns")) {
            try (Stream<Path> entries = Files.list(Path.of(folder))) {
                files.addAll(entries.filter(path -> path.toString().endsWith(".yaml")).sorted().toList());
            }
        }
        Map<String, String> uris = new TreeMap<>();
        for (Path file : files) {
            uris.put(open(file.toAbsolutePath(), Files.readString(file)), file.toString());
        }

        Map<String, List<LanguageServer.Diagnostic>> found = new TreeMap<>();
        for (Map.Entry<String, String> uri : uris.entrySet()) {
            List<LanguageServer.Diagnostic> diagnostics = server.nextDiagnostics(uri.getKey(), LIMIT);
            if (!diagnostics.isEmpty()) {
                found.put(uri.getValue(), diagnostics);
            }
        }
        assertEquals(19, files.size(), "organisation, model, 14 teams and 3 campaigns");
        assertEquals(Map.of(), found);
    }

    @Test
    void each_kind_of_example_file_finds_its_schema_an_unknown_key_added_to_it_is_reported() throws IOException {
        // No diagnostic above proves little unless the same files do get checked: one of each kind,
        // with a key added at its end, opened beside the original so that its schema line still resolves.
        Map<String, List<LanguageServer.Diagnostic>> found = new TreeMap<>();
        Map<String, Integer> lines = new TreeMap<>();
        for (String name : List.of("organisation.yaml", "model.yaml", "teams/payments.yaml",
                "campaigns/buddy-in-every-team.yaml")) {
            Path file = Path.of("scorecards", name).toAbsolutePath();
            String text = Files.readString(file) + "unknown-key: 1\n";
            String uri = open(file.resolveSibling("with-unknown-key-" + file.getFileName()), text);
            found.put(name, server.nextDiagnostics(uri, LIMIT));
            lines.put(name, (int) text.lines().count() - 1);
        }

        for (Map.Entry<String, List<LanguageServer.Diagnostic>> file : found.entrySet()) {
            List<LanguageServer.Diagnostic> diagnostics = file.getValue();
            assertEquals(1, diagnostics.size(), file.getKey() + ": " + diagnostics);
            assertEquals(lines.get(file.getKey()), diagnostics.get(0).line(), file.getKey() + ": " + diagnostics);
            assertEquals("Property unknown-key is not allowed.", diagnostics.get(0).message(), file.getKey());
        }
    }

    @Test
    void a_misspelt_key_in_a_team_file_is_reported_at_its_line() throws IOException {
        String text = """
                # yaml-language-server: $schema=../schemas/team.schema.json
                name: Beta
                assessments:
                  - period: 2026-Q3
                    devops-buddy:
                      desgnated: true
                      trained: true
                """;
        String uri = open(TEAMS.resolve("misspelt.yaml"), text);

        List<LanguageServer.Diagnostic> diagnostics = server.nextDiagnostics(uri, LIMIT);

        assertEquals(1, diagnostics.size(), diagnostics.toString());
        LanguageServer.Diagnostic diagnostic = diagnostics.get(0);
        assertEquals(5, diagnostic.line(), "line 6 of the file, counted from 0: " + diagnostic);
        assertEquals(6, diagnostic.character(), diagnostic.toString());
        assertTrue(diagnostic.message().contains("desgnated"), diagnostic.toString());
    }

    @Test
    void a_value_out_of_range_and_a_missing_required_key_are_reported_too() throws IOException {
        String text = """
                # yaml-language-server: $schema=../schemas/team.schema.json
                assessments:
                  - period: 2026-Q3
                    satisfaction:
                      csat: 7
                """;
        String uri = open(TEAMS.resolve("out-of-range.yaml"), text);

        List<LanguageServer.Diagnostic> diagnostics = server.nextDiagnostics(uri, LIMIT);

        assertEquals(2, diagnostics.size(), diagnostics.toString());
        assertTrue(diagnostics.stream().anyMatch(d -> d.line() == 4 && d.message().contains("5")), diagnostics.toString());
        assertTrue(diagnostics.stream().anyMatch(d -> d.message().contains("name")), diagnostics.toString());
    }

    @Test
    void completion_inside_an_assessment_offers_the_section_names_and_inside_a_section_its_metrics() throws IOException {
        String sections = """
                # yaml-language-server: $schema=../schemas/team.schema.json
                name: Beta
                assessments:
                  - period: 2026-Q3
                    \s
                """;
        String metrics = """
                # yaml-language-server: $schema=../schemas/team.schema.json
                name: Beta
                assessments:
                  - period: 2026-Q3
                    devops-buddy:
                      \s
                """;
        String sectionsUri = open(TEAMS.resolve("completing-sections.yaml"), sections);
        String metricsUri = open(TEAMS.resolve("completing-metrics.yaml"), metrics);

        List<String> offeredSections = completions(sectionsUri, 4, 4);
        List<String> offeredMetrics = completions(metricsUri, 5, 6);

        // The example's model adds a section of its own (delivery) and a metric of its own to devops-buddy.
        assertTrue(offeredSections.containsAll(List.of("devops-buddy", "platform-usage", "quality", "satisfaction",
                "delivery", "needs", "notes")), offeredSections.toString());
        assertEquals(List.of("backup", "buddy-guild", "designated", "self-service-share", "trained"),
                offeredMetrics.stream().sorted().toList());
    }
}
