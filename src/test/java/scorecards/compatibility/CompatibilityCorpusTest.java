package scorecards.compatibility;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scorecards.cli.CliRun;
import scorecards.testing.Fixtures;

/**
 * The frozen compatibility corpus of format 1.0, under {@code src/test/resources/compatibility/}.
 * Each case folder is a site repository; its {@code expected/} folder holds the
 * {@code data/scorecards.json} and {@code data/teams.csv} that a release of format 1.0 wrote for
 * it. Every later release must build each case to the same 1.0 keys and columns, with the same
 * values: a later format may add keys and columns, never change or remove one. The expected files
 * are never regenerated to make this test pass (see the corpus's README.md).
 */
class CompatibilityCorpusTest {

    private static final String CORPUS = "compatibility";
    private static final String EXPECTED = "expected";
    private static final String JSON = "data/scorecards.json";
    private static final String CSV = "data/teams.csv";

    /** The frozen cases (format 1.0 and later); a later format adds cases, never removes one. */
    private static final List<String> FROZEN_CASES =
            List.of("custom-model", "example", "monthly-cadence", "own-metrics-and-facts", "sparse-data",
                    "unicode-and-markup");

    /**
     * Parses numbers as their text reads: a float as a BigDecimal with its trailing zeros kept, so
     * {@code 100.0}, {@code 100} and {@code 100.00} stay three different values.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    @TempDir
    static Path temp;

    /** The first build of each case, shared by the tests of this class. */
    private static final Map<String, Path> BUILDS = new HashMap<>();

    static Stream<String> cases() throws IOException {
        try (Stream<Path> entries = Files.list(Fixtures.resource(CORPUS))) {
            return entries.filter(Files::isDirectory).map(path -> path.getFileName().toString()).sorted().toList()
                    .stream();
        }
    }

    @Test
    void every_frozen_case_is_still_in_the_corpus_with_both_expected_files() throws IOException {
        List<String> found = cases().toList();
        for (String name : FROZEN_CASES) {
            assertTrue(found.contains(name), "case " + name + " is missing from the corpus: " + found);
        }
        for (String name : found) {
            Path expected = Fixtures.resource(CORPUS).resolve(name).resolve(EXPECTED);
            assertTrue(Files.isRegularFile(expected.resolve("scorecards.json")), name + " has expected/scorecards.json");
            assertTrue(Files.isRegularFile(expected.resolve("teams.csv")), name + " has expected/teams.csv");
        }
    }

    @ParameterizedTest(name = "{0}: scorecards.json keeps every key of format 1.0, with the same value")
    @MethodSource("cases")
    void scorecards_json_keeps_every_key_and_value_of_format_1_0(String name) throws IOException {
        Path expectedFile = expected(name).resolve("scorecards.json");
        JsonNode expected = MAPPER.readTree(Files.readString(expectedFile, StandardCharsets.UTF_8));
        JsonNode actual = MAPPER.readTree(Files.readString(build(name).resolve(JSON), StandardCharsets.UTF_8));

        JsonNode format = expected.get("format");
        assertTrue(format != null && format.isIntegralNumber() && format.intValue() == 1,
                expectedFile + ": \"format\" is 1, found " + format);
        JsonNode pruned = prune(expected, actual);
        String difference = firstDifference(expected, pruned, "$");
        assertEquals(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(expected),
                MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(pruned),
                () -> name + ": data/scorecards.json broke a format 1.0 key; first difference at " + difference);
    }

    @ParameterizedTest(name = "{0}: teams.csv keeps every column of format 1.0, with the same cells")
    @MethodSource("cases")
    void teams_csv_keeps_every_column_and_cell_of_format_1_0(String name) throws IOException {
        List<List<String>> expected = Csv.parse(Files.readString(expected(name).resolve("teams.csv"), StandardCharsets.UTF_8));
        List<List<String>> actual = Csv.parse(Files.readString(build(name).resolve(CSV), StandardCharsets.UTF_8));

        List<String> expectedHeader = expected.get(0);
        List<String> actualHeader = actual.get(0);
        List<Integer> columns = new ArrayList<>();
        for (String column : expectedHeader) {
            int index = actualHeader.indexOf(column);
            assertTrue(index >= 0, name + ": data/teams.csv lost the column " + column + "; header now " + actualHeader);
            columns.add(index);
        }
        assertEquals(expected.size(), actual.size(), name + ": rows of data/teams.csv, header included");
        for (int row = 1; row < expected.size(); row++) {
            List<String> expectedRow = expected.get(row);
            List<String> actualRow = actual.get(row);
            assertEquals(expectedHeader.size(), expectedRow.size(), name + ": cells in expected row " + row);
            for (int column = 0; column < expectedHeader.size(); column++) {
                int index = columns.get(column);
                String cell = index < actualRow.size() ? actualRow.get(index) : null;
                int at = row;
                int col = column;
                assertEquals(expectedRow.get(column), cell, () -> name + ": data/teams.csv row " + at + " ("
                        + expectedRow.get(0) + " " + expectedRow.get(3) + "), column " + expectedHeader.get(col));
            }
        }
    }

