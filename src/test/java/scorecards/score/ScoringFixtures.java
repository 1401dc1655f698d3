package scorecards.score;

import java.util.Arrays;
import java.util.List;
import scorecards.model.Assessment;
import scorecards.model.Cadence;
import scorecards.model.Check;
import scorecards.model.Comparison;
import scorecards.model.Dimension;
import scorecards.model.DimensionLevel;
import scorecards.model.Level;
import scorecards.model.MaturityModel;
import scorecards.model.Metric;
import scorecards.model.MetricValue;
import scorecards.model.Organisation;
import scorecards.model.Period;
import scorecards.model.Product;
import scorecards.model.ProductUse;
import scorecards.model.Scorecards;
import scorecards.model.Team;

/**
 * Test-only helpers that build the model records the way the YAML files would declare them.
 * Every model made here has four levels, lowest first: start, bronze, silver, gold.
 */
final class ScoringFixtures {

    static final String START = "start";
    static final String BRONZE = "bronze";
    static final String SILVER = "silver";
    static final String GOLD = "gold";

    private ScoringFixtures() {
    }

    static List<Level> levels() {
        return List.of(new Level(START, "Start", null), new Level(BRONZE, "Bronze", null),
                new Level(SILVER, "Silver", null), new Level(GOLD, "Gold", null));
    }

    static MaturityModel model(Dimension... dimensions) {
        return new MaturityModel("Test model", levels(), List.of(dimensions));
    }

    static Dimension dimension(String kind, double weight, DimensionLevel... levels) {
        return new Dimension(kind, kind, weight, null, List.of(levels));
    }

    /** What one level of a dimension takes: {@code levels: <levelId>: checks: [...]}. */
    static DimensionLevel at(String levelId, Check... checks) {
        return new DimensionLevel(levelId, null, List.of(checks));
    }

    static Check min(Metric metric, double threshold) {
        return new Check(metric, Comparison.MIN, MetricValue.of(threshold));
    }

    static Check max(Metric metric, double threshold) {
        return new Check(metric, Comparison.MAX, MetricValue.of(threshold));
    }

    static Check is(Metric metric, boolean threshold) {
        return new Check(metric, Comparison.EQUALS, MetricValue.of(threshold));
    }

    static Check is(Metric metric, double threshold) {
        return new Check(metric, Comparison.EQUALS, MetricValue.of(threshold));
    }

    static Period period(String text) {
        return Period.parse(text).orElseThrow(() -> new IllegalArgumentException("not a period: " + text));
    }

    /**
     * An organisation; {@code current} null leaves the current period to the latest assessed one.
     * The cadence is taken from {@code current}, or is {@code cadence} when it is null.
     */
    static Organisation organisation(Cadence cadence, String current, int staleAfter, Double costPerHour,
            String... productIds) {
        List<Product> products = Arrays.stream(productIds)
                .map(id -> new Product(id, id, null, null, null)).toList();
        return new Organisation("Org", cadence, current == null ? null : period(current), staleAfter,
                Organisation.DEFAULT_CURRENCY, false, costPerHour, null, null, products);
    }

    static Team team(String id, Assessment... assessments) {
        return new Team(id, id, null, null, null, null, List.of(assessments));
    }

    static Team team(String id, AssessmentBuilder... assessments) {
        return team(id, Arrays.stream(assessments).map(AssessmentBuilder::build).toArray(Assessment[]::new));
    }

    static Report score(Organisation organisation, MaturityModel model, Team... teams) {
        return Scorer.score(new Scorecards(organisation, model, List.of(teams)));
    }

    static ProductUse voluntary(String productId, Integer rating) {
        return new ProductUse(productId, false, rating);
    }

    static ProductUse mandated(String productId, Integer rating) {
        return new ProductUse(productId, true, rating);
    }

    static TeamScore teamScore(Report report, String teamId) {
        return report.teams().stream().filter(t -> t.team().id().equals(teamId)).findFirst()
                .orElseThrow(() -> new AssertionError("no team " + teamId));
    }

    static Rollup rollup(Report report, String period) {
        return report.rollups().stream().filter(r -> r.period().toString().equals(period)).findFirst()
                .orElseThrow(() -> new AssertionError("no roll-up for " + period));
    }

    static ProductRollup product(Rollup rollup, String productId) {
        return rollup.products().stream().filter(p -> p.productId().equals(productId)).findFirst()
                .orElseThrow(() -> new AssertionError("no product " + productId));
    }
}
