package scorecards.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The built-in metrics. Each belongs to one dimension; derived metrics are computed from the
 * assessment rather than written in it.
 */
public enum Metric {
    DESIGNATED(DimensionKind.DEVOPS_BUDDY, "designated", MetricType.FLAG, "DevOps buddy designated"),
    TRAINED(DimensionKind.DEVOPS_BUDDY, "trained", MetricType.FLAG, "DevOps buddy trained"),
    BACKUP(DimensionKind.DEVOPS_BUDDY, "backup", MetricType.FLAG, "DevOps buddy has a backup"),
    SELF_SERVICE_SHARE(DimensionKind.DEVOPS_BUDDY, "self-service-share", MetricType.SHARE,
            "Infrastructure changes shipped without a ticket"),
    PRODUCTS_USED(DimensionKind.PLATFORM_USAGE, "products-used", MetricType.COUNT, "Platform products used"),
    VOLUNTARY_SHARE(DimensionKind.PLATFORM_USAGE, "voluntary-share", MetricType.SHARE,
            "Share of products used voluntarily"),
    CATALOGUE_COVERAGE(DimensionKind.PLATFORM_USAGE, "catalogue-coverage", MetricType.SHARE,
            "Share of the catalogue used"),
    HOURS_SAVED(DimensionKind.PLATFORM_USAGE, "hours-saved", MetricType.AMOUNT, "Developer hours saved"),
    INCIDENTS(DimensionKind.QUALITY, "incidents", MetricType.COUNT, "Incidents caused by the platform"),
    WORKAROUNDS(DimensionKind.QUALITY, "workarounds", MetricType.COUNT, "Workarounds for platform defects"),
    OPEN_BUGS(DimensionKind.QUALITY, "open-bugs", MetricType.COUNT, "Open platform bugs"),
    RESPONSES(DimensionKind.SATISFACTION, "responses", MetricType.COUNT, "Survey responses"),
    CSAT(DimensionKind.SATISFACTION, "csat", MetricType.SCALE_1_TO_5, "Satisfaction (CSAT)"),
    NPS(DimensionKind.SATISFACTION, "nps", MetricType.NPS, "Net promoter score"),
    COMPLEXITY_REDUCED(DimensionKind.SATISFACTION, "complexity-reduced", MetricType.SCALE_1_TO_5,
            "The platform reduces my complexity");

    private final DimensionKind dimension;
    private final String id;
    private final MetricType type;
    private final String label;

    Metric(DimensionKind dimension, String id, MetricType type, String label) {
        this.dimension = dimension;
        this.id = id;
        this.type = type;
        this.label = label;
    }

    public DimensionKind dimension() {
        return dimension;
    }

    public String id() {
        return id;
    }

    public MetricType type() {
        return type;
    }

    /** A short human name, for pages and next steps. */
    public String label() {
        return label;
    }

    /** Whether a team writes this metric; the others are derived from {@code uses}. */
    public boolean isWritten() {
        return this != PRODUCTS_USED && this != VOLUNTARY_SHARE && this != CATALOGUE_COVERAGE;
    }

    public static Optional<Metric> find(DimensionKind dimension, String id) {
        return dimension.metrics().stream().filter(metric -> metric.id.equals(id)).findFirst();
    }

    public static Optional<Metric> anyNamed(String id) {
        return Arrays.stream(values()).filter(metric -> metric.id.equals(id)).findFirst();
    }

    public static List<String> ids(DimensionKind dimension) {
        return dimension.metrics().stream().map(Metric::id).toList();
    }
}
