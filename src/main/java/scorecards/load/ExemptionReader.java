package scorecards.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import scorecards.model.Cadence;
import scorecards.model.Check;
import scorecards.model.Dimension;
import scorecards.model.DimensionLevel;
import scorecards.model.Exemption;
import scorecards.model.Level;
import scorecards.model.MaturityModel;
import scorecards.model.Metric;
import scorecards.model.MetricCatalogue;
import scorecards.model.Period;

/**
 * Reads the {@code exemptions} of one team file: each names a check of the model (dimension,
 * metric, optionally level), gives a reason, who approved it and the periods it covers. The
 * exemptions of one team may not cover the same check in the same period, and none may span
 * more periods than organisation.yaml allows.
 */
final class ExemptionReader {

    private static final String EXAMPLE = "dimension: devops-buddy";

    private final Cadence cadence;
    private final MaturityModel model;
    private final Integer maxPeriods;

    /**
     * @param cadence    the organisation's cadence, or null when it is not known (then periods of
     *                   either cadence are accepted)
     * @param model      the maturity model, or null when model.yaml has problems: then an exemption
     *                   is checked against the built-in dimensions and metrics only, so that a
     *                   broken model does not make every exemption look wrong
     * @param maxPeriods the most periods an exemption may span, or null for no limit
     */
    ExemptionReader(Cadence cadence, MaturityModel model, Integer maxPeriods) {
        this.cadence = cadence;
        this.model = model;
        this.maxPeriods = maxPeriods;
    }

    /** What the overlap check remembers of an exemption read earlier in the same file. */
    private record Read(Exemption exemption, Location location) {
    }

    /**
     * The team's first assessed period, where an exemption without {@code from} starts when its
     * span is counted, and the facts source that alone gives an assessment for it (null when the
     * team file assesses it): the team file does not show that period, so the message names it.
     */
    record FirstAssessed(Period period, String measuredBy) {
    }

    /** @param firstAssessed the team's first assessed period; null when not known */
    List<Exemption> read(Fields team, FirstAssessed firstAssessed) {
        Optional<List<Node>> items = team.list("exemptions");
        if (items.isEmpty()) {
            return List.of();
        }
        List<Read> read = new ArrayList<>();
        for (Node item : items.get()) {
            Fields.entry(item, "exemptions", EXAMPLE, "an exemption", team.problems())
                    .flatMap(fields -> exemption(fields, firstAssessed))
                    .ifPresent(exemption -> {
                        overlap(exemption, item.location(), read, team.problems());
                        read.add(new Read(exemption, item.location()));
                    });
        }
        return read.stream().map(Read::exemption).toList();
    }

    private Optional<Exemption> exemption(Fields fields, FirstAssessed firstAssessed) {
        Problems problems = fields.problems();
        int before = problems.count();
        Optional<String> kind = fields.requiredText("dimension").flatMap(id -> dimension(fields, id));
        Optional<String> metricId = fields.requiredText("metric");
        Optional<Metric> metric = kind.flatMap(known -> metricId.flatMap(id -> metric(fields, known, id)));
        kind.ifPresent(known -> fields.describeAs("the exemption for " + known
                + metric.map(m -> "." + m.id()).orElse("")));
        Optional<String> level = fields.id("level");
        if (level.isPresent() && kind.isPresent() && metric.isPresent()) {
            checkLevel(fields, kind.get(), metric.get(), level.get());
        }
        Optional<Exemption.Reason> reason = fields.requiredText("reason").flatMap(id -> reason(fields, id));
        Optional<String> justification = fields.requiredText("justification");
        Optional<String> approvedBy = fields.requiredText("approved-by");
        Optional<Period> from = fields.period("from", cadence);
        Optional<Period> until = fields.period("until", cadence);
        if (!fields.has("until")) {
            fields.missing("until");
        }
        fields.rejectUnknown();
        if (from.isPresent() && until.isPresent() && comparable(from.get(), until.get())
                && until.get().compareTo(from.get()) < 0) {
            problems.report(fields.node("until").orElseThrow().location(), "'until' " + until.get()
                    + " is before 'from' " + from.get() + "; an exemption ends in or after the period it starts");
        } else if (until.isPresent()) {
            checkSpan(fields, from.orElse(null), firstAssessed, until.get());
        }
        if (problems.count() > before || kind.isEmpty() || metric.isEmpty() || reason.isEmpty()
                || justification.isEmpty() || approvedBy.isEmpty() || until.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Exemption(kind.get(), metric.get(), level.orElse(null), reason.get(),
                justification.get(), approvedBy.get(), from.orElse(null), until.get()));
    }

    /**
     * A dimension of the model. Without a model (it has problems) only the built-in dimensions are
     * known, and one that is not built in is let pass unreported: only the model could explain it.
     */
    private Optional<String> dimension(Fields fields, String id) {
        Location location = fields.node("dimension").orElseThrow().location();
        boolean builtIn = Metric.BUILT_IN_DIMENSIONS.contains(id);
        List<String> known = model == null ? Metric.BUILT_IN_DIMENSIONS
                : model.dimensions().stream().map(Dimension::id).toList();
        if (known.contains(id)) {
            return Optional.of(id);
        }
        if (model == null) {
            return Optional.empty();
        }
        fields.problems().report(location, builtIn
                ? "dimension " + Quoted.of(id) + " is not in model.yaml, so it has no checks to exempt; the model's dimensions are: "
                        + String.join(", ", known)
                : "unknown dimension " + Quoted.of(id) + Suggestions.hint(id, known));
        return Optional.empty();
    }

