package scorecards.render.page;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import scorecards.model.Metric;
import scorecards.model.MetricRollup;
import scorecards.model.Period;
import scorecards.render.chart.Charts;
import scorecards.score.AssessmentScore;
import scorecards.score.MetricFigure;
import scorecards.score.Rollup;
import scorecards.score.TeamScore;

/**
 * The model's own metrics as the organisation's (or a tribe's) figures: each one's roll-up over
 * time, as a chart with its table beside it, and the headline cards of those marked
 * {@code headline: true}. A figure without data is "no data", never zero.
 */
final class OwnRollups {

    private OwnRollups() {
    }

    /**
     * Each of {@code metrics} over {@code rollups}, oldest first: what it is, how it rolls up, a
     * chart and the rows of its table. {@code teams} are those the roll-ups were computed over,
     * to count the teams that give a value; {@code whose} names them in the charts' titles.
     */
    static List<Map<String, Object>> of(List<Metric> metrics, List<Rollup> rollups, Collection<TeamScore> teams,
            String whose, SiteContext context) {
        List<Map<String, Object>> shown = new ArrayList<>();
        List<String> periods = rollups.stream().map(rollup -> rollup.period().toString()).toList();
        for (Metric metric : metrics) {
            Map<String, Object> model = Maps.of(
                    "id", metric.id(),
                    "name", context.label(metric),
                    "description", context.markdown.toSafeHtml(metric.description()),
                    "how", how(metric, context),
                    "better", metric.type().isNumeric() && metric.better() == Metric.Better.LOWER
                            ? CheckText.better(metric, context) : "",
                    "kind", metric.rollup() == MetricRollup.NONE ? "none"
                            : metric.rollup() == MetricRollup.DISTRIBUTION ? "distribution" : "figure");
            if (metric.rollup() == MetricRollup.DISTRIBUTION) {
                distribution(model, metric, rollups, periods, whose, context);
            } else if (metric.rollup() != MetricRollup.NONE) {
                figures(model, metric, rollups, periods, teams, whose, context);
            }
            shown.add(model);
        }
        return shown;
    }

    /** The headline cards of the own metrics marked {@code headline: true} that roll up, in the model's order. */
    static List<Map<String, Object>> headlines(Rollup now, Rollup before, SiteContext context) {
        List<Map<String, Object>> cards = new ArrayList<>();
        for (Metric metric : context.report.input().model().metrics().own()) {
            if (!metric.headline() || metric.rollup() == MetricRollup.NONE) {
                continue;
            }
            MetricFigure figure = figure(now, metric);
            MetricFigure earlier = before == null ? null : figure(before, metric);
            if (metric.rollup() == MetricRollup.DISTRIBUTION) {
                cards.add(RollupFigures.headline(context.label(metric), mostGiven(figure, context), "",
                        context.text("own.per-choice", String.join(context.text("list.separator"),
                                figure.distribution().entrySet().stream()
                                        .map(entry -> context.text("own.per-choice.count", entry.getKey(), entry.getValue()))
                                        .toList()))));
                continue;
            }
            String change = earlier == null ? "" : metric.rollup() == MetricRollup.SHARE
                    ? context.figures.pointsChange(figure.value(), earlier.value())
                    : withUnit(metric, context.figures.change(figure.value(), earlier.value()));
            String how = metric.type().isNumeric() && metric.better() == Metric.Better.LOWER
                    ? context.text("own.lower-is-better", how(metric, context)) : how(metric, context);
            cards.add(RollupFigures.headline(context.label(metric), value(metric, figure.value(), context), change, how));
        }
        return cards;
    }

    /** A roll-up figure as pages show it: a share in percent, another figure with its unit; "no data" for none. */
    static String value(Metric metric, Double value, SiteContext context) {
        if (metric.rollup() == MetricRollup.SHARE) {
            return context.figures.percent(value);
        }
        return value == null ? context.figures.noData() : withUnit(metric, context.figures.figure(value));
    }

    /** How the figure is made, in words. */
    static String how(Metric metric, SiteContext context) {
        return switch (metric.rollup()) {
            case SHARE -> context.text("own.how.share");
            case MEAN -> context.text("own.how.mean");
            case MEDIAN -> context.text("own.how.median");
            case SUM -> context.text("own.how.sum");
            case DISTRIBUTION -> context.text("own.how.distribution");
            case NONE -> context.text("own.how.none");
        };
    }

