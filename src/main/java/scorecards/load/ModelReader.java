package scorecards.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scorecards.model.Check;
import scorecards.model.Dimension;
import scorecards.model.DimensionLevel;
import scorecards.model.Ids;
import scorecards.model.Level;
import scorecards.model.MaturityModel;
import scorecards.model.Metric;
import scorecards.model.MetricCatalogue;

/** Reads {@code model.yaml}: levels, the model's own metrics, dimensions and their checks. */
final class ModelReader {

    /** The keys of an assessment that are not dimensions, so that no dimension can take their id. */
    private static final List<String> RESERVED = List.of("period", "needs", "notes");

    private ModelReader() {
    }

    static Optional<MaturityModel> read(Node root, Problems problems) {
        Optional<Fields> found = Fields.of(root, "model.yaml", "model.yaml", problems);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Fields fields = found.get();
        Optional<String> name = fields.requiredText("name");
        List<Level> levels = levels(fields);
        MetricCatalogue catalogue = new MetricCatalogue(
                MetricReader.read(fields, dimensionIds(fields), fields.problems()));
        List<String> broken = idsIn(fields, "metrics", "id").stream()
                .filter(id -> catalogue.find(id).isEmpty()).toList();
        List<Dimension> dimensions = dimensions(fields, levels, catalogue, idsIn(fields, "metrics", "dimension"),
                broken);
        fields.rejectUnknown();
        if (levels.size() < 2 || dimensions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MaturityModel(name.orElse(""), levels, dimensions, catalogue));
    }

    /** The ids the {@code dimensions} list gives, where they can be read; for own metrics to name. */
    private static List<String> dimensionIds(Fields model) {
        return idsIn(model, "dimensions", "id");
    }

    /**
     * The values of {@code key} in the entries of the list {@code list}, where they can be read,
     * before the entries themselves are: the dimensions own metrics may name, the dimensions the
     * entries of {@code metrics} name (a metric with a problem still names its dimension).
     */
    private static List<String> idsIn(Fields model, String listKey, String key) {
        List<String> ids = new ArrayList<>();
        if (model.node(listKey).orElse(null) instanceof Node.ListNode list) {
            for (Node item : list.items()) {
                if (item instanceof Node.MapNode map) {
                    map.entries().stream().filter(entry -> entry.key().equals(key))
                            .map(Node.Entry::value).filter(Node.ScalarNode.class::isInstance)
                            .map(value -> ((Node.ScalarNode) value).text().strip())
                            .filter(id -> !ids.contains(id)).forEach(ids::add);
                }
            }
        }
        return ids;
    }

    private static List<Level> levels(Fields model) {
        Optional<List<Node>> items = model.requiredList("levels");
        if (items.isEmpty()) {
            return List.of();
        }
        Map<String, Location> seen = new HashMap<>();
        List<Level> levels = model.each(items.get(), item -> Fields.entry(item, "levels", "id: self-service", "a level", model.problems())
                .flatMap(level -> {
                    Optional<String> id = level.requiredId("id");
                    String name = level.text("name").orElse(null);
                    String description = level.markdown("description").orElse(null);
                    level.rejectUnknown();
                    if (id.isPresent() && !firstTime(seen, id.get(), level.keyLocation("id"), "level", model.problems())) {
                        return Optional.empty();
                    }
                    return id.map(valid -> new Level(valid, name == null ? valid : name, description));
                }));
        if (levels.size() < 2 && items.get().size() < 2) {
            model.problems().report(model.keyLocation("levels"), "a model needs at least 2 levels, found "
                    + items.get().size());
        }
        return levels;
    }

    private static List<Dimension> dimensions(Fields model, List<Level> levels, MetricCatalogue catalogue,
            List<String> named, List<String> broken) {
        Optional<List<Node>> items = model.requiredList("dimensions");
        if (items.isEmpty()) {
            return List.of();
        }
        if (items.get().isEmpty()) {
            model.problems().report(model.keyLocation("dimensions"), "a model needs at least 1 dimension");
        }
        Map<String, Location> seen = new HashMap<>();
        return model.each(items.get(), item -> Fields.entry(item, "dimensions", "id: devops-buddy", "a dimension", model.problems())
                .flatMap(dimension -> dimension(dimension, levels, new Metrics(catalogue, broken), named, seen)));
    }

    /** The model's catalogue, and the ids of its own metrics whose declaration has problems. */
    private record Metrics(MetricCatalogue catalogue, List<String> broken) {
    }

