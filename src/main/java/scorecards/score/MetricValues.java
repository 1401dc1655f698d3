package scorecards.score;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import scorecards.model.Assessment;
import scorecards.model.Metric;
import scorecards.model.MetricValue;
import scorecards.model.ProductUse;

/** The value of every metric in one assessment; a metric without data is absent, never zero. */
public final class MetricValues {

    private MetricValues() {
    }

    public static Map<Metric, MetricValue> of(Assessment assessment, int catalogueSize) {
        Map<Metric, MetricValue> values = new EnumMap<>(Metric.class);
        putFlag(values, Metric.DESIGNATED, assessment.designated());
        putFlag(values, Metric.TRAINED, assessment.trained());
        putFlag(values, Metric.BACKUP, assessment.backup());
        putNumber(values, Metric.SELF_SERVICE_SHARE, assessment.selfServiceShare());
        List<ProductUse> uses = assessment.uses();
        if (uses != null) {
            values.put(Metric.PRODUCTS_USED, MetricValue.of(uses.size()));
            if (!uses.isEmpty()) {
                long voluntary = uses.stream().filter(use -> !use.mandated()).count();
                values.put(Metric.VOLUNTARY_SHARE, MetricValue.of((double) voluntary / uses.size()));
            }
            if (catalogueSize > 0) {
                values.put(Metric.CATALOGUE_COVERAGE, MetricValue.of((double) uses.size() / catalogueSize));
            }
        }
        putNumber(values, Metric.HOURS_SAVED, assessment.hoursSaved());
        putNumber(values, Metric.INCIDENTS, assessment.incidents());
        putNumber(values, Metric.WORKAROUNDS, assessment.workarounds());
        putNumber(values, Metric.OPEN_BUGS, assessment.openBugs());
        putNumber(values, Metric.RESPONSES, assessment.responses());
        putNumber(values, Metric.CSAT, assessment.csat());
        putNumber(values, Metric.NPS, assessment.nps());
        putNumber(values, Metric.COMPLEXITY_REDUCED, assessment.complexityReduced());
        return Collections.unmodifiableMap(values);
    }

    private static void putFlag(Map<Metric, MetricValue> values, Metric metric, Boolean value) {
        if (value != null) {
            values.put(metric, MetricValue.of(value));
        }
    }

    private static void putNumber(Map<Metric, MetricValue> values, Metric metric, Number value) {
        if (value != null) {
            values.put(metric, MetricValue.of(value.doubleValue()));
        }
    }
}
