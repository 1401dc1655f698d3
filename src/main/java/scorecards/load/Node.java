package scorecards.load;

import java.math.BigDecimal;
import java.util.List;

/**
 * A YAML value with the place it was written, so that every later check can point at it.
 * The tree is built once per file and holds nothing but what the file says.
 */
public sealed interface Node {

    Location location();

    /** What the value is, in words for error messages ("a list", "the text 'abc'"). */
    String describe();

    record Entry(String key, Location keyLocation, Node value) {
    }

    record MapNode(Location location, List<Entry> entries) implements Node {
        public MapNode {
            entries = List.copyOf(entries);
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    record ListNode(Location location, List<Node> items) implements Node {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A scalar. {@code number} is set for plain (unquoted) numbers that are finite decimals;
     * {@code flag} for plain true/false.
     */
    record ScalarNode(Location location, Kind kind, String text, BigDecimal number, Boolean flag) implements Node {

        public enum Kind { TEXT, NUMBER, FLAG, NULL }

        public boolean isNull() {
            return kind == Kind.NULL;
        }

        @Override
        public String describe() {
            return switch (kind) {
                case NULL -> "nothing";
                case TEXT -> "the text " + Quoted.of(text);
                default -> Quoted.of(text);
            };
        }
    }
}
