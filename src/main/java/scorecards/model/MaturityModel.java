package scorecards.model;

import java.util.List;

/** The maturity model of {@code model.yaml}: ordered levels, lowest first, and the dimensions. */
public record MaturityModel(String name, List<Level> levels, List<Dimension> dimensions) {

    public MaturityModel {
        levels = List.copyOf(levels);
        dimensions = List.copyOf(dimensions);
    }

    public Level firstLevel() {
        return levels.get(0);
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
