package scorecards.score;

import java.util.List;
import scorecards.model.Dimension;

/**
 * A team's standing in one dimension for one assessment: the level reached, the progress over
 * the dimension's checks that were neither exempt nor withheld (0 to 100) and every check's result, in model order.
 */
public record DimensionScore(Dimension dimension, String levelId, double progress, List<CheckResult> checks) {
    public DimensionScore {
        checks = List.copyOf(checks);
    }

    /** The failing checks of one level; an exempt or withheld check is never among them. */
    public List<CheckResult> failing(String level) {
        return checks.stream().filter(result -> result.levelId().equals(level) && result.failed()).toList();
    }

    /** How many of the checks an exemption excused in this assessment. */
    public int exemptChecks() {
        int exempt = 0;
        for (CheckResult check : checks) {
            if (check.exempt()) {
                exempt++;
            }
        }
        return exempt;
    }
}
