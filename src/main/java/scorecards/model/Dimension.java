package scorecards.model;

import java.util.List;
import java.util.Optional;

/**
 * One built-in dimension as the model configures it: its weight in the score and, per level
 * above the first, what reaching that level takes.
 */
public record Dimension(
        DimensionKind kind, String name, double weight, String description, List<DimensionLevel> levels) {

    public Dimension {
        levels = List.copyOf(levels);
    }

    public String id() {
        return kind.id();
    }

    public Optional<DimensionLevel> level(String levelId) {
        return levels.stream().filter(level -> level.levelId().equals(levelId)).findFirst();
    }
}
