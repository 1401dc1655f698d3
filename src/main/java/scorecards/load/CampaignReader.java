package scorecards.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scorecards.model.Campaign;
import scorecards.model.Campaign.CampaignScope;
import scorecards.model.CampaignGoal;
import scorecards.model.Cadence;
import scorecards.model.Check;
import scorecards.model.Dimension;
import scorecards.model.Metric;
import scorecards.model.MetricCatalogue;
import scorecards.model.Level;
import scorecards.model.MaturityModel;
import scorecards.model.Period;

/**
 * Reads one {@code campaigns/<id>.yaml}, checking its levels and dimensions against the model and
 * its scope against the teams. What is not known (a model that could not be read, tribes of team
 * files that could not be read) is not checked, so that one broken file does not make noise in
 * another.
 */
final class CampaignReader {

    private static final String GOAL_FORMS = "'level' (the overall level), 'dimension' with 'level', or 'checks'";

    private final Cadence cadence;
    private final MaturityModel model;
    private final Collection<String> teamIds;
    private final Collection<String> tribes;

    /**
     * @param cadence the organisation's cadence, or null when it is not known
     * @param model   the maturity model, or null when it could not be read
     * @param teamIds the ids of every team file
     * @param tribes  the tribes of every team, or null when some team file could not be read
     */
    CampaignReader(Cadence cadence, MaturityModel model, Collection<String> teamIds, Collection<String> tribes) {
        this.cadence = cadence;
        this.model = model;
        this.teamIds = teamIds;
        this.tribes = tribes;
    }

    Optional<Campaign> read(String id, Node root, Problems problems) {
        Optional<Fields> found = Fields.of(root, id + ".yaml", "the campaign file", problems);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Fields campaign = found.get();
        Optional<String> name = campaign.requiredText("name");
        String description = campaign.markdown("description").orElse(null);
        String owner = campaign.text("owner").orElse(null);
        Optional<Period> start = requiredPeriod(campaign, "start");
        Optional<Period> deadline = requiredPeriod(campaign, "deadline");
        if (start.isPresent() && deadline.isPresent() && deadline.get().compareTo(start.get()) <= 0) {
            problems.report(campaign.node("deadline").orElseThrow().location(), "'deadline' " + deadline.get()
                    + " must be after 'start' " + start.get());
        }
        CampaignScope scope = campaign.mapping("scope", "the scope").map(this::scope).orElse(CampaignScope.EVERY_TEAM);
        Optional<CampaignGoal> goal = campaign.mapping("goal", "the goal").flatMap(this::goal);
        if (!campaign.has("goal")) {
            campaign.missing("goal");
        }
        BigDecimal target = campaign.number("target", "a share greater than 0 and at most 1, such as 0.8",
                        value -> value.signum() > 0 && value.compareTo(BigDecimal.ONE) <= 0)
                .orElse(Campaign.DEFAULT_TARGET);
        campaign.rejectUnknown();
        if (problems.count() > 0 || name.isEmpty() || start.isEmpty() || deadline.isEmpty() || goal.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Campaign(id, name.get(), description, owner, start.get(), deadline.get(), scope,
                goal.get(), target.stripTrailingZeros()));
    }

    private Optional<Period> requiredPeriod(Fields fields, String key) {
        if (!fields.has(key)) {
            fields.missing(key);
        }
        return fields.period(key, cadence);
    }

    private CampaignScope scope(Fields scope) {
        List<String> tribeNames = scope.list("tribes")
                .map(items -> names(items, tribes, "tribe", "no team file names it as its 'tribe'", scope.problems()))
                .orElse(null);
        List<String> teams = scope.list("teams")
                .map(items -> names(items, teamIds, "team", "there is no teams/<id>.yaml of that name", scope.problems()))
                .orElse(null);
        scope.rejectUnknown();
        return new CampaignScope(tribeNames, teams);
    }

    /**
     * The names of a scope list, each checked against the known ones ({@code known} null: not
     * checked) and reported at its own entry when unknown or repeated.
     */
    private static List<String> names(List<Node> items, Collection<String> known, String what, String why,
            Problems problems) {
        Map<String, Location> seen = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (Node item : items) {
            if (!(item instanceof Node.ScalarNode scalar) || scalar.isNull() || scalar.text().isBlank()) {
                problems.report(item.location(), "each entry must be a " + what + "'s name, found " + item.describe());
                continue;
            }
            String name = scalar.text().strip();
            if (!Fields.charactersAreText("a " + what + "'s name", name, false, item.location(), problems)) {
                continue;
            }
            Location earlier = seen.putIfAbsent(name, item.location());
            if (known != null && !known.contains(name)) {
                problems.report(item.location(), "unknown " + what + " " + Quoted.of(name) + ": " + why
                        + Suggestions.closest(name, known).map(close -> "; did you mean " + Quoted.of(close) + "?").orElse(""));
            } else if (earlier != null) {
                problems.report(item.location(), what + " " + Quoted.of(name) + " is listed twice (first at line "
                        + earlier.line() + ", column " + earlier.column() + ")");
            } else {
                names.add(name);
            }
        }
        return names;
    }