    @ParameterizedTest(name = "{0}: two builds write byte-identical data files")
    @MethodSource("cases")
    void two_builds_write_byte_identical_data_files(String name) throws IOException {
        Path first = build(name);
        Path second = run(name, "second");

        for (String file : List.of(JSON, CSV)) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)),
                    name + ": " + file + " differs between two builds of the same input");
        }
    }

    private static Path expected(String name) {
        return Fixtures.resource(CORPUS).resolve(name).resolve(EXPECTED);
    }

    private static synchronized Path build(String name) throws IOException {
        Path output = BUILDS.get(name);
        if (output == null) {
            output = run(name, "first");
            BUILDS.put(name, output);
        }
        return output;
    }

    /** Builds a copy of the case (without its expected files), in-process, as a user would. */
    private static Path run(String name, String label) throws IOException {
        Path source = temp.resolve(name).resolve("source-" + label);
        Path output = temp.resolve(name).resolve("site-" + label);
        copyCase(Fixtures.resource(CORPUS).resolve(name), source);

        CliRun run = CliRun.of("build", "--source", source.toString(), "--output", output.toString());

        assertEquals(0, run.exitCode(), () -> name + ": the build exits 0\n" + run.out() + run.err());
        return output;
    }

    private static void copyCase(Path from, Path target) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(from)) {
            paths = walk.toList();
        }
        for (Path path : paths) {
            Path relative = from.relativize(path);
            if (relative.getName(0).toString().equals(EXPECTED)) {
                continue;
            }
            Path destination = target.resolve(relative.toString());
            if (Files.isDirectory(path)) {
                Files.createDirectories(destination);
            } else {
                Files.copy(path, destination);
            }
        }
    }

    /**
     * The actual tree without the object keys that the expected tree does not have at the same
     * place: what is left is what format 1.0 promised. Arrays are pruned element by element (a
     * length that differs is left to the comparison to show).
     */
    static JsonNode prune(JsonNode expected, JsonNode actual) {
        if (expected instanceof ObjectNode expectedObject && actual instanceof ObjectNode actualObject) {
            ObjectNode pruned = MAPPER.getNodeFactory().objectNode();
            for (Map.Entry<String, JsonNode> field : actualObject.properties()) {
                JsonNode expectedValue = expectedObject.get(field.getKey());
                if (expectedValue != null) {
                    pruned.set(field.getKey(), prune(expectedValue, field.getValue()));
                }
            }
            return pruned;
        }
        if (expected instanceof ArrayNode expectedArray && actual instanceof ArrayNode actualArray) {
            ArrayNode pruned = MAPPER.getNodeFactory().arrayNode();
            for (int i = 0; i < actualArray.size(); i++) {
                pruned.add(i < expectedArray.size() ? prune(expectedArray.get(i), actualArray.get(i)) : actualArray.get(i));
            }
            return pruned;
        }
        return actual;
    }

    /** Where two trees first differ, as a path with both values, for a readable failure. */
    static String firstDifference(JsonNode expected, JsonNode actual, String path) {
        if (expected instanceof ObjectNode && actual instanceof ObjectNode) {
            List<String> expectedKeys = expected.properties().stream().map(Map.Entry::getKey).toList();
            List<String> actualKeys = actual.properties().stream().map(Map.Entry::getKey).toList();
            for (String key : expectedKeys) {
                if (!actual.has(key)) {
                    return path + "." + key + ": missing (expected " + expected.get(key) + ")";
                }
                String difference = firstDifference(expected.get(key), actual.get(key), path + "." + key);
                if (difference != null) {
                    return difference;
                }
            }
            return expectedKeys.equals(actualKeys) ? null
                    : path + ": keys in another order, expected " + expectedKeys + " but was " + actualKeys;
        }
        if (expected instanceof ArrayNode && actual instanceof ArrayNode) {
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                String difference = firstDifference(expected.get(i), actual.get(i), path + "[" + i + "]");
                if (difference != null) {
                    return difference;
                }
            }
            return expected.size() == actual.size() ? null
                    : path + ": expected " + expected.size() + " elements but was " + actual.size();
        }
        String expectedText = expected.toString();
        String actualText = actual.toString();
        return expectedText.equals(actualText) ? null
                : path + ": expected " + expectedText + " but was " + actualText;
    }

    /** A reader of RFC 4180 text: quoted fields may hold commas, doubled quotes and line ends. */
    static final class Csv {

        private Csv() {
        }

        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean inRecord = false;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            cell.append('"');
                            i += 2;
                            continue;
                        }
                        quoted = false;
                        i++;
                        if (i < text.length() && ",\r\n".indexOf(text.charAt(i)) < 0) {
                            throw new IllegalArgumentException("text after a closing quote at offset " + i);
                        }
                        continue;
                    }
                    cell.append(c);
                    i++;
                    continue;
                }
                if (c == '"' && cell.length() == 0) {
                    quoted = true;
                    inRecord = true;
                    i++;
                } else if (c == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                    inRecord = true;
                    i++;
                } else if (c == '\r' || c == '\n') {
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    inRecord = false;
                    i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                } else if (c == '"') {
                    throw new IllegalArgumentException("a quote inside an unquoted field at offset " + i);
                } else {
                    cell.append(c);
                    inRecord = true;
                    i++;
                }
            }
            if (quoted) {
                throw new IllegalArgumentException("a quoted field is not closed");
            }
            if (inRecord || cell.length() > 0) {
                row.add(cell.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