    private Optional<Metric> metric(Fields fields, String kind, String id) {
        Location location = fields.node("metric").orElseThrow().location();
        MetricCatalogue catalogue = model == null ? MetricCatalogue.BUILT_IN : model.metrics();
        Optional<Metric> metric = catalogue.find(kind, id);
        List<String> checked = checkedMetrics(kind);
        if (metric.isPresent() && checked.contains(id)) {
            return metric;
        }
        Optional<Metric> elsewhere = catalogue.find(id);
        String message;
        if (metric.isPresent()) {
            message = "no check of dimension '" + kind + "' in model.yaml uses metric " + Quoted.of(id)
                    + ", so there is nothing to exempt; its checks use: " + String.join(", ", checked);
        } else if (elsewhere.isPresent()) {
            message = "metric " + Quoted.of(id) + " belongs to dimension '" + elsewhere.get().dimension() + "', not '"
                    + kind + "'; the checks of '" + kind + "' use: " + String.join(", ", checked);
        } else if (model == null) {
            return Optional.empty(); // perhaps a metric of the model's own, which only the model could explain
        } else {
            message = "unknown metric " + Quoted.of(id) + " in dimension '" + kind + "'" + Suggestions.hint(id, checked);
        }
        fields.problems().report(location, message);
        return Optional.empty();
    }

    /** The metrics the model's checks of this dimension use, in the metrics' order; all of them without a model. */
    private List<String> checkedMetrics(String kind) {
        if (model == null) {
            return MetricCatalogue.BUILT_IN.ids(kind);
        }
        List<Metric> used = new ArrayList<>();
        model.dimension(kind).ifPresent(d -> d.levels()
                .forEach(level -> level.checks().forEach(check -> used.add(check.metric()))));
        return model.metrics().of(kind).stream().filter(used::contains).map(Metric::id).toList();
    }

    private void checkLevel(Fields fields, String kind, Metric metric, String levelId) {
        if (model == null) {
            return;
        }
        Location location = fields.node("level").orElseThrow().location();
        List<String> levelIds = model.levels().stream().map(Level::id).toList();
        if (!levelIds.contains(levelId)) {
            fields.problems().report(location, "unknown level " + Quoted.of(levelId) + Suggestions.hint(levelId, levelIds));
            return;
        }
        Dimension dimension = model.dimension(kind).orElseThrow();
        List<String> checkedAt = new ArrayList<>();
        for (DimensionLevel level : dimension.levels()) {
            if (level.checks().stream().map(Check::metric).anyMatch(metric::equals)) {
                checkedAt.add(level.levelId());
            }
        }
        if (!checkedAt.contains(levelId)) {
            fields.problems().report(location, "no check of dimension '" + kind + "' uses metric '" + metric.id()
                    + "' at level '" + levelId + "'; it is checked at: " + String.join(", ", checkedAt));
        }
    }

    private static Optional<Exemption.Reason> reason(Fields fields, String id) {
        Optional<Exemption.Reason> reason = Exemption.Reason.byId(id);
        if (reason.isEmpty()) {
            fields.problems().report(fields.node("reason").orElseThrow().location(), "unknown reason " + Quoted.of(id)
                    + Suggestions.hint(id, Exemption.Reason.ids()));
        }
        return reason;
    }

    /** {@code i(until) − i(from) + 1}, with {@code from} defaulting to the team's first assessed period. */
    private void checkSpan(Fields fields, Period from, FirstAssessed firstAssessed, Period until) {
        Period start = from != null ? from : firstAssessed == null ? null : firstAssessed.period();
        if (maxPeriods == null || start == null || !comparable(start, until)) {
            return;
        }
        int span = until.periodsSince(start) + 1;
        if (span > maxPeriods) {
            String range = from != null ? "from " + from + " to " + until
                    : "from the team's first assessment, " + start + (firstAssessed.measuredBy() == null ? ""
                            : " (measured by " + firstAssessed.measuredBy() + ")") + ", to " + until;
            fields.problems().report(fields.node("until").orElseThrow().location(), "this exemption spans " + span
                    + " periods (" + range + "), more than the " + maxPeriods
                    + " that 'exemption-max-periods' in organisation.yaml allows");
        }
    }

    /** Reports {@code exemption} when an earlier one of the file covers one of its checks in one of its periods. */
    private static void overlap(Exemption exemption, Location location, List<Read> earlier, Problems problems) {
        for (Read other : earlier) {
            Exemption first = other.exemption();
            boolean sameCheck = first.dimension().equals(exemption.dimension()) && first.metric().equals(exemption.metric())
                    && (first.levelId() == null || exemption.levelId() == null
                            || first.levelId().equals(exemption.levelId()));
            if (!sameCheck || !comparable(first.until(), exemption.until())) {
                continue;
            }
            Period start = later(first.from(), exemption.from());
            Period end = first.until().compareTo(exemption.until()) <= 0 ? first.until() : exemption.until();
            if (start != null && start.compareTo(end) > 0) {
                continue;
            }
            String level = first.levelId() != null ? first.levelId() : exemption.levelId();
            problems.report(location, "a second exemption for metric '" + exemption.metric().id()
                    + "' of dimension '" + exemption.dimension() + "'"
                    + (level == null ? "" : " at level '" + level + "'") + " " + periods(start, end)
                    + " (the first is at line " + other.location().line() + "); a check takes one exemption per period");
            return;
        }
    }

    /** The later of two lower bounds, null standing for no bound. */
    private static Period later(Period a, Period b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String periods(Period start, Period end) {
        if (start == null) {
            return "in every period up to " + end;
        }
        return start.equals(end) ? "in " + start : "in " + start + " to " + end;
    }

    /** Periods of two cadences cannot be counted apart; that happens only when organisation.yaml could not be read. */
    private static boolean comparable(Period a, Period b) {
        return a.cadence() == b.cadence();
    }
}
