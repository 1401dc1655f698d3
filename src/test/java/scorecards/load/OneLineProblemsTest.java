package scorecards.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorecards.cli.CliRun;
import scorecards.testing.Fixtures;

/**
 * Team-written keys, values and file names with line breaks, tabs, terminal escapes and great
 * length: each problem is still exactly one line, in every output format, with the user's text
 * escaped and cut where it is quoted.
 */
class OneLineProblemsTest {

    private static final String LONG_KEY = "k".repeat(300);

    /** Double-quoted YAML, so that the file itself is plain text and the keys hold the characters. */
    private static final String HOSTILE_TEAM = String.join("\n",
            "name: Hostile",
            "\"foo\\nbar:baz\\tx\": 1",
            "\"\\e[31mred\\e[0m\": 2",
            "\"line\\Lparagraph\\Pnext\\Nend\": 3",
            "\"" + LONG_KEY + "\": 4",
            "assessments:",
            "  - period: \"2025-Q1\\a\"",
            "  - period: 2025-Q2",
            "    platform-usage:",
            "      uses:",
            "        - product: \"\\e[1mci\"",
            "    needs:",
            "      - \"tab\\there\": and a colon",
            "    quality:",
            "      \"dup\\tkey\": 1",
            "      \"dup\\tkey\": 2",
            "");

    private static final List<String> HOSTILE_PROBLEMS = List.of(
            "scorecards/teams/hostile.yaml:2:1: unknown key 'foo\\nbar:baz\\tx' in the team file; expected one of: "
                    + "name, tribe, size, product-owner, devops-buddy, assessments, exemptions",
            "scorecards/teams/hostile.yaml:3:1: unknown key '\\u001B[31mred\\u001B[0m' in the team file; "
                    + "expected one of: name, tribe, size, product-owner, devops-buddy, assessments, exemptions",
            "scorecards/teams/hostile.yaml:4:1: unknown key 'line\\u2028paragraph\\u2029next\\u0085end' in the team "
                    + "file; expected one of: name, tribe, size, product-owner, devops-buddy, assessments, exemptions",
            "scorecards/teams/hostile.yaml:5:1: unknown key '" + "k".repeat(80) + "…' in the team file; "
                    + "expected one of: name, tribe, size, product-owner, devops-buddy, assessments, exemptions",
            "scorecards/teams/hostile.yaml:7:13: 'period' holds the control character \\u0007; remove it",
            "scorecards/teams/hostile.yaml:11:20: 'product' holds the control character \\u001B; remove it",
            "scorecards/teams/hostile.yaml:13:9: a need that contains ': ' must be quoted, e.g. - \"tab\\there: ...\"",
            "scorecards/teams/hostile.yaml:16:7: duplicate key 'dup\\tkey' (first given at line 15)",
            "scorecards/teams/hostile.yaml:15:7: unknown key 'dup\\tkey' in quality of assessment 2025-Q2; "
                    + "expected one of: incidents, workarounds, open-bugs");

    private static final Pattern LOCATED = Pattern.compile("[^\\s:][^:]*:\\d+:\\d+: \\S.*");
    private static final Pattern ANNOTATION = Pattern.compile("::error file=[^,:]+,line=\\d+,col=\\d+::\\S.*");

    @TempDir
    Path temp;

    private Path sourceWith(String file, String text) throws IOException {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
        Files.writeString(source.resolve("scorecards/teams").resolve(file), text, StandardCharsets.UTF_8);
        return source;
    }

    @Test
    void hostile_keys_and_values_are_quoted_escaped_and_cut_one_problem_a_line() throws IOException {
        CliRun run = CliRun.of("validate", "--quiet", "--source", sourceWith("hostile.yaml", HOSTILE_TEAM).toString());

        assertEquals(sorted(HOSTILE_PROBLEMS), run.out().lines().toList());
        assertEquals(1, run.exitCode());
        assertEquals("", run.err());
    }

    @Test
    void a_team_file_whose_name_holds_a_line_break_and_an_escape_is_reported_on_one_line() throws IOException {
        CliRun run = CliRun.of("validate", "--quiet", "--source",
                sourceWith("two\nlines\u001b.yaml", "name: Two lines\n").toString());

        assertEquals(List.of(
                "scorecards/teams/two\\nlines\\u001B.yaml:1:1: 'two\\nlines\\u001B' is not a valid team id, and a team's "
                        + "id is its file name: use lower-case letters, digits and '-', starting with a letter or digit, "
                        + "at most 63 characters",
                "scorecards/teams/two\\nlines\\u001B.yaml:1:1: missing required key 'assessments' in the team file"),
                run.out().lines().toList());
        assertEquals(1, run.exitCode());
    }

    @Test
    void raw_control_characters_in_a_file_give_a_one_line_syntax_error() throws IOException {
        CliRun run = CliRun.of("validate", "--quiet", "--source",
                sourceWith("raw.yaml", "name: a\u001b[2Jb\u0007\nassessments: []\n").toString());

        assertEquals(List.of("scorecards/teams/raw.yaml:1:8: YAML syntax error: the character \\u001B is not allowed "
                + "in a YAML file; remove it"), run.out().lines().toList());
        assertEquals(1, run.exitCode());
    }

    @Test
    void workflow_annotations_stay_one_line_and_escape_what_their_format_needs() throws IOException {
        CliRun run = CliRun.of("validate", "--format", "github", "--source",
                sourceWith("hostile.yaml", HOSTILE_TEAM + "\"50%\\r\\nsure\": 5\n").toString());

        List<String> printed = run.out().lines().toList();
        assertEquals(HOSTILE_PROBLEMS.size() + 1, printed.size(), run.out());
        assertOneLineEach(printed, ANNOTATION);
        assertTrue(printed.contains("::error file=scorecards/teams/hostile.yaml,line=17,col=1::unknown key "
                + "'50%25\\r\\nsure' in the team file; expected one of: name, tribe, size, product-owner, devops-buddy, "
                + "assessments, exemptions"), run.out());
    }

    @Test
    void json_messages_hold_the_same_one_line_text() throws IOException {
        CliRun run = CliRun.of("validate", "--format", "json", "--source",
                sourceWith("hostile.yaml", HOSTILE_TEAM).toString());

        List<String> messages = new ArrayList<>();
        for (JsonNode problem : new ObjectMapper().readTree(run.out())) {
            messages.add(problem.get("file").asText() + ":" + problem.get("line").asInt() + ":"
                    + problem.get("column").asInt() + ": " + problem.get("message").asText());
        }
        assertEquals(sorted(HOSTILE_PROBLEMS), messages);
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted(java.util.Comparator.comparing(OneLineProblemsTest::position)).toList();
    }

    /** The order problems are printed in: by line, then column (one file here). */
    private static long position(String line) {
        String[] parts = line.split(":", 4);
        return Long.parseLong(parts[1]) * 10_000 + Long.parseLong(parts[2]);
    }

    static void assertOneLineEach(List<String> lines, Pattern form) {
        for (String line : lines) {
            assertTrue(form.matcher(line).matches(), "not one located line: " + line);
            assertTrue(line.codePoints().noneMatch(OneLineProblemsTest::isControl), "control character in: " + line);
        }
    }

    static boolean isControl(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
