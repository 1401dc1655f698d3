package scorecards.model;

import java.util.List;
import java.util.Optional;

/**
 * One dimension as the model configures it, built in or of the model's own: its weight in the
 * score and, per level above the first, what reaching that level takes.
 */
public record Dimension(String id, String name, double weight, String description, List<DimensionLevel> levels) {

    public Dimension {
        levels = List.copyOf(levels);
    }

    public boolean isBuiltIn() {
        return Metric.BUILT_IN_DIMENSIONS.contains(id);
    }

    public Optional<DimensionLevel> level(String levelId) {
        return levels.stream().filter(level -> level.levelId().equals(levelId)).findFirst();
    }
}
