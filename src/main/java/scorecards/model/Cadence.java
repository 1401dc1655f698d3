package scorecards.model;

import java.util.Locale;
import java.util.Optional;

/** How often teams assess themselves; decides how a period is written. */
public enum Cadence {
    QUARTERLY("quarterly", 4, "2025-Q3"),
    MONTHLY("monthly", 12, "2025-09");

    private final String id;
    private final int periodsPerYear;
    private final String example;

    Cadence(String id, int periodsPerYear, String example) {
        this.id = id;
        this.periodsPerYear = periodsPerYear;
        this.example = example;
    }

    public String id() {
        return id;
    }

    public int periodsPerYear() {
        return periodsPerYear;
    }

    /** A period written in this cadence, for messages and starter files. */
    public String example() {
        return example;
    }

    public static Optional<Cadence> byId(String id) {
        for (Cadence cadence : values()) {
            if (cadence.id.equals(id.toLowerCase(Locale.ROOT))) {
                return Optional.of(cadence);
            }
        }
        return Optional.empty();
    }
}
