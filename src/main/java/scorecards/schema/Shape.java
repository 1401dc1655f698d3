package scorecards.schema;

import java.util.List;

/** The shape of a value in a scorecards file, as the format defines it: what a JSON Schema is written from. */
public sealed interface Shape {

    /** A mapping with a fixed set of keys; any other key is an error. */
    record Mapping(String description, List<Key> keys) implements Shape {
        public Mapping {
            keys = List.copyOf(keys);
        }

        public List<String> keyNames() {
            return keys.stream().map(Key::name).toList();
        }
    }

    /** A mapping whose keys are ids (e.g. level ids), each with a value of one shape. */
    record MappingById(String description, Shape values) implements Shape {
    }

    record Key(String name, Shape shape, boolean required, String description) {
    }

    record ListOf(Shape items, int minItems) implements Shape {
    }

    /** Text on one line or Markdown; {@code pattern} (a regular expression) may be null. */
    record Text(String pattern, int maxLength, boolean markdown) implements Shape {
    }

    /** A number, null bounds open; {@code whole} for counts. */
    record Number(Double min, Double max, boolean whole) implements Shape {
    }

    record Flag() implements Shape {
    }

    /** A check's threshold: true/false, a number, or a choice id. */
    record Threshold() implements Shape {
    }

    record OneOf(List<String> values) implements Shape {
    }
}
