package scorecards.score;

import scorecards.model.Check;
import scorecards.model.MetricValue;

/**
 * A check applied to one assessment: what was wanted, what was found (null for no data) and
 * whether it passed. {@code levelId} is the level the check belongs to.
 */
public record CheckResult(String levelId, Check check, MetricValue actual, boolean passed) {
}
