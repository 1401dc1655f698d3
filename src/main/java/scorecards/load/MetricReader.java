package scorecards.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scorecards.model.Ids;
import scorecards.model.Metric;
import scorecards.model.MetricRollup;
import scorecards.model.MetricType;

/** Reads the {@code metrics:} of model.yaml: the metrics of the model's own, checked against their type. */
final class MetricReader {

    /** The keys that only number and count metrics take. */
    private static final List<String> NUMERIC_KEYS = List.of("unit", "min", "max", "better", "agree-within");

    private MetricReader() {
    }

    /**
     * The metrics read without a problem, in file order.
     *
     * @param dimensionIds the ids the model's {@code dimensions} list gives
     */
    static List<Metric> read(Fields model, List<String> dimensionIds, Problems problems) {
        List<Node> items = model.list("metrics").orElse(List.of());
        Map<String, Location> seen = new HashMap<>();
        List<Metric> metrics = new ArrayList<>();
        for (Node item : items) {
            Fields.entry(item, "metrics", "id: deploys-per-week", "a metric", problems)
                    .flatMap(metric -> metric(metric, dimensionIds, seen))
                    .ifPresent(metrics::add);
        }
        return metrics;
    }

    private static Optional<Metric> metric(Fields fields, List<String> dimensionIds, Map<String, Location> seen) {
        Problems problems = fields.problems();
        int before = problems.count();
        Optional<String> id = fields.requiredId("id").filter(value -> unique(fields, value, seen));
        id.ifPresent(value -> fields.describeAs("metric " + Quoted.of(value)));
        Optional<String> dimension = fields.requiredText("dimension").filter(value -> dimension(fields, value,
                dimensionIds));
        Optional<String> name = fields.requiredText("name");
        Optional<MetricType> type = fields.requiredText("type").flatMap(value -> {
            Optional<MetricType> known = MetricType.byId(value);
            if (known.isEmpty()) {
                problems.report(fields.node("type").orElseThrow().location(), "unknown type " + Quoted.of(value)
                        + Suggestions.hint(value, MetricType.ids()));
            }
            return known;
        });
        String description = fields.markdown("description").orElse(null);
        boolean headline = fields.flag("headline").orElse(false);
        if (type.isEmpty()) {
            // Without a type the other keys cannot be checked; still mark them as known.
            List.of("unit", "min", "max", "better", "agree-within", "rollup", "choices").forEach(fields::node);
            fields.rejectUnknown();
            return Optional.empty();
        }
        MetricType kind = type.get();
        for (String key : NUMERIC_KEYS) {
            if (!kind.isNumeric() && fields.has(key)) {
                problems.report(fields.keyLocation(key), Quoted.of(key) + " is for number and count metrics, not for a "
                        + kind.id() + " metric");
            }
        }
        if (kind != MetricType.CHOICE && fields.has("choices")) {
            problems.report(fields.keyLocation("choices"), "'choices' is for choice metrics, not for a " + kind.id()
                    + " metric");
        }
        String unit = kind.isNumeric() ? fields.text("unit").orElse(null) : null;
        BigDecimal min = kind.isNumeric() ? bound(fields, "min", kind).orElse(null) : null;
        BigDecimal max = kind.isNumeric() ? bound(fields, "max", kind).orElse(null) : null;
        if (min != null && max != null && min.compareTo(max) > 0) {
            problems.report(fields.node("max").orElseThrow().location(), "'max' " + max.toPlainString()
                    + " is below 'min' " + min.toPlainString() + "; give min <= max");
        }
        Metric.Better better = kind.isNumeric() ? fields.text("better").flatMap(value -> better(fields, value))
                .orElse(null) : null;
        BigDecimal agreeWithin = kind.isNumeric() ? fields.number("agree-within", "a number of 0 or more",
                value -> value.signum() >= 0).orElse(null) : null;
        MetricRollup rollup = fields.text("rollup").flatMap(value -> rollup(fields, value, kind)).orElse(null);
        List<String> choices = kind == MetricType.CHOICE ? choices(fields) : List.of();
        fields.rejectUnknown();
        if (problems.count() > before || id.isEmpty() || dimension.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Metric(id.get(), dimension.get(), name.get(), kind, min, max, unit, better, rollup,
                headline, agreeWithin, choices, description, Metric.Origin.OWN));
    }

