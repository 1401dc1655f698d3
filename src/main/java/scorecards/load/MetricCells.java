package scorecards.load;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import scorecards.model.Metric;
import scorecards.model.MetricValue;

/**
 * A metric's value written as text, as a facts file's {@code value} cell and a choice in YAML write
 * it: {@code true}/{@code false}, a plain decimal number, a whole number, a choice id.
 */
final class MetricCells {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?");

    private MetricCells() {
    }

    /** The value of the text for the metric, checked against its type and range; empty when it does not fit. */
    static Optional<MetricValue> parse(Metric metric, String text) {
        return switch (metric.type()) {
            case BOOLEAN -> text.equals("true") || text.equals("false")
                    ? Optional.of(MetricValue.of(Boolean.parseBoolean(text))) : Optional.empty();
            case CHOICE -> choice(metric, text).map(MetricValue.class::cast);
            case NUMBER, COUNT -> {
                if (!DECIMAL.matcher(text).matches()) {
                    yield Optional.empty();
                }
                BigDecimal value = new BigDecimal(text);
                yield metric.admits(value) ? Optional.of(MetricValue.of(value)) : Optional.empty();
            }
        };
    }

    /** One of the metric's choices, with its position. */
    static Optional<MetricValue.Choice> choice(Metric metric, String text) {
        int position = metric.position(text);
        return position < 0 ? Optional.empty() : Optional.of(new MetricValue.Choice(text, position));
    }

    /** "'min' must be one of: none, ad-hoc, documented; found 'documentd'; did you mean 'documented'?" */
    static String notAChoice(Metric metric, String text, String key) {
        return Quoted.of(key) + " must be one of: " + String.join(", ", metric.choices()) + " (the choices of '"
                + metric.id() + "'), found " + Quoted.of(text)
                + Suggestions.closest(text, metric.choices()).map(close -> "; did you mean " + Quoted.of(close) + "?")
                        .orElse("");
    }

    /** What a value of the metric must be, in a message about a cell that does not fit. */
    static String wanted(Metric metric) {
        return switch (metric.type()) {
            case BOOLEAN -> "true or false";
            case CHOICE -> "one of: " + String.join(", ", metric.choices());
            case NUMBER -> metric.describe() + ", written as a plain decimal such as 12.5";
            case COUNT -> metric.describe();
        };
    }
}