    private Optional<CampaignGoal> goal(Fields goal) {
        boolean level = goal.has("level");
        boolean dimension = goal.has("dimension");
        boolean checks = goal.has("checks");
        Optional<CampaignGoal> read;
        if (checks && (level || dimension)) {
            goal.problems().report(goal.location(), "the goal gives more than one form: use one of " + GOAL_FORMS);
            read = Optional.empty();
        } else if (checks) {
            read = checks(goal);
        } else if (dimension && level) {
            read = dimensionLevel(goal);
        } else if (level) {
            read = level(goal, "level").map(CampaignGoal.OverallLevel::new);
        } else if (dimension) {
            goal.problems().report(goal.keyLocation("dimension"), "a goal on 'dimension' needs the 'level' to reach"
                    + " in it");
            read = Optional.empty();
        } else {
            goal.problems().report(goal.location(), "the goal needs one of " + GOAL_FORMS);
            read = Optional.empty();
        }
        goal.rejectUnknown();
        return read;
    }

    private Optional<String> level(Fields goal, String key) {
        return goal.text(key).filter(id -> {
            if (model == null) {
                return true;
            }
            List<String> levelIds = model.levels().stream().map(Level::id).toList();
            if (levelIds.contains(id)) {
                return true;
            }
            goal.problems().report(goal.node(key).orElseThrow().location(), "unknown level " + Quoted.of(id)
                    + Suggestions.hint(id, levelIds));
            return false;
        });
    }

    private Optional<CampaignGoal> dimensionLevel(Fields goal) {
        Optional<String> kind = goal.text("dimension").flatMap(id -> {
            List<String> modelDimensions = model == null ? Metric.BUILT_IN_DIMENSIONS
                    : model.dimensions().stream().map(Dimension::id).toList();
            if (!modelDimensions.contains(id)) {
                goal.problems().report(goal.node("dimension").orElseThrow().location(), "unknown dimension "
                        + Quoted.of(id) + ": the model has no such dimension" + Suggestions.hint(id, modelDimensions));
                return Optional.empty();
            }
            return Optional.of(id);
        });
        Optional<String> level = level(goal, "level");
        if (kind.isEmpty() || level.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CampaignGoal.DimensionLevel(kind.get(), level.get()));
    }

    private Optional<CampaignGoal> checks(Fields goal) {
        List<Node> items = goal.list("checks").orElse(null);
        if (items == null) {
            return Optional.empty();
        }
        if (items.isEmpty()) {
            goal.problems().report(goal.keyLocation("checks"), "'checks' is empty; give at least one");
            return Optional.empty();
        }
        Problems problems = goal.problems();
        int before = problems.count();
        List<Check> checks = goal.each(items, item -> Fields.entry(item, "checks",
                        "{ dimension: devops-buddy, metric: designated, equals: true }", "a check", problems)
                .flatMap(this::check));
        return problems.count() > before ? Optional.empty() : Optional.of(new CampaignGoal.Checks(checks));
    }

    /** A goal check names a metric of its dimension: built in, or of the model's own. */
    private Optional<Check> check(Fields check) {
        MetricCatalogue catalogue = model == null ? MetricCatalogue.BUILT_IN : model.metrics();
        Optional<String> kind = check.requiredText("dimension").flatMap(id -> {
            List<String> dimensions = catalogue.dimensions();
            if (!dimensions.contains(id)) {
                check.problems().report(check.node("dimension").orElseThrow().location(), "unknown dimension "
                        + Quoted.of(id) + Suggestions.hint(id, dimensions));
                return Optional.empty();
            }
            return Optional.of(id);
        });
        if (kind.isEmpty()) {
            // Without a dimension the metric cannot be checked; still mark its keys as known.
            List.of("metric", "min", "max", "equals").forEach(check::node);
            check.rejectUnknown();
            return Optional.empty();
        }
        return CheckReader.read(check, kind.get(), catalogue, false, List.of());
    }
}
