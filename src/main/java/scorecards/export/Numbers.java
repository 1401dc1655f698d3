package scorecards.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import scorecards.model.Metric;
import scorecards.model.MetricValue;

/**
 * How figures are rounded wherever they are shown or exported, so that the site, the export
 * and the pull-request summary always agree.
 */
public final class Numbers {

    /** Scores and progress: one decimal, always written ("75.0"). */
    public static final int SCORE_DECIMALS = 1;
    /** Shares (fractions 0..1): four decimals, enough for a tenth of a percent. */
    public static final int SHARE_DECIMALS = 4;
    /** Means of survey figures and ratings, sums and money: two decimals. */
    public static final int FIGURE_DECIMALS = 2;

    private Numbers() {
    }

    public static BigDecimal score(double value) {
        return BigDecimal.valueOf(value).setScale(SCORE_DECIMALS, RoundingMode.HALF_UP);
    }

    public static BigDecimal share(double value) {
        return trimmed(value, SHARE_DECIMALS);
    }

    public static BigDecimal figure(double value) {
        return trimmed(value, FIGURE_DECIMALS);
    }

    /** A metric's value in an assessment: a share with four decimals, any other number with two. */
    public static BigDecimal value(Metric metric, MetricValue.Number number) {
        return metric.isShare() ? share(number.value()) : figure(number.value());
    }

    private static BigDecimal trimmed(double value, int decimals) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
