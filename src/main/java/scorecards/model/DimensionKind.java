package scorecards.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The built-in dimensions: each one reads its own section of an assessment. */
public enum DimensionKind {
    DEVOPS_BUDDY("devops-buddy"),
    PLATFORM_USAGE("platform-usage"),
    QUALITY("quality"),
    SATISFACTION("satisfaction");

    private final String id;

    DimensionKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public List<Metric> metrics() {
        return Arrays.stream(Metric.values()).filter(metric -> metric.dimension() == this).toList();
    }

    public static Optional<DimensionKind> byId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(DimensionKind::id).toList();
    }
}
