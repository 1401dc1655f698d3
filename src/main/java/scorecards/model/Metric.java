package scorecards.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One metric of the catalogue: the fifteen built-in ones (declared once, in {@link #BUILT_IN}) and
 * those a model declares under {@code metrics:}. A team file writes a metric that is not derived
 * in the section of its dimension, under its id ({@code devops-buddy: designated: true}); facts
 * files write it by id. {@code min}/{@code max} are the range a value must lie in (null: open),
 * for number and count only; {@code choices} the ids of a choice metric, lowest first. Two metrics
 * are the same when their ids are: an id is unique in a catalogue.
 */
public record Metric(
        String id,
        String dimension,
        String name,
        MetricType type,
        BigDecimal min,
        BigDecimal max,
        String unit,
        Better better,
        MetricRollup rollup,
        boolean headline,
        BigDecimal agreeWithin,
        List<String> choices,
        String description,
        Origin origin) {

    /** Which way of a number or count is better. */
    public enum Better {
        HIGHER("higher"), LOWER("lower");

        private final String id;

        Better(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** Where a metric comes from: built in and written, built in and derived from {@code uses}, or the model's own. */
    public enum Origin { WRITTEN, DERIVED, OWN }

    /** The largest count or amount a built-in metric takes; beyond it a value is a typo. */
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

    public static final Metric DESIGNATED = builtIn("designated", "devops-buddy", MetricType.BOOLEAN, null, null,
            "DevOps buddy designated");
    public static final Metric TRAINED = builtIn("trained", "devops-buddy", MetricType.BOOLEAN, null, null,
            "DevOps buddy trained");
    public static final Metric BACKUP = builtIn("backup", "devops-buddy", MetricType.BOOLEAN, null, null,
            "DevOps buddy has a backup");
    public static final Metric SELF_SERVICE_SHARE = builtIn("self-service-share", "devops-buddy", MetricType.NUMBER,
            BigDecimal.ZERO, BigDecimal.ONE, "Infrastructure changes shipped without a ticket");
    public static final Metric PRODUCTS_USED = derived("products-used", MetricType.COUNT, BILLION,
            "Platform products used");
    public static final Metric VOLUNTARY_SHARE = derived("voluntary-share", MetricType.NUMBER, BigDecimal.ONE,
            "Share of products used voluntarily");
    public static final Metric CATALOGUE_COVERAGE = derived("catalogue-coverage", MetricType.NUMBER, BigDecimal.ONE,
            "Share of the catalogue used");
    public static final Metric HOURS_SAVED = builtIn("hours-saved", "platform-usage", MetricType.NUMBER,
            BigDecimal.ZERO, BILLION, "Developer hours saved");
    public static final Metric INCIDENTS = builtIn("incidents", "quality", MetricType.COUNT, BigDecimal.ZERO, BILLION,
            "Incidents caused by the platform");
    public static final Metric WORKAROUNDS = builtIn("workarounds", "quality", MetricType.COUNT, BigDecimal.ZERO,
            BILLION, "Workarounds for platform defects");
    public static final Metric OPEN_BUGS = builtIn("open-bugs", "quality", MetricType.COUNT, BigDecimal.ZERO, BILLION,
            "Open platform bugs");
    public static final Metric RESPONSES = builtIn("responses", "satisfaction", MetricType.COUNT, BigDecimal.ZERO,
            BILLION, "Survey responses");
    public static final Metric CSAT = builtIn("csat", "satisfaction", MetricType.NUMBER, BigDecimal.ONE,
            BigDecimal.valueOf(5), "Satisfaction (CSAT)");
    public static final Metric NPS = builtIn("nps", "satisfaction", MetricType.NUMBER, BigDecimal.valueOf(-100),
            BigDecimal.valueOf(100), "Net promoter score");
    public static final Metric COMPLEXITY_REDUCED = builtIn("complexity-reduced", "satisfaction", MetricType.NUMBER,
            BigDecimal.ONE, BigDecimal.valueOf(5), "The platform reduces my complexity");

    /** The built-in metrics in the format's order: the first entries of every catalogue. */
    public static final List<Metric> BUILT_IN = List.of(DESIGNATED, TRAINED, BACKUP, SELF_SERVICE_SHARE, PRODUCTS_USED,
            VOLUNTARY_SHARE, CATALOGUE_COVERAGE, HOURS_SAVED, INCIDENTS, WORKAROUNDS, OPEN_BUGS, RESPONSES, CSAT, NPS,
            COMPLEXITY_REDUCED);

    /** The built-in dimensions, in the format's order. */
    public static final List<String> BUILT_IN_DIMENSIONS = List.of("devops-buddy", "platform-usage", "quality",
            "satisfaction");

    /** The dimension whose figures come from team files and surveys only: no own metrics, no facts. */
    public static final String SATISFACTION = "satisfaction";

    public Metric {
        choices = choices == null ? List.of() : List.copyOf(choices);
        agreeWithin = agreeWithin == null ? BigDecimal.ZERO : agreeWithin;
        better = better == null ? Better.HIGHER : better;
        rollup = rollup == null ? MetricRollup.defaultFor(type) : rollup;
    }

    private static Metric builtIn(String id, String dimension, MetricType type, BigDecimal min, BigDecimal max,
            String name) {
        return new Metric(id, dimension, name, type, min, max, null, null, null, false, null, null, null,
                Origin.WRITTEN);
    }

    private static Metric derived(String id, MetricType type, BigDecimal max, String name) {
        return new Metric(id, "platform-usage", name, type, BigDecimal.ZERO, max, null, null, null, false, null, null,
                null, Origin.DERIVED);
    }

    /** A short human name, for pages and next steps. */
    public String label() {
        return name;
    }

    public boolean isBuiltIn() {
        return origin != Origin.OWN;
    }

    /** Whether a team file (or a facts file) writes it; the derived ones are computed from {@code uses}. */
    public boolean isWritten() {
        return origin != Origin.DERIVED;
    }

    /** Whether a facts file may measure it: written, and not a survey figure. */
    public boolean isMeasurable() {
        return isWritten() && !dimension.equals(SATISFACTION);
    }

    /** A fraction 0..1: written with four decimals, like every share. */
    public boolean isShare() {
        return type == MetricType.NUMBER && min != null && max != null && min.signum() == 0
                && max.compareTo(BigDecimal.ONE) == 0;
    }

    /** Whether a number lies in the range (and is whole, for a count). */
    public boolean admits(BigDecimal value) {
        return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0)
                && (type != MetricType.COUNT || isWhole(value) && value.signum() >= 0);
    }

    /** Whether a threshold lies in the range; a check outside it could never change. */
    public boolean inRange(BigDecimal value) {
        return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
    }

    /** The position of a choice, or -1. */
    public int position(String choice) {
        return choices.indexOf(choice);
    }

    /** How the allowed values read in an error message, e.g. "a number from 1 to 5". */
    public String describe() {
        return switch (type) {
            case BOOLEAN -> "true or false";
            case CHOICE -> "one of: " + String.join(", ", choices);
            case NUMBER, COUNT -> {
                String kind = type == MetricType.COUNT ? "a whole number" : "a number";
                BigDecimal low = type == MetricType.COUNT && min == null ? BigDecimal.ZERO : min;
                if (low != null && max != null) {
                    yield kind + " from " + plain(low) + " to " + plain(max);
                }
                if (low != null) {
                    yield kind + " of at least " + plain(low);
                }
                yield max != null ? kind + " of at most " + plain(max) : kind;
            }
        };
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    public static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Metric metric && metric.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
