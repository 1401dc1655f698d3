package scorecards.score;

import scorecards.model.Check;
import scorecards.model.Exemption;
import scorecards.model.MetricValue;

/**
 * A check applied to one assessment: what was wanted, what was found (null for no data) and
 * whether it passed. {@code levelId} is the level the check belongs to. {@code exemption} is the
 * team's exemption that excused it in this assessment, null when none did: an exempt check is
 * neither passed ({@code passed} is false) nor failed.
 */
public record CheckResult(String levelId, Check check, MetricValue actual, boolean passed, Exemption exemption) {

    public CheckResult {
        if (passed && exemption != null) {
            throw new IllegalArgumentException("an exempt check is not passed");
        }
    }

    /** A check that no exemption excused. */
    public CheckResult(String levelId, Check check, MetricValue actual, boolean passed) {
        this(levelId, check, actual, passed, null);
    }

    public boolean exempt() {
        return exemption != null;
    }

    /** Failed: neither passed nor excused. */
    public boolean failed() {
        return !passed && exemption == null;
    }
}
