package scorecards.score;

import java.util.List;
import scorecards.model.Dimension;

/**
 * A team's standing in one dimension for one assessment: the level reached, the progress over
 * all of the dimension's checks (0 to 100) and every check's result, in model order.
 */
public record DimensionScore(Dimension dimension, String levelId, double progress, List<CheckResult> checks) {
    public DimensionScore {
        checks = List.copyOf(checks);
    }

    /** The failing checks of one level. */
    public List<CheckResult> failing(String level) {
        return checks.stream().filter(result -> result.levelId().equals(level) && !result.passed()).toList();
    }
}
