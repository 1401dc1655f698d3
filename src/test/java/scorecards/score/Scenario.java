package scorecards.score;

import java.util.List;
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
import scorecards.model.Assessment;
import scorecards.model.Team;

/**
 * Hand-made scoring inputs. The model has levels l0..l3 and these checks:
 * devops-buddy (weight 2): l1 designated = true; l2 self-service-share ≥ 0.3;
 * l3 backup = true and self-service-share ≥ 0.7. quality (weight 1): l1 incidents ≤ 5;
 * l2 incidents ≤ 2; l3 incidents = 0. platform-usage (weight 1): l1 products-used ≥ 1;
 * l2 voluntary-share ≥ 0.5; l3 catalogue-coverage ≥ 0.75. satisfaction (weight 1): no checks.
 * The catalogue has four products: ci, rt, obs, db.
 */
final class Scenario {

    private Scenario() {
    }

    static MaturityModel model() {
        List<Level> levels = List.of(new Level("l0", "L0", null), new Level("l1", "L1", null),
                new Level("l2", "L2", null), new Level("l3", "L3", null));
        Dimension buddy = new Dimension("devops-buddy", "Buddy", 2, null, List.of(
                level("l1", check(Metric.DESIGNATED, Comparison.EQUALS, MetricValue.of(true))),
                level("l2", check(Metric.SELF_SERVICE_SHARE, Comparison.MIN, MetricValue.of(0.3))),
                level("l3", check(Metric.BACKUP, Comparison.EQUALS, MetricValue.of(true)),
                        check(Metric.SELF_SERVICE_SHARE, Comparison.MIN, MetricValue.of(0.7)))));
        Dimension quality = new Dimension("quality", "Quality", 1, null, List.of(
                level("l1", check(Metric.INCIDENTS, Comparison.MAX, MetricValue.of(5))),
                level("l2", check(Metric.INCIDENTS, Comparison.MAX, MetricValue.of(2))),
                level("l3", check(Metric.INCIDENTS, Comparison.EQUALS, MetricValue.of(0)))));
        Dimension usage = new Dimension("platform-usage", "Usage", 1, null, List.of(
                level("l1", check(Metric.PRODUCTS_USED, Comparison.MIN, MetricValue.of(1))),
                level("l2", check(Metric.VOLUNTARY_SHARE, Comparison.MIN, MetricValue.of(0.5))),
                level("l3", check(Metric.CATALOGUE_COVERAGE, Comparison.MIN, MetricValue.of(0.75)))));
        Dimension satisfaction = new Dimension("satisfaction", "Satisfaction", 1, null, List.of());
        return new MaturityModel("Test model", levels, List.of(buddy, quality, usage, satisfaction));
    }

    static Organisation organisation(Period current, int staleAfter, Double costPerHour) {
        return new Organisation("Org", current == null ? Cadence.QUARTERLY : current.cadence(), current, staleAfter,
                "EUR", false, costPerHour, null, null, List.of(product("ci"), product("rt"), product("obs"), product("db")));
    }

    private static Product product(String id) {
        return new Product(id, id.toUpperCase(), null, null, null);
    }

    private static DimensionLevel level(String id, Check... checks) {
        return new DimensionLevel(id, null, List.of(checks));
    }

    private static Check check(Metric metric, Comparison comparison, MetricValue threshold) {
        return new Check(metric, comparison, threshold);
    }

    static Period period(String text) {
        return Period.parse(text).orElseThrow();
    }

    static Team team(String id, Assessment... assessments) {
        return new Team(id, id, null, null, null, null, List.of(assessments));
    }

    static ProductUse voluntary(String product, Integer rating) {
        return new ProductUse(product, false, rating);
    }

    static ProductUse mandated(String product, Integer rating) {
        return new ProductUse(product, true, rating);
    }
}
