package scorecards.model;

/** How a check compares a metric with its threshold. Bounds are inclusive. */
public enum Comparison {
    MIN("min"),
    MAX("max"),
    EQUALS("equals");

    private final String key;

    Comparison(String key) {
        this.key = key;
    }

    /** The key that writes this comparison in {@code model.yaml}. */
    public String key() {
        return key;
    }
}
