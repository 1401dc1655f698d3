package scorecards.score;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scorecards.model.Assessment;
import scorecards.model.Metric;
import scorecards.model.MetricCatalogue;
import scorecards.model.MetricValue;
import scorecards.model.ProductUse;

/**
 * The value of every metric of the catalogue in one assessment, in catalogue order: the written
 * ones as the assessment holds them, the derived ones computed from {@code uses}. A metric without
 * data is absent, never zero.
 */
public final class MetricValues {

    private MetricValues() {
    }

    public static Map<Metric, MetricValue> of(Assessment assessment, MetricCatalogue metrics, int catalogueSize) {
        Map<Metric, MetricValue> values = new LinkedHashMap<>();
        for (Metric metric : metrics.all()) {
            MetricValue value = metric.isWritten() ? assessment.value(metric)
                    : derived(metric, assessment.uses(), catalogueSize);
            if (value != null) {
                values.put(metric, value);
            }
        }
        return Collections.unmodifiableMap(values);
    }

    /** products-used, voluntary-share and catalogue-coverage: no data without {@code uses}. */
    private static MetricValue derived(Metric metric, List<ProductUse> uses, int catalogueSize) {
        if (uses == null) {
            return null;
        }
        if (metric.equals(Metric.PRODUCTS_USED)) {
            return MetricValue.of(uses.size());
        }
        if (metric.equals(Metric.VOLUNTARY_SHARE)) {
            long voluntary = uses.stream().filter(use -> !use.mandated()).count();
            return uses.isEmpty() ? null : MetricValue.of((double) voluntary / uses.size());
        }
        if (metric.equals(Metric.CATALOGUE_COVERAGE)) {
            return catalogueSize > 0 ? MetricValue.of((double) uses.size() / catalogueSize) : null;
        }
        throw new IllegalArgumentException("no rule derives " + metric.id());
    }
}
