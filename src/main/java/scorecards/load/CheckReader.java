package scorecards.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import scorecards.model.Check;
import scorecards.model.Comparison;
import scorecards.model.Metric;
import scorecards.model.MetricCatalogue;
import scorecards.model.MetricType;
import scorecards.model.MetricValue;

/** Reads one check, a metric compared with a threshold: in model.yaml and in a campaign's goal. */
final class CheckReader {

    /** Longest advice: a few sentences and a link, not a manual. */
    static final int MAX_ADVICE = 2_000;

    private CheckReader() {
    }

    /**
     * Reads the metric and the comparison of one check of {@code dimension}, and rejects the keys
     * nobody asked for: a caller that reads more keys of the mapping (a campaign's
     * {@code dimension}) reads them first.
     *
     * @param withAdvice whether the check may carry {@code advice} (a model's checks; not a campaign's)
     * @param broken     ids of own metrics whose declaration has problems, already reported there
     */
    static Optional<Check> read(Fields check, String dimension, MetricCatalogue catalogue, boolean withAdvice,
            Collection<String> broken) {
        Problems problems = check.problems();
        Optional<Metric> metric = check.requiredText("metric").flatMap(id -> {
            Optional<Metric> known = catalogue.find(dimension, id);
            if (known.isEmpty() && !broken.contains(id)) {
                Location location = check.node("metric").orElseThrow().location();
                Optional<Metric> elsewhere = catalogue.find(id);
                List<String> ids = catalogue.ids(dimension);
                problems.report(location, elsewhere
                        .map(other -> "metric " + Quoted.of(id) + " belongs to dimension '" + other.dimension()
                                + "', not '" + dimension + "'; this dimension's metrics are: " + String.join(", ", ids))
                        .orElse("unknown metric " + Quoted.of(id) + " in dimension '" + dimension + "'"
                                + Suggestions.hint(id, ids)));
            }
            return known;
        });
        String advice = withAdvice ? advice(check) : null;
        List<Comparison> given = new ArrayList<>();
        for (Comparison comparison : Comparison.values()) {
            if (check.has(comparison.key())) {
                given.add(comparison);
            }
        }
        check.rejectUnknown();
        if (given.size() != 1) {
            problems.report(check.location(), "a check needs exactly one of 'min', 'max' or 'equals', found "
                    + (given.isEmpty() ? "none" : given.stream().map(Comparison::key).toList()));
            return Optional.empty();
        }
        if (metric.isEmpty()) {
            return Optional.empty();
        }
        return threshold(check, metric.get(), given.get(0))
                .map(value -> new Check(metric.get(), given.get(0), value, advice));
    }

    private static String advice(Fields check) {
        return check.markdown("advice").filter(text -> {
            if (text.length() <= MAX_ADVICE) {
                return true;
            }
            check.problems().report(check.node("advice").orElseThrow().location(), "'advice' is " + text.length()
                    + " characters long; at most " + MAX_ADVICE + " are allowed");
            return false;
        }).orElse(null);
    }

    private static Optional<MetricValue> threshold(Fields check, Metric metric, Comparison comparison) {
        Problems problems = check.problems();
        String key = comparison.key();
        if (metric.type() == MetricType.BOOLEAN) {
            if (comparison != Comparison.EQUALS) {
                problems.report(check.keyLocation(key), "'" + metric.id() + "' is true or false, so its check takes "
                        + "'equals', not '" + key + "'");
                return Optional.empty();
            }
            return check.flag(key).map(MetricValue::of);
        }
        if (metric.type() == MetricType.CHOICE) {
            return check.text(key).flatMap(text -> MetricCells.choice(metric, text)
                    .map(MetricValue.class::cast)
                    .or(() -> {
                        problems.report(check.node(key).orElseThrow().location(),
                                MetricCells.notAChoice(metric, text, key));
                        return Optional.empty();
                    }));
        }
        return check.number(key, metric.describe(), metric::inRange).map(MetricValue::of);
    }
}
