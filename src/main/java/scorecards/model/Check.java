package scorecards.model;

/**
 * One condition of a level: a metric compared with a threshold, and optional {@code advice}
 * (Markdown, null when none) saying how to get there. A metric without a value fails every check
 * on it. A choice compares by its position among the metric's choices.
 */
public record Check(Metric metric, Comparison comparison, MetricValue threshold, String advice) {

    /** A check without advice. */
    public Check(Metric metric, Comparison comparison, MetricValue threshold) {
        this(metric, comparison, threshold, null);
    }

    public boolean passes(MetricValue actual) {
        if (actual == null) {
            return false;
        }
        return switch (comparison) {
            case EQUALS -> actual.sameAs(threshold);
            case MIN -> compare(actual) >= 0;
            case MAX -> compare(actual) <= 0;
        };
    }

    /** The actual value against the threshold: negative below, positive above; a value of another kind fails both bounds. */
    private int compare(MetricValue actual) {
        if (actual instanceof MetricValue.Number number && threshold instanceof MetricValue.Number wanted) {
            return number.exact().compareTo(wanted.exact());
        }
        if (actual instanceof MetricValue.Choice choice && threshold instanceof MetricValue.Choice wanted) {
            return Integer.compare(choice.position(), wanted.position());
        }
        return comparison == Comparison.MIN ? -1 : 1;
    }
}
