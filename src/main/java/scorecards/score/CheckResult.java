package scorecards.score;

import scorecards.model.Check;
import scorecards.model.Exemption;
import scorecards.model.MetricValue;

/**
 * A check applied to one assessment: what was wanted, what was found (null for no data) and
 * whether it passed. {@code levelId} is the level the check belongs to. {@code exemption} is the
 * team's exemption that excused it in this assessment, null when none did: an exempt check is
 * neither passed ({@code passed} is false) nor failed. {@code withheld} is true when the check's
 * metric is a survey figure withheld for anonymity: such a check is left out like an exempt one
 * (neither passed nor failed), so that nothing shown depends on the withheld value.
 */
public record CheckResult(String levelId, Check check, MetricValue actual, boolean passed, Exemption exemption,
        boolean withheld) {

    public CheckResult {
        if (passed && (exemption != null || withheld)) {
            throw new IllegalArgumentException("an exempt or withheld check is not passed");
        }
        if (withheld && actual != null) {
            throw new IllegalArgumentException("a withheld check has no value");
        }
    }

    public boolean exempt() {
        return exemption != null;
    }

    /** Left out of the level and the progress: exempt, or on a withheld figure. */
    public boolean leftOut() {
        return exemption != null || withheld;
    }

    /** Failed: neither passed nor left out. */
    public boolean failed() {
        return !passed && !leftOut();
    }
}
