package scorecards.model;

import java.util.List;
import java.util.Optional;

/**
 * The maturity model of {@code model.yaml}: ordered levels, lowest first, the dimensions, and the
 * catalogue of metrics (the built-in ones extended by the model's own).
 */
public record MaturityModel(String name, List<Level> levels, List<Dimension> dimensions, MetricCatalogue metrics) {

    public MaturityModel {
        levels = List.copyOf(levels);
        dimensions = List.copyOf(dimensions);
        metrics = metrics == null ? MetricCatalogue.BUILT_IN : metrics;
    }

    /** A model with the built-in metrics only. */
    public MaturityModel(String name, List<Level> levels, List<Dimension> dimensions) {
        this(name, levels, dimensions, MetricCatalogue.BUILT_IN);
    }

    public Level firstLevel() {
        return levels.get(0);
    }

    public Optional<Dimension> dimension(String id) {
        return dimensions.stream().filter(dimension -> dimension.id().equals(id)).findFirst();
    }

    public int rank(String levelId) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).id().equals(levelId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown level " + levelId);
    }
}