    /** The name of how a figure is made, in a chart's title: "mean", "median", "sum". */
    private static String rollupName(Metric metric, SiteContext context) {
        return switch (metric.rollup()) {
            case MEAN -> context.text("own.rollup.mean");
            case MEDIAN -> context.text("own.rollup.median");
            default -> context.text("own.rollup.sum");
        };
    }

    private static void figures(Map<String, Object> model, Metric metric, List<Rollup> rollups, List<String> periods,
            Collection<TeamScore> teams, String whose, SiteContext context) {
        boolean share = metric.rollup() == MetricRollup.SHARE;
        Map<Period, Integer> given = given(metric, teams);
        List<Double> values = rollups.stream().map(rollup -> figure(rollup, metric).value()).toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < rollups.size(); i++) {
            Rollup rollup = rollups.get(i);
            rows.add(Maps.of("period", periods.get(i), "value", value(metric, values.get(i), context),
                    "given", given.getOrDefault(rollup.period(), 0), "teams", rollup.teamsAssessed()));
        }
        String chart = "";
        if (values.stream().anyMatch(Objects::nonNull)) {
            String title = share ? context.text("own.chart.share", context.label(metric), whose)
                    : context.text("own.chart.figure", context.label(metric), rollupName(metric, context), whose);
            String name = "chart-metric-" + metric.id();
            if (share) {
                chart = Charts.lines(context.messages, name, title, periods, List.of(context.label(metric)),
                        List.of(values.stream().map(v -> v == null ? null : v * 100).toList()), 100, "%");
            } else {
                double low = values.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).min().orElse(0);
                double high = values.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(0);
                // Figures that can be negative get an axis as far below zero as above it.
                double top = Charts.niceMax(Math.max(high, -low));
                chart = Charts.lines(context.messages, name, title, periods, List.of(context.label(metric)), List.of(values),
                        low < 0 ? -top : 0, low < 0 ? top : Charts.niceMax(high),
                        metric.unit() == null ? "" : " " + metric.unit());
            }
        }
        model.put("chart", chart);
        model.put("rows", rows);
        model.put("choices", List.of());
    }

    private static void distribution(Map<String, Object> model, Metric metric, List<Rollup> rollups,
            List<String> periods, String whose, SiteContext context) {
        List<List<Integer>> counts = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < rollups.size(); i++) {
            Rollup rollup = rollups.get(i);
            List<Integer> perChoice = new ArrayList<>(figure(rollup, metric).distribution().values());
            counts.add(perChoice);
            int given = perChoice.stream().mapToInt(Integer::intValue).sum();
            rows.add(Maps.of("period", periods.get(i), "counts", perChoice,
                    "noData", rollup.teamsAssessed() - given, "teams", rollup.teamsAssessed()));
        }
        model.put("chart", Charts.stackedBars(context.messages, "chart-metric-" + metric.id(),
                context.text("own.chart.distribution", whose, context.label(metric)), periods, metric.choices(), counts,
                Charts.choiceKeys(metric.choices().size())));
        model.put("rows", rows);
        model.put("choices", metric.choices());
    }

    /** The choice the most teams give (of a tie, the lowest); "no data" when no team gives one. */
    private static String mostGiven(MetricFigure figure, SiteContext context) {
        String most = null;
        int count = 0;
        for (Map.Entry<String, Integer> entry : figure.distribution().entrySet()) {
            if (entry.getValue() > count) {
                most = entry.getKey();
                count = entry.getValue();
            }
        }
        return most == null ? context.figures.noData() : most;
    }

    /** How many of {@code teams} give a value of the metric, per period. */
    private static Map<Period, Integer> given(Metric metric, Collection<TeamScore> teams) {
        Map<Period, Integer> given = new HashMap<>();
        for (TeamScore team : teams) {
            for (AssessmentScore score : team.assessments()) {
                if (score.metrics().get(metric) != null) {
                    given.merge(score.assessment().period(), 1, Integer::sum);
                }
            }
        }
        return given;
    }

    private static MetricFigure figure(Rollup rollup, Metric metric) {
        return rollup.metrics().stream().filter(figure -> figure.metric().equals(metric)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(metric.id() + " does not roll up"));
    }

    private static String withUnit(Metric metric, String figure) {
        return metric.unit() == null || figure.isEmpty() ? figure : figure + " " + metric.unit();
    }
}
