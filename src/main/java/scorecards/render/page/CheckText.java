package scorecards.render.page;

import java.util.Map;
import scorecards.model.Check;
import scorecards.model.Metric;
import scorecards.model.MetricType;
import scorecards.model.MetricValue;
import scorecards.render.Figures;
import scorecards.score.CheckResult;

/** Checks in words a team understands: the metric, what is wanted, what was found. */
final class CheckText {

    private CheckText() {
    }

    static String wanted(Check check) {
        String value = value(check.metric(), check.threshold());
        return switch (check.comparison()) {
            case MIN -> "at least " + value;
            case MAX -> "at most " + value;
            case EQUALS -> check.metric().type().isFlag() ? value : "exactly " + value;
        };
    }

    static String value(Metric metric, MetricValue value) {
        if (value == null) {
            return Figures.NO_DATA;
        }
        if (value instanceof MetricValue.Flag flag) {
            return flag.value() ? "yes" : "no";
        }
        double number = ((MetricValue.Number) value).value();
        return metric.type() == MetricType.SHARE ? Figures.percent(number) : Figures.figure(number);
    }

    static Map<String, Object> result(CheckResult result, SiteContext context) {
        return Maps.of(
                "level", context.level(result.levelId()),
                "metric", result.check().metric().label(),
                "metricId", result.check().metric().id(),
                "wanted", wanted(result.check()),
                "actual", value(result.check().metric(), result.actual()),
                "noData", result.actual() == null,
                "passed", result.passed());
    }
}
