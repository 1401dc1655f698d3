package scorecards.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How the organisation's (and each tribe's) figure of a metric is made from one period's assessments. */
public enum MetricRollup {
    SHARE("share"),
    MEAN("mean"),
    MEDIAN("median"),
    SUM("sum"),
    DISTRIBUTION("distribution"),
    NONE("none");

    private final String id;

    MetricRollup(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The roll-ups a metric of this type may declare, its default first. */
    public static List<MetricRollup> allowedFor(MetricType type) {
        return switch (type) {
            case BOOLEAN -> List.of(SHARE, NONE);
            case NUMBER -> List.of(MEAN, MEDIAN, SUM, NONE);
            case COUNT -> List.of(SUM, MEAN, MEDIAN, NONE);
            case CHOICE -> List.of(DISTRIBUTION, NONE);
        };
    }

    public static MetricRollup defaultFor(MetricType type) {
        return allowedFor(type).get(0);
    }

    public static Optional<MetricRollup> byId(String id) {
        return Arrays.stream(values()).filter(rollup -> rollup.id.equals(id)).findFirst();
    }
}
