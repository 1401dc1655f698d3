package scorecards.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scorecards.model.Assessment;
import scorecards.model.Cadence;
import scorecards.model.Exemption;
import scorecards.model.MaturityModel;
import scorecards.model.Metric;
import scorecards.model.MetricCatalogue;
import scorecards.model.MetricValue;
import scorecards.model.Period;
import scorecards.model.ProductUse;
import scorecards.model.Team;
import scorecards.model.Texts;

/**
 * Reads one {@code teams/<id>.yaml}, checking products against the organisation's catalogue and
 * exemptions against the model.
 */
final class TeamReader {

    /**
     * The most assessments one team file may hold: twenty years of months, sixty of quarters. More
     * is a generated or pasted list, which would grow the site with every period it adds.
     */
    static final int MAX_ASSESSMENTS = 240;

    private final Cadence cadence;
    private final List<String> productIds;
    private final MetricCatalogue metrics;
    private final boolean modelKnown;
    private final ExemptionReader exemptionReader;

    /**
     * @param cadence    the organisation's cadence, or null when organisation.yaml could not be
     *                   read (then periods of either cadence are accepted)
     * @param productIds the catalogue, or null when it is not known (then products are not checked)
     * @param model      the maturity model, or null when model.yaml has problems: then exemptions
     *                   are checked against the built-in dimensions and metrics only, and keys that
     *                   only the model could explain (its own sections and metrics) are not reported
     * @param exemptionMaxPeriods the most periods an exemption may span, or null for no limit
     */
    TeamReader(Cadence cadence, List<String> productIds, MaturityModel model, Integer exemptionMaxPeriods) {
        this.cadence = cadence;
        this.productIds = productIds;
        this.metrics = model == null ? MetricCatalogue.BUILT_IN : model.metrics();
        this.modelKnown = model != null;
        this.exemptionReader = new ExemptionReader(cadence, model, exemptionMaxPeriods);
    }

    Optional<Team> read(String id, Node root, Problems problems) {
        return read(id, root, problems, new SatisfactionSections(), new PeriodOutliers(), null);
    }

    /**
     * Reads the team, noting in {@code sections} where it gives satisfaction, for conflicts with
     * surveys, and in {@code periods} where it gives each period.
     *
     * @param firstFact the team's fact of the earliest period, or null when no facts file measures
     *                  it: an assessment of that period is the team's first when its file has none earlier
     */
    Optional<Team> read(String id, Node root, Problems problems, SatisfactionSections sections,
            PeriodOutliers periods, FactsReader.Fact firstFact) {
        Optional<Fields> found = Fields.of(root, id + ".yaml", "the team file", problems);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Fields team = found.get();
        Optional<String> name = team.requiredText("name");
        String tribe = team.text("tribe").orElse(null);
        Integer size = team.number("size", "a whole number from 1 to 1000000",
                value -> OrganisationReader.isWhole(value) && value.signum() > 0
                        && value.compareTo(BigDecimal.valueOf(1_000_000)) <= 0)
                .map(BigDecimal::intValue).orElse(null);
        String productOwner = team.text("product-owner").orElse(null);
        String buddy = team.text("devops-buddy").orElse(null);
        List<Assessment> assessments = assessments(team, id, sections, periods);
        Period firstWritten = assessments.stream().map(Assessment::period).min(Period::compareTo).orElse(null);
        ExemptionReader.FirstAssessed firstAssessed = firstFact != null
                && (firstWritten == null || firstFact.period().compareTo(firstWritten) < 0)
                ? new ExemptionReader.FirstAssessed(firstFact.period(), firstFact.source())
                : firstWritten == null ? null : new ExemptionReader.FirstAssessed(firstWritten, null);
        List<Exemption> exemptions = exemptionReader.read(team, firstAssessed);
        team.rejectUnknown();
        if (assessments.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Team(id, name.orElse(id), tribe, size, productOwner, buddy, assessments, exemptions));
    }

    private List<Assessment> assessments(Fields team, String id, SatisfactionSections sections,
            PeriodOutliers periods) {
        Optional<List<Node>> items = team.requiredList("assessments");
        if (items.isEmpty()) {
            return List.of();
        }
        if (items.get().isEmpty()) {
            team.problems().report(team.keyLocation("assessments"), "'assessments' is empty; give at least one");
        }
        if (items.get().size() > MAX_ASSESSMENTS) {
            // Each of thousands of entries may be wrong in the same way; one problem says it all.
            team.problems().report(team.keyLocation("assessments"), "'assessments' lists " + items.get().size()
                    + " assessments; a team file may hold at most " + MAX_ASSESSMENTS
                    + " (sixty years of quarters, twenty of months)");
            return List.of();
        }
        Map<Period, Location> seen = new HashMap<>();
        return team.each(items.get(), item -> assessment(item, team.problems(), seen, id, sections, periods));
    }

