package scorecards.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every metric a repository knows: the built-in ones first, in the format's order, then the
 * model's own, in the model's order. Reading, checking, scoring, roll-ups and export all go
 * through it, so that a metric of one's own needs no code.
 */
public final class MetricCatalogue {

    /** The catalogue of a model that declares no metric of its own. */
    public static final MetricCatalogue BUILT_IN = new MetricCatalogue(List.of());

    private final List<Metric> all;
    private final List<Metric> own;
    private final Map<String, Metric> byId = new LinkedHashMap<>();

    /** The built-in metrics extended by {@code own}, whose ids are unique and not built in. */
    public MetricCatalogue(List<Metric> own) {
        this.own = List.copyOf(own);
        List<Metric> metrics = new ArrayList<>(Metric.BUILT_IN);
        metrics.addAll(own);
        this.all = Collections.unmodifiableList(metrics);
        for (Metric metric : metrics) {
            if (byId.putIfAbsent(metric.id(), metric) != null) {
                throw new IllegalArgumentException("metric " + metric.id() + " is declared twice");
            }
        }
    }

    /** Built-in metrics first, then the model's own in its order. */
    public List<Metric> all() {
        return all;
    }

    /** The model's own metrics, in its order. */
    public List<Metric> own() {
        return own;
    }

    public Optional<Metric> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The metric of {@code dimension} with this id. */
    public Optional<Metric> find(String dimension, String id) {
        return find(id).filter(metric -> metric.dimension().equals(dimension));
    }

    /** The metrics of one dimension, in catalogue order. */
    public List<Metric> of(String dimension) {
        return all.stream().filter(metric -> metric.dimension().equals(dimension)).toList();
    }

    public List<String> ids(String dimension) {
        return of(dimension).stream().map(Metric::id).toList();
    }

    /** The dimensions a team file may give a section of: the built-in ones, then those of own metrics. */
    public List<String> dimensions() {
        List<String> dimensions = new ArrayList<>(Metric.BUILT_IN_DIMENSIONS);
        own.stream().map(Metric::dimension).distinct().filter(id -> !dimensions.contains(id)).forEach(dimensions::add);
        return dimensions;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MetricCatalogue catalogue && catalogue.own.equals(own);
    }

    @Override
    public int hashCode() {
        return own.hashCode();
    }
}
