package scorecards.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A metric's value as a system measured it, from the facts file {@code source}: what scoring uses in
 * place of the team file's value. {@code observedAt} and {@code evidence} (an http or https address)
 * are null when the fact does not give them; {@code selfReported} is the team file's value for the
 * same metric, null when it gives none; {@code disagrees} says whether the two differ by more than
 * the metric allows.
 */
public record Measurement(String source, LocalDate observedAt, String evidence, MetricValue value,
        MetricValue selfReported, boolean disagrees) {

    /** A measurement, with whether it disagrees with the self-report decided by {@link #disagree}. */
    public static Measurement of(Metric metric, String source, LocalDate observedAt, String evidence,
            MetricValue value, MetricValue selfReported) {
        return new Measurement(source, observedAt, evidence, value, selfReported,
                disagree(metric, value, selfReported));
    }

    /**
     * Whether a measured and a self-reported value disagree: both exist and, for a boolean or a
     * choice, differ, or, for a number or a count, differ by more than the metric's
     * {@code agree-within}, computed exactly on the written decimals.
     */
    public static boolean disagree(Metric metric, MetricValue measured, MetricValue selfReported) {
        if (measured == null || selfReported == null) {
            return false;
        }
        if (measured instanceof MetricValue.Number a && selfReported instanceof MetricValue.Number b) {
            BigDecimal difference = a.exact().subtract(b.exact()).abs();
            return difference.compareTo(metric.agreeWithin()) > 0;
        }
        return !measured.sameAs(selfReported);
    }
}