    /** An id no other metric has, built in or declared earlier. */
    private static boolean unique(Fields fields, String id, Map<String, Location> seen) {
        Location location = fields.node("id").orElseThrow().location();
        if (Metric.BUILT_IN.stream().anyMatch(metric -> metric.id().equals(id))) {
            fields.problems().report(location, "metric " + Quoted.of(id) + " is built in; give a metric of your own "
                    + "another id");
            return false;
        }
        Location earlier = seen.putIfAbsent(id, location);
        if (earlier != null) {
            fields.problems().report(location, "metric " + Quoted.of(id) + " is given twice (first at line "
                    + earlier.line() + ")");
            return false;
        }
        return true;
    }

    private static boolean dimension(Fields fields, String id, List<String> dimensionIds) {
        Location location = fields.node("dimension").orElseThrow().location();
        if (id.equals(Metric.SATISFACTION)) {
            fields.problems().report(location, "a metric of your own cannot be in 'satisfaction': its figures come "
                    + "from team files and surveys; put it in a dimension of its own");
            return false;
        }
        if (!dimensionIds.contains(id)) {
            List<String> allowed = dimensionIds.stream().filter(known -> !known.equals(Metric.SATISFACTION)).toList();
            fields.problems().report(location, "unknown dimension " + Quoted.of(id)
                    + "; a metric belongs to a dimension listed under 'dimensions' of this model"
                    + Suggestions.hint(id, allowed));
            return false;
        }
        return true;
    }

    /** A bound of the range: any finite number for a number metric, a whole number of 0 or more for a count. */
    private static Optional<BigDecimal> bound(Fields fields, String key, MetricType type) {
        return type == MetricType.COUNT
                ? fields.number(key, "a whole number of 0 or more", value -> Metric.isWhole(value) && value.signum() >= 0)
                : fields.number(key, "a number", value -> true);
    }

    private static Optional<Metric.Better> better(Fields fields, String value) {
        for (Metric.Better better : Metric.Better.values()) {
            if (better.id().equals(value)) {
                return Optional.of(better);
            }
        }
        fields.problems().report(fields.node("better").orElseThrow().location(), "'better' must be higher or lower, "
                + "found " + Quoted.of(value));
        return Optional.empty();
    }

    private static Optional<MetricRollup> rollup(Fields fields, String value, MetricType type) {
        List<String> allowed = MetricRollup.allowedFor(type).stream().map(MetricRollup::id).toList();
        Optional<MetricRollup> rollup = MetricRollup.byId(value).filter(known -> allowed.contains(known.id()));
        if (rollup.isEmpty()) {
            Location location = fields.node("rollup").orElseThrow().location();
            fields.problems().report(location, MetricRollup.byId(value).isPresent()
                    ? "a " + type.id() + " metric cannot roll up by " + Quoted.of(value) + "; it takes: "
                            + String.join(", ", allowed)
                    : "unknown rollup " + Quoted.of(value) + Suggestions.hint(value, allowed));
        }
        return rollup;
    }

    /** The choices of a choice metric: at least two ids, each once, lowest first. */
    private static List<String> choices(Fields fields) {
        Problems problems = fields.problems();
        Optional<List<Node>> items = fields.list("choices");
        if (items.isEmpty()) {
            if (!fields.has("choices")) {
                problems.report(fields.location(), "a choice metric needs 'choices': its choice ids, lowest first, "
                        + "e.g. choices: [none, ad-hoc, documented]");
            }
            return List.of();
        }
        List<String> choices = new ArrayList<>();
        for (Node item : items.get()) {
            if (!(item instanceof Node.ScalarNode scalar) || scalar.kind() != Node.ScalarNode.Kind.TEXT) {
                problems.report(item.location(), "each choice must be an id such as 'documented', found "
                        + item.describe());
            } else if (!Ids.isValid(scalar.text())) {
                problems.report(item.location(), Quoted.of(scalar.text()) + " is not a valid choice id: use " + Ids.RULE);
            } else if (choices.contains(scalar.text())) {
                problems.report(item.location(), "choice " + Quoted.of(scalar.text()) + " is listed twice");
            } else {
                choices.add(scalar.text());
            }
        }
        if (items.get().size() < 2) {
            problems.report(fields.keyLocation("choices"), "a choice metric needs at least 2 choices, found "
                    + items.get().size());
        }
        return choices;
    }
}
