package scorecards.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Items join a top-level list where a person would add them, and every other line stays. */
class ModelTextTest {

    private static final List<String> ITEM = List.of("- id: new", "  name: New");

    @Test
    void an_item_joins_the_end_of_a_list_before_the_next_key_and_its_comments_at_the_lists_indentation() {
        String text = """
                # The model.
                dimensions:
                    - id: one   # four spaces in
                      name: One

                # Metrics of our own.
                metrics: # none yet
                  - id: m
                """;

        assertEquals("""
                # The model.
                dimensions:
                    - id: one   # four spaces in
                      name: One
                    - id: new
                      name: New

                # Metrics of our own.
                metrics: # none yet
                  - id: m
                  - id: new
                    name: New
                """, ModelText.appendToList(ModelText.appendToList(text, "dimensions", ITEM), "metrics", ITEM));
    }

    @Test
    void a_list_written_at_the_keys_own_indentation_is_joined_at_it() {
        assertEquals("levels:\n- id: a\n- id: new\n  name: New\nname: x\n",
                ModelText.appendToList("levels:\n- id: a\nname: x\n", "levels", ITEM));
    }

    @Test
    void a_missing_list_is_added_at_the_end_of_the_text() {
        assertEquals("name: x\nmetrics:\n  - id: new\n    name: New\n", ModelText.appendToList("name: x", "metrics", ITEM));
    }

    @Test
    void a_list_written_on_one_line_is_refused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ModelText.appendToList("metrics: []\n", "metrics", ITEM));

        assertEquals("the model writes its 'metrics' on one line ([]); the additions can only join a list written"
                + " one item a line", refused.getMessage());
    }
}
