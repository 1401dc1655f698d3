package scorecards.score;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import scorecards.model.Metric;

/**
 * The roll-up figure of one of the model's own metrics for one period: a share, mean, median or
 * sum in {@code value} (null when no assessment gives a value), or, for a choice, how many teams
 * give each choice in {@code distribution} (every choice, in order, 0 included; null otherwise).
 */
public record MetricFigure(Metric metric, Double value, Map<String, Integer> distribution) {

    public MetricFigure {
        distribution = distribution == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(distribution));
    }
}
