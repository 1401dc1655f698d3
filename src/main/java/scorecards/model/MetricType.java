package scorecards.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What kind of value a metric holds; its range and choices are the metric's own. */
public enum MetricType {
    BOOLEAN("boolean"),
    NUMBER("number"),
    COUNT("count"),
    CHOICE("choice");

    private final String id;

    MetricType(String id) {
        this.id = id;
    }

    /** As model.yaml writes it. */
    public String id() {
        return id;
    }

    /** Number and count: the types with a range, a unit, a better direction and an agreement margin. */
    public boolean isNumeric() {
        return this == NUMBER || this == COUNT;
    }

    public static Optional<MetricType> byId(String id) {
        return Arrays.stream(values()).filter(type -> type.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(MetricType::id).toList();
    }
}
