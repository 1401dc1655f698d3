package scorecards.render.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import scorecards.load.SourceLoader;
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
                                .map(check -> Maps.of("metric", context.label(check.metric()), "wanted", CheckText.wanted(check, context)))
                                .toList()));
            }
            rows.add(Maps.of("name", dimension.name(), "href", SiteContext.dimensionHref(dimension.id()),
                    "weight", context.figures.figure(dimension.weight()), "cells", cells));
        }
        List<Map<String, Object>> metrics = new ArrayList<>();
        List<Map<String, Object>> own = new ArrayList<>();
        for (Metric metric : context.report.input().model().metrics().all()) {
            if (metric.isBuiltIn()) {
                metrics.add(Maps.of("id", metric.id(), "dimension", metric.dimension(), "label", context.label(metric),
                        "type", CheckText.values(metric, context)));
            } else {
                own.add(own(metric, context));
            }
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
                "ownMetrics", own,
                "secondLook", context.secondLook,
                "levelJump", context.report.input().organisation().levelJump(),
                "staleAfter", context.report.input().organisation().staleAfter(),
                "editHref", context.editHref(SourceLoader.MODEL));
        return new Page("model.html", "model.ftl", context.text("nav.model"), model);
    }

    /** One of the model's own metrics as its declaration says it: what it holds, which way is better, how it rolls up. */
    private static Map<String, Object> own(Metric metric, SiteContext context) {
        boolean numeric = metric.type().isNumeric();
        return Maps.of(
                "id", metric.id(),
                "name", context.label(metric),
                "dimension", context.dimensionName(metric.dimension()),
                "dimensionHref", SiteContext.dimensionHref(metric.dimension()),
                "type", CheckText.type(metric, context),
                "values", CheckText.values(metric, context),
                "unit", metric.unit() == null ? "" : metric.unit(),
                "better", numeric ? CheckText.better(metric, context) : "",
                "rollup", metric.rollup().id(),
                "how", OwnRollups.how(metric, context),
                "headline", metric.headline(),
                "agreeWithin", numeric ? CheckText.plain(metric.agreeWithin(), context) : "",
                "description", context.markdown.toSafeHtml(metric.description()));
    }
}
