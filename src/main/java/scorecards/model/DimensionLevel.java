package scorecards.model;

import java.util.List;

/** What one level means for one dimension, and the checks that must all pass to reach it. */
public record DimensionLevel(String levelId, String description, List<Check> checks) {
    public DimensionLevel {
        checks = List.copyOf(checks);
    }
}
