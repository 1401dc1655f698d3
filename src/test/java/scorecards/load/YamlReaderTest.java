package scorecards.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the YAML reader accepts, what it refuses, and where it says the problem is. */
// The timeout only guards against a hang (an alias bomb that expands); it asserts no speed.
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class YamlReaderTest {

    private final YamlReader reader = new YamlReader();

    private List<String> problems(String yaml) {
        return problems(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> problems(byte[] bytes) {
        Problems problems = new Problems("f.yaml");
        reader.read(bytes, problems);
        return problems.list().stream().map(Problem::toString).toList();
    }

    private Node.MapNode root(String yaml) {
        Problems problems = new Problems("f.yaml");
        Optional<Node> node = reader.read(yaml.getBytes(StandardCharsets.UTF_8), problems);
        assertEquals(List.of(), problems.list());
        return (Node.MapNode) node.orElseThrow();
    }

    @Test
    void keys_and_values_carry_their_line_and_column() {
        Node.MapNode root = root("name: Payments\nassessments:\n  - period: 2025-Q3\n");

        assertEquals(new Location(1, 1), root.entries().get(0).keyLocation());
        assertEquals(new Location(1, 7), root.entries().get(0).value().location());
        Node.ListNode list = (Node.ListNode) root.entries().get(1).value();
        Node.MapNode item = (Node.MapNode) list.items().get(0);
        assertEquals(new Location(3, 5), item.entries().get(0).keyLocation());
    }

    @Test
    void a_control_character_is_reported_where_it_stands_and_escaped() {
        assertEquals(List.of("f.yaml:2:5: YAML syntax error: the character \\u0007 is not allowed in a YAML file; remove it"),
                problems("a: 1\nb: \uD83D\uDE80\u0007\n"));
        assertEquals(List.of("f.yaml:1:4: YAML syntax error: the character \\u009B is not allowed in a YAML file; remove it"),
                problems("a: \u009B2J\n"));
    }

    @Test
    void an_alias_bomb_is_refused_with_one_problem_and_never_expanded() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char previous = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            bomb.append("]\n");
        }

        assertEquals(List.of("f.yaml:2:8: YAML aliases are not supported (*a, and 89 more); write each value out in full"),
                problems(bomb.toString()));
    }

    @Test
    void very_deep_nesting_is_refused_with_one_problem() {
        String deep = "name: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";

        assertEquals(List.of("f.yaml:1:27: nesting is deeper than 20 levels; a scorecards file is never this deep"),
                problems(deep));
    }

    @Test
    void a_file_over_one_mebibyte_is_refused_before_it_is_parsed() {
        byte[] large = ("notes: \"" + "x".repeat(YamlReader.MAX_FILE_BYTES) + "\"\n").getBytes(StandardCharsets.UTF_8);

        assertEquals(List.of("f.yaml:1:1: file is " + large.length + " bytes, more than the 1048576 a scorecards file may have"),
                problems(large));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "? [a, b]\\n: 1\\n|1:4",
        "name: x\\n? {a: 1}\\n: 1\\n|2:4",
        "[a, b]: 1\\n|1:2",
        "{a: 1}: 2\\n|1:2",
        "a:\\n  ? - x\\n  : 1\\n|2:5"})
    void a_list_or_mapping_as_a_key_is_a_located_problem_in_words(String yaml, String where) {
        List<String> problems = problems(yaml.replace("\\n", "\n"));

        // Where the parser finds the key's first item: inside the brackets, or at the dash.
        assertEquals(List.of("f.yaml:" + where + ": a list or a mapping cannot be a key; a key is a name, such as "
                + "'period' or 'name'"), problems);
    }

    @Test
    void a_duplicate_key_names_the_line_of_the_first() {
        assertEquals(List.of("f.yaml:3:1: duplicate key 'name' (first given at line 1)"),
                problems("name: A\ntribe: B\nname: C\n"));
    }

    @Test
    void a_second_document_is_refused() {
        assertEquals(List.of("f.yaml:2:1: a second YAML document starts here; a scorecards file holds one"),
                problems("name: A\n---\nname: B\n"));
    }

    @Test
    void an_empty_or_comment_only_file_is_reported_as_empty() {
        assertEquals(List.of("f.yaml:1:1: file is empty"), problems(""));
        assertEquals(List.of("f.yaml:1:1: file is empty"), problems("# nothing yet\n\n"));
    }

    @Test
    void a_byte_that_is_not_utf8_is_reported_at_its_line_and_column() {
        byte[] latin1 = "name: A\ntribe: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        assertEquals(List.of("f.yaml:2:11: file is not valid UTF-8 (byte 0xE9 at offset 18); save it as UTF-8"),
                problems(latin1));
    }

    @Test
    void a_utf8_byte_order_mark_and_windows_line_ends_are_accepted() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "name: A\r\ntribe: B\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, both, 0, bom.length);
        System.arraycopy(text, 0, both, bom.length, text.length);
        Problems problems = new Problems("f.yaml");

        Node.MapNode root = (Node.MapNode) reader.read(both, problems).orElseThrow();

        assertEquals(List.of(), problems.list());
        assertEquals(new Location(2, 1), root.entries().get(1).keyLocation());
    }

    @Test
    void only_true_and_false_are_flags_so_yes_and_no_stay_text() {
        Node.MapNode root = root("a: true\nb: FALSE\nc: yes\nd: NO\n");

        assertEquals(Node.ScalarNode.Kind.FLAG, ((Node.ScalarNode) root.entries().get(0).value()).kind());
        assertEquals(Node.ScalarNode.Kind.FLAG, ((Node.ScalarNode) root.entries().get(1).value()).kind());
        assertEquals(Node.ScalarNode.Kind.TEXT, ((Node.ScalarNode) root.entries().get(2).value()).kind());
        assertEquals("NO", ((Node.ScalarNode) root.entries().get(3).value()).text());
    }

    @Test
    void infinity_and_not_a_number_are_numbers_without_a_value() {
        Node.MapNode root = root("a: .inf\nb: .nan\nc: 1e3\n");

        assertEquals(null, ((Node.ScalarNode) root.entries().get(0).value()).number());
        assertEquals(null, ((Node.ScalarNode) root.entries().get(1).value()).number());
        assertEquals(0, ((Node.ScalarNode) root.entries().get(2).value()).number().compareTo(java.math.BigDecimal.valueOf(1000)));
    }

    @Test
    void an_unclosed_quote_is_reported_where_it_opens() {
        assertEquals(List.of("f.yaml:1:7: YAML syntax error: this quoted text is never closed"),
                problems("name: \"Payments\ntribe: B\n"));
    }

    @Test
    void a_tab_used_for_indentation_is_named_as_such() {
        assertEquals(List.of("f.yaml:3:1: YAML syntax error: a tab character here; indent YAML with spaces, never tabs"),
                problems("name: A\nassessments:\n\t- period: 2025-Q1\n"));
    }

    @Test
    void suggestions_ignore_case_and_stay_silent_when_nothing_is_close() {
        assertEquals(Optional.of("designated"), Suggestions.closest("Desgnated", List.of("designated", "trained")));
        assertEquals(Optional.empty(), Suggestions.closest("zzzzzz", List.of("designated", "trained")));
        assertTrue(Suggestions.hint("zzzzzz", List.of("a", "b")).contains("expected one of: a, b"));
    }
}
