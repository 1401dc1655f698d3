package scorecards.render.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import scorecards.model.Dimension;
import scorecards.model.DimensionLevel;
import scorecards.model.Level;
import scorecards.model.Metric;

/** The rubric: dimensions × levels with their checks, the metrics, and how every figure is computed. */
final class ModelPage {

    private ModelPage() {
    }

    static Page build(SiteContext context) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Dimension dimension : context.dimensions()) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (Level level : context.levels().subList(1, context.levels().size())) {
                DimensionLevel meaning = dimension.level(level.id()).orElse(null);
                cells.add(Maps.of(
                        "description", context.markdown.toSafeHtml(meaning == null ? null : meaning.description()),
                        "checks", meaning == null ? List.of() : meaning.checks().stream()
                                .map(check -> Maps.of("metric", check.metric().label(), "wanted", CheckText.wanted(check)))
                                .toList()));
            }
            rows.add(Maps.of("name", dimension.name(), "href", SiteContext.dimensionHref(dimension.id()),
                    "weight", scorecards.render.Figures.figure(dimension.weight()), "cells", cells));
        }
        List<Map<String, Object>> metrics = new ArrayList<>();
        for (Metric metric : context.report.input().model().metrics().all()) {
            metrics.add(Maps.of("id", metric.id(), "dimension", metric.dimension(), "label", metric.label(),
                    "type", metric.describe()));
        }
        Map<String, Object> model = Maps.of(
                "name", context.report.input().model().name(),
                "levels", context.levels().stream().map(level -> Maps.of(
                        "level", context.level(level.id()),
                        "description", context.markdown.toSafeHtml(level.description()))).toList(),
                "higherLevels", context.levels().subList(1, context.levels().size()).stream()
                        .map(l -> context.level(l.id())).toList(),
                "firstLevel", context.level(context.levels().get(0).id()),
                "rows", rows,
                "metrics", metrics,
                "staleAfter", context.report.input().organisation().staleAfter());
        return new Page("model.html", "model.ftl", "Maturity model", model);
    }
}
