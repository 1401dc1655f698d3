package scorecards.model;

/**
 * One condition of a level: a metric compared with a threshold. A metric without a value fails
 * every check on it.
 */
public record Check(Metric metric, Comparison comparison, MetricValue threshold) {

    public boolean passes(MetricValue actual) {
        if (actual == null) {
            return false;
        }
        return switch (comparison) {
            case EQUALS -> actual.sameAs(threshold);
            case MIN -> actual instanceof MetricValue.Number n
                    && n.value() >= ((MetricValue.Number) threshold).value();
            case MAX -> actual instanceof MetricValue.Number n
                    && n.value() <= ((MetricValue.Number) threshold).value();
        };
    }
}
