package scorecards.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** User text inside a message: one line, every hidden character escaped, long text cut. */
class QuotedTest {

    @Test
    void plain_text_is_shown_as_it_is_in_single_quotes() {
        assertEquals("'ci-templates'", Quoted.of("ci-templates"));
        assertEquals("'Überlingen – Süd, 2025'", Quoted.of("Überlingen – Süd, 2025"));
        assertEquals("''", Quoted.of(""));
    }

    @Test
    void line_breaks_and_tabs_are_written_as_escapes() {
        assertEquals("'foo\\nbar:baz\\tx'", Quoted.of("foo\nbar:baz\tx"));
        assertEquals("'a\\r\\nb'", Quoted.of("a\r\nb"));
    }

    @Test
    void every_control_character_and_each_separator_that_breaks_a_line_is_escaped() {
        assertEquals("\\u0000\\u0007\\u001B[31m\\u007F\\u0085\\u009B", Quoted.text("\u0000\u0007\u001b[31m\u007f\u0085\u009b"));
        assertEquals("a\\u2028b\\u2029c", Quoted.text("a\u2028b\u2029c"));
    }

    @Test
    void marks_that_reorder_text_on_screen_are_escaped() {
        assertEquals("admin\\u202Egnp.exe\\u2066x\\u2069", Quoted.text("admin\u202Egnp.exe\u2066x\u2069"));
    }

    @Test
    void a_surrogate_without_its_pair_is_escaped_and_a_whole_pair_is_kept() {
        assertEquals("a\\uD800b", Quoted.text("a\uD800b"));
        assertEquals("rocket \uD83D\uDE80", Quoted.text("rocket \uD83D\uDE80"));
    }

    @Test
    void text_longer_than_the_limit_is_cut_with_an_ellipsis() {
        assertEquals("x".repeat(80), Quoted.text("x".repeat(80)));
        assertEquals("x".repeat(80) + "…", Quoted.text("x".repeat(81)));
        assertEquals("'" + "x".repeat(80) + "…'", Quoted.of("x".repeat(5000)));
    }

    @Test
    void the_cut_counts_escapes_and_never_splits_one() {
        // 78 letters, then "\n" (two characters) fits exactly; the next escape would not.
        assertEquals("x".repeat(78) + "\\n…", Quoted.text("x".repeat(78) + "\n\n"));
        assertEquals("x".repeat(79) + "…", Quoted.text("x".repeat(79) + "\u001b"));
    }

    @Test
    void the_longest_id_is_never_cut() {
        String id = "a".repeat(63);
        assertEquals("'" + id + "'", Quoted.of(id));
    }

    @Test
    void one_line_escapes_but_never_cuts() {
        String message = "y".repeat(300) + "\n" + "z";
        assertEquals("y".repeat(300) + "\\nz", Quoted.oneLine(message));
        assertTrue(Quoted.needsEscaping(message));
        assertFalse(Quoted.needsEscaping("plain: text, 'quoted' – and ünïcode"));
    }

    @Test
    void a_problem_never_holds_a_line_break_or_a_control_character_whatever_its_message() {
        Problem problem = new Problem("scorecards/teams/a\nb.yaml", 2, 3, "first line\nsecond\u001b[2J line");

        assertEquals("scorecards/teams/a\\nb.yaml", problem.file());
        assertEquals("first line\\nsecond\\u001B[2J line", problem.message());
        assertEquals("scorecards/teams/a\\nb.yaml:2:3: first line\\nsecond\\u001B[2J line", problem.toString());
    }
}
