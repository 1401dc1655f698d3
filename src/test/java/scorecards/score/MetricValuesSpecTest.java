package scorecards.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static scorecards.score.AssessmentBuilder.assessment;
import static scorecards.score.ScoringFixtures.mandated;
import static scorecards.score.ScoringFixtures.voluntary;

import java.util.Map;
import org.junit.jupiter.api.Test;
import scorecards.model.Assessment;
import scorecards.model.Metric;
import scorecards.model.MetricCatalogue;
import scorecards.model.MetricValue;

/** The metrics of one assessment, written and derived, per the table of built-in metrics. */
class MetricValuesSpecTest {

    private static final double DELTA = 1e-9;

    private static double number(Map<Metric, MetricValue> values, Metric metric) {
        MetricValue value = values.get(metric);
        if (!(value instanceof MetricValue.Number n)) {
            throw new AssertionError(metric.id() + " is " + value + ", not a number");
        }
        return n.value();
    }

    @Test
    void derived_metrics_are_absent_when_uses_is_not_given() {
        Map<Metric, MetricValue> values = values(assessment("2025-Q3").build(), 4);

        assertFalse(values.containsKey(Metric.PRODUCTS_USED));
        assertFalse(values.containsKey(Metric.VOLUNTARY_SHARE));
        assertFalse(values.containsKey(Metric.CATALOGUE_COVERAGE));
    }

    @Test
    void an_empty_uses_list_means_zero_products_and_zero_coverage_but_no_voluntary_share() {
        Map<Metric, MetricValue> values = values(assessment("2025-Q3").uses().build(), 4);

        assertEquals(0.0, number(values, Metric.PRODUCTS_USED), DELTA); // uses: [] → 0
        assertEquals(0.0, number(values, Metric.CATALOGUE_COVERAGE), DELTA); // 0 / 4 = 0
        assertFalse(values.containsKey(Metric.VOLUNTARY_SHARE), "a share of nothing has no value");
    }

    @Test
    void products_used_counts_the_entries_of_uses() {
        Map<Metric, MetricValue> values = values(assessment("2025-Q3")
                .uses(voluntary("a", null), mandated("b", 3), voluntary("c", 5)).build(), 4);

        assertEquals(3.0, number(values, Metric.PRODUCTS_USED), DELTA);
    }

    @Test
    void voluntary_share_is_the_share_of_uses_not_mandated() {
        // 2 of 3 entries are not mandated: 2 / 3 = 0.6667.
        Map<Metric, MetricValue> values = values(assessment("2025-Q3")
                .uses(voluntary("a", null), mandated("b", 3), voluntary("c", 5)).build(), 4);

        assertEquals(0.666667, number(values, Metric.VOLUNTARY_SHARE), 1e-6);
    }

    @Test
    void voluntary_share_is_zero_when_every_use_is_mandated() {
        Map<Metric, MetricValue> values = values(assessment("2025-Q3")
                .uses(mandated("a", null), mandated("b", null)).build(), 4);

        assertEquals(0.0, number(values, Metric.VOLUNTARY_SHARE), DELTA); // 0 / 2
    }

    @Test
    void catalogue_coverage_is_products_used_over_the_catalogue_size() {
        // 3 used of a catalogue of 4: 3 / 4 = 0.75; of a catalogue of 5: 3 / 5 = 0.6.
        var assessment = assessment("2025-Q3")
                .uses(voluntary("a", null), mandated("b", null), voluntary("c", null)).build();

        assertEquals(0.75, number(values(assessment, 4), Metric.CATALOGUE_COVERAGE), DELTA);
        assertEquals(0.6, number(values(assessment, 5), Metric.CATALOGUE_COVERAGE), DELTA);
    }

    @Test
    void written_metrics_are_taken_as_given_and_zero_stays_zero() {
        Map<Metric, MetricValue> values = values(assessment("2025-Q3")
                .designated(true).trained(false).selfServiceShare(0.4).hoursSaved(12.5)
                .incidents(0).workarounds(1).openBugs(3)
                .responses(6).csat(4.2).nps(-30).complexityReduced(3.8).build(), 4);

        assertEquals(MetricValue.of(true), values.get(Metric.DESIGNATED));
        assertEquals(MetricValue.of(false), values.get(Metric.TRAINED));
        assertEquals(0.4, number(values, Metric.SELF_SERVICE_SHARE), DELTA);
        assertEquals(12.5, number(values, Metric.HOURS_SAVED), DELTA);
        assertEquals(0.0, number(values, Metric.INCIDENTS), DELTA);
        assertEquals(1.0, number(values, Metric.WORKAROUNDS), DELTA);
        assertEquals(3.0, number(values, Metric.OPEN_BUGS), DELTA);
        assertEquals(6.0, number(values, Metric.RESPONSES), DELTA);
        assertEquals(4.2, number(values, Metric.CSAT), DELTA);
        assertEquals(-30.0, number(values, Metric.NPS), DELTA);
        assertEquals(3.8, number(values, Metric.COMPLEXITY_REDUCED), DELTA);
    }

    @Test
    void metrics_not_given_are_absent_never_zero() {
        Map<Metric, MetricValue> values = values(assessment("2025-Q3").build(), 4);

        assertEquals(Map.of(), values);
    }

    /** The values of the built-in metrics, with a catalogue of {@code catalogueSize} products. */
    private static Map<Metric, MetricValue> values(Assessment assessment, int catalogueSize) {
        return MetricValues.of(assessment, MetricCatalogue.BUILT_IN, catalogueSize);
    }
}
