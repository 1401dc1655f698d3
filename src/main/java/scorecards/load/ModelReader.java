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
import scorecards.model.DimensionKind;
import scorecards.model.DimensionLevel;
import scorecards.model.Level;
import scorecards.model.MaturityModel;

/** Reads {@code model.yaml}: levels, dimensions and their checks. */
final class ModelReader {

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
        List<Dimension> dimensions = dimensions(fields, levels);
        fields.rejectUnknown();
        if (levels.size() < 2 || dimensions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MaturityModel(name.orElse(""), levels, dimensions));
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

    private static List<Dimension> dimensions(Fields model, List<Level> levels) {
        Optional<List<Node>> items = model.requiredList("dimensions");
        if (items.isEmpty()) {
            return List.of();
        }
        if (items.get().isEmpty()) {
            model.problems().report(model.keyLocation("dimensions"), "a model needs at least 1 dimension");
        }
        Map<String, Location> seen = new HashMap<>();
        return model.each(items.get(), item -> Fields.entry(item, "dimensions", "id: devops-buddy", "a dimension", model.problems())
                .flatMap(dimension -> dimension(dimension, levels, seen)));
    }

    private static Optional<Dimension> dimension(Fields dimension, List<Level> levels, Map<String, Location> seen) {
        Problems problems = dimension.problems();
        Optional<DimensionKind> kind = dimension.requiredText("id").flatMap(id -> {
            Optional<DimensionKind> known = DimensionKind.byId(id);
            if (known.isEmpty()) {
                problems.report(dimension.node("id").orElseThrow().location(), "unknown dimension " + Quoted.of(id)
                        + Suggestions.hint(id, DimensionKind.ids()));
            }
            return known;
        });
        Optional<String> name = dimension.text("name");
        double weight = dimension.number("weight", "a number greater than 0", value -> value.signum() > 0)
                .map(BigDecimal::doubleValue).orElse(1.0);
        String description = dimension.markdown("description").orElse(null);
        List<DimensionLevel> dimensionLevels = kind.map(known -> dimensionLevels(dimension, known, levels))
                .orElse(List.of());
        if (kind.isEmpty()) {
            dimension.node("levels"); // known key; its content cannot be checked without a dimension
        }
        dimension.rejectUnknown();
        if (kind.isPresent() && !firstTime(seen, kind.get().id(), dimension.keyLocation("id"), "dimension", problems)) {
            return Optional.empty();
        }
        return kind.map(known -> new Dimension(known, name.orElse(known.id()), weight, description, dimensionLevels));
    }

    private static List<DimensionLevel> dimensionLevels(Fields dimension, DimensionKind kind, List<Level> levels) {
        Optional<Fields> byLevel = dimension.mapping("levels", "the levels of dimension '" + kind.id() + "'");
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
            Fields.of(entry.value(), levelId, "level " + Quoted.of(levelId) + " of dimension '" + kind.id() + "'", problems)
                    .ifPresent(level -> {
                        String description = level.markdown("description").orElse(null);
                        List<Check> checks = level.list("checks")
                                .map(items -> level.each(items, item -> check(item, kind, problems)))
                                .orElse(List.of());
                        level.rejectUnknown();
                        result.add(new DimensionLevel(levelId, description, checks));
                    });
        }
        // Model order, not file order: a level's checks build on the levels below it.
        result.sort(Comparator.comparingInt(level -> levelIds.indexOf(level.levelId())));
        return result;
    }

    private static Optional<Check> check(Node item, DimensionKind kind, Problems problems) {
        return Fields.entry(item, "checks", "metric: csat", "a check", problems)
                .flatMap(check -> CheckReader.read(check, kind));
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
