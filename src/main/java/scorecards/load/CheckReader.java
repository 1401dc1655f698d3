package scorecards.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import scorecards.model.Check;
import scorecards.model.Comparison;
import scorecards.model.DimensionKind;
import scorecards.model.Metric;
import scorecards.model.MetricValue;

/** Reads one check, a metric compared with a threshold: in model.yaml and in a campaign's goal. */
final class CheckReader {

    private CheckReader() {
    }

    /**
     * Reads the metric and the comparison of one check of {@code kind}'s dimension, and rejects
     * the keys nobody asked for: a caller that reads more keys of the mapping (a campaign's
     * {@code dimension}) reads them first.
     */
    static Optional<Check> read(Fields check, DimensionKind kind) {
        Problems problems = check.problems();
        Optional<Metric> metric = check.requiredText("metric").flatMap(id -> {
            Optional<Metric> known = Metric.find(kind, id);
            if (known.isEmpty()) {
                Location location = check.node("metric").orElseThrow().location();
                Optional<Metric> elsewhere = Metric.anyNamed(id);
                problems.report(location, elsewhere
                        .map(other -> "metric " + Quoted.of(id) + " belongs to dimension '" + other.dimension().id()
                                + "', not '" + kind.id() + "'; this dimension's metrics are: "
                                + String.join(", ", Metric.ids(kind)))
                        .orElse("unknown metric " + Quoted.of(id) + " in dimension '" + kind.id() + "'"
                                + Suggestions.hint(id, Metric.ids(kind))));
            }
            return known;
        });
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
                .map(value -> new Check(metric.get(), given.get(0), value));
    }

    private static Optional<MetricValue> threshold(Fields check, Metric metric, Comparison comparison) {
        Problems problems = check.problems();
        String key = comparison.key();
        if (metric.type().isFlag()) {
            if (comparison != Comparison.EQUALS) {
                problems.report(check.keyLocation(key), "'" + metric.id() + "' is true or false, so its check takes "
                        + "'equals', not '" + key + "'");
                return Optional.empty();
            }
            return check.flag(key).map(MetricValue::of);
        }
        return check.number(key, metric.type().description(), value -> metric.type().inRange(value.doubleValue()))
                .map(value -> MetricValue.of(value.doubleValue()));
    }
}