    private static Optional<Dimension> dimension(Fields dimension, List<Level> levels, Metrics catalogue,
            List<String> named, Map<String, Location> seen) {
        Problems problems = dimension.problems();
        Optional<String> id = dimension.requiredText("id").flatMap(text -> known(dimension, text, named));
        Optional<String> name = id.isPresent() && !Metric.BUILT_IN_DIMENSIONS.contains(id.get())
                ? dimension.requiredText("name") : dimension.text("name");
        double weight = dimension.number("weight", "a number greater than 0", value -> value.signum() > 0)
                .map(BigDecimal::doubleValue).orElse(1.0);
        String description = dimension.markdown("description").orElse(null);
        List<DimensionLevel> dimensionLevels = id.map(known -> dimensionLevels(dimension, known, levels, catalogue))
                .orElse(List.of());
        if (id.isEmpty()) {
            dimension.node("levels"); // known key; its content cannot be checked without a dimension
        }
        dimension.rejectUnknown();
        if (id.isPresent() && !firstTime(seen, id.get(), dimension.keyLocation("id"), "dimension", problems)) {
            return Optional.empty();
        }
        return id.map(known -> new Dimension(known, name.orElse(known), weight, description, dimensionLevels));
    }

    /**
     * A dimension id the model can score: a built-in one, or one of the model's own that names at
     * least one metric of its own and is not a key of an assessment.
     */
    private static Optional<String> known(Fields dimension, String id, List<String> named) {
        Location location = dimension.node("id").orElseThrow().location();
        Problems problems = dimension.problems();
        if (Metric.BUILT_IN_DIMENSIONS.contains(id)) {
            return Optional.of(id);
        }
        if (RESERVED.contains(id)) {
            problems.report(location, Quoted.of(id) + " cannot be a dimension id: it is a key of every assessment "
                    + "(" + String.join(", ", RESERVED) + ")");
            return Optional.empty();
        }
        if (!Ids.isValid(id)) {
            problems.report(location, Quoted.of(id) + " is not a valid id: use " + Ids.RULE);
            return Optional.empty();
        }
        if (!named.contains(id)) {
            Optional<String> close = Suggestions.closest(id, Metric.BUILT_IN_DIMENSIONS);
            problems.report(location, close.map(builtIn -> "unknown dimension " + Quoted.of(id) + "; did you mean "
                            + Quoted.of(builtIn) + "?")
                    .orElse("dimension " + Quoted.of(id) + " is not built in, and no metric under 'metrics' belongs "
                            + "to it; a dimension of your own needs at least one metric of its own (the built-in "
                            + "dimensions are: " + String.join(", ", Metric.BUILT_IN_DIMENSIONS) + ")"));
            return Optional.empty();
        }
        return Optional.of(id);
    }

    private static List<DimensionLevel> dimensionLevels(Fields dimension, String kind, List<Level> levels,
            Metrics catalogue) {
        Optional<Fields> byLevel = dimension.mapping("levels", "the levels of dimension '" + kind + "'");
        if (byLevel.isEmpty()) {
            return List.of();
        }
        Problems problems = dimension.problems();
        List<String> levelIds = levels.stream().map(Level::id).toList();
        Node.MapNode map = (Node.MapNode) dimension.node("levels").orElseThrow(); // a mapping, as just read
        List<DimensionLevel> result = new ArrayList<>();
        for (Node.Entry entry : map.entries()) {
            String levelId = entry.key();
            if (!levelIds.isEmpty() && !levelIds.contains(levelId)) {
                problems.report(entry.keyLocation(), "unknown level " + Quoted.of(levelId)
                        + Suggestions.hint(levelId, levelIds));
                continue;
            }
            if (!levelIds.isEmpty() && levelIds.get(0).equals(levelId)) {
                problems.report(entry.keyLocation(), Quoted.of(levelId) + " is the first level, which every team has; "
                        + "checks start at the second level ('" + (levelIds.size() > 1 ? levelIds.get(1) : "") + "')");
                continue;
            }
            Fields.of(entry.value(), levelId, "level " + Quoted.of(levelId) + " of dimension '" + kind + "'", problems)
                    .ifPresent(level -> {
                        String description = level.markdown("description").orElse(null);
                        List<Check> checks = level.list("checks")
                                .map(items -> level.each(items, item -> check(item, kind, catalogue, problems)))
                                .orElse(List.of());
                        level.rejectUnknown();
                        result.add(new DimensionLevel(levelId, description, checks));
                    });
        }
        // Model order, not file order: a level's checks build on the levels below it.
        result.sort(Comparator.comparingInt(level -> levelIds.indexOf(level.levelId())));
        return result;
    }

    private static Optional<Check> check(Node item, String kind, Metrics catalogue, Problems problems) {
        return Fields.entry(item, "checks", "metric: csat", "a check", problems)
                .flatMap(check -> CheckReader.read(check, kind, catalogue.catalogue(), true,
                        catalogue.broken()));
    }

    private static boolean firstTime(Map<String, Location> seen, String id, Location location, String what,
            Problems problems) {
        Location earlier = seen.putIfAbsent(id, location);
        if (earlier != null) {
            problems.report(location, what + " " + Quoted.of(id) + " is given twice (first at line " + earlier.line() + ")");
            return false;
        }
        return true;
    }
}