    private Optional<Assessment> assessment(Node item, Problems problems, Map<Period, Location> seen, String id,
            SatisfactionSections sections, PeriodOutliers periods) {
        Optional<Fields> found = Fields.entry(item, "assessments", "period: 2025-Q3", "an assessment", problems);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Fields fields = found.get();
        Optional<Period> period = fields.period("period", cadence);
        if (!fields.has("period")) {
            fields.missing("period");
        }
        String where = period.map(p -> "assessment " + p).orElse("an assessment");
        fields.describeAs(where);
        if (period.isPresent()) {
            periods.add(problems.file(), period.get(), fields.node("period").orElseThrow().location());
            Location earlier = seen.putIfAbsent(period.get(), fields.keyLocation("period"));
            if (earlier != null) {
                problems.report(fields.node("period").orElseThrow().location(), "a second assessment for "
                        + period.get() + " (the first is at line " + earlier.line() + "); give one per period");
            }
        }

        Map<String, MetricValue> values = new LinkedHashMap<>();
        List<ProductUse> uses = null;
        for (String dimension : metrics.dimensions()) {
            Optional<Fields> section = fields.mapping(dimension, dimension + " of " + where);
            if (dimension.equals(Metric.SATISFACTION) && fields.has(dimension)) {
                period.ifPresent(p -> sections.add(id, p, fields.keyLocation(Metric.SATISFACTION)));
            }
            if (section.isEmpty()) {
                continue;
            }
            for (Metric metric : metrics.of(dimension)) {
                if (metric.isWritten()) {
                    value(section.get(), metric).ifPresent(value -> values.put(metric.id(), value));
                }
            }
            if (dimension.equals(Metric.PRODUCTS_USED.dimension())) {
                uses = section.get().list("uses").map(items -> uses(items, problems)).orElse(null);
            }
            if (modelKnown) {
                section.get().rejectUnknown();
            }
        }

        List<String> needs = fields.list("needs").map(items -> needs(items, problems)).orElse(List.of());
        String notes = fields.markdown("notes").orElse(null);
        if (modelKnown) {
            fields.rejectUnknown();
        }
        List<ProductUse> used = uses;
        return period.map(p -> Assessment.fromTeamFile(p, values, used, needs, notes));
    }

    /** The value of one metric in its section, checked against the metric's type and range. */
    private static Optional<MetricValue> value(Fields section, Metric metric) {
        String key = metric.id();
        return switch (metric.type()) {
            case BOOLEAN -> section.flag(key).map(MetricValue::of);
            case NUMBER, COUNT -> section.number(key, metric.describe(), metric::admits).map(MetricValue::of);
            case CHOICE -> section.text(key).flatMap(text -> {
                Optional<MetricValue.Choice> choice = MetricCells.choice(metric, text);
                if (choice.isEmpty()) {
                    section.problems().report(section.node(key).orElseThrow().location(),
                            MetricCells.notAChoice(metric, text, key));
                }
                return choice.map(MetricValue.class::cast);
            });
        };
    }

    private List<ProductUse> uses(List<Node> items, Problems problems) {
        Map<String, Location> seen = new HashMap<>();
        List<ProductUse> uses = new ArrayList<>();
        for (Node item : items) {
            Fields.entry(item, "uses", "product: ci-templates", "a product use", problems).ifPresent(use -> {
                Optional<String> product = use.requiredText("product");
                boolean mandated = use.flag("mandated").orElse(false);
                Integer rating = use.number("rating", "a whole number from 1 to 5",
                        value -> OrganisationReader.isWhole(value) && value.compareTo(BigDecimal.ONE) >= 0
                                && value.compareTo(BigDecimal.valueOf(5)) <= 0)
                        .map(BigDecimal::intValue).orElse(null);
                use.rejectUnknown();
                product.filter(id -> knownProduct(id, use)).ifPresent(id -> {
                    Location earlier = seen.putIfAbsent(id, use.keyLocation("product"));
                    if (earlier != null) {
                        problems.report(use.node("product").orElseThrow().location(), "product " + Quoted.of(id)
                                + " is listed twice in 'uses' (first at line " + earlier.line() + ")");
                    } else {
                        uses.add(new ProductUse(id, mandated, rating));
                    }
                });
            });
        }
        return uses;
    }

    private boolean knownProduct(String id, Fields use) {
        if (productIds == null || productIds.contains(id)) {
            return true;
        }
        use.problems().report(use.node("product").orElseThrow().location(), "unknown product " + Quoted.of(id)
                + "; it is not in the catalogue of organisation.yaml" + Suggestions.hint(id, productIds));
        return false;
    }

    private static List<String> needs(List<Node> items, Problems problems) {
        List<String> needs = new ArrayList<>();
        for (Node item : items) {
            if (item instanceof Node.ScalarNode scalar && scalar.kind() != Node.ScalarNode.Kind.NULL) {
                String text = Texts.collapseSpaces(scalar.text());
                if (text.isEmpty()) {
                    problems.report(item.location(), "a need is empty");
                } else if (text.length() > Fields.MAX_LINE_TEXT) {
                    problems.report(item.location(), "a need is " + text.length() + " characters long; at most "
                            + Fields.MAX_LINE_TEXT + " are allowed");
                } else if (Fields.charactersAreText("a need", text, false, item.location(), problems)) {
                    needs.add(text);
                }
            } else if (item instanceof Node.MapNode map && map.entries().size() == 1
                    && map.entries().get(0).value() instanceof Node.ScalarNode) {
                problems.report(item.location(), "a need that contains ': ' must be quoted, e.g. - \""
                        + Quoted.text(map.entries().get(0).key()) + ": ...\"");
            } else {
                problems.report(item.location(), "each need must be a line of text, found " + item.describe());
            }
        }
        return needs;
    }
}
