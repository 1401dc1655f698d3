package scorecards.model;

/** What kind of value a metric holds, with its allowed range. Null bounds are open. */
public enum MetricType {
    FLAG(null, null, false, "true or false"),
    SHARE(0.0, 1.0, false, "a number from 0 to 1"),
    COUNT(0.0, 1e9, true, "a whole number from 0 to 1000000000"),
    AMOUNT(0.0, 1e9, false, "a number from 0 to 1000000000"),
    SCALE_1_TO_5(1.0, 5.0, false, "a number from 1 to 5"),
    NPS(-100.0, 100.0, false, "a number from -100 to 100");

    private final Double min;
    private final Double max;
    private final boolean whole;
    private final String description;

    MetricType(Double min, Double max, boolean whole, String description) {
        this.min = min;
        this.max = max;
        this.whole = whole;
        this.description = description;
    }

    public boolean isFlag() {
        return this == FLAG;
    }

    /** Whether a number lies in this type's range (and is whole, where it must be). */
    public boolean admits(double value) {
        return !isFlag()
                && Double.isFinite(value)
                && (min == null || value >= min)
                && (max == null || value <= max)
                && (!whole || value == Math.rint(value));
    }

    /** Whether a threshold lies in this type's range; a check outside it could never change. */
    public boolean inRange(double value) {
        return Double.isFinite(value) && (min == null || value >= min) && (max == null || value <= max);
    }

    /** How the allowed values read in an error message, e.g. "a number from 1 to 5". */
    public String description() {
        return description;
    }
}
