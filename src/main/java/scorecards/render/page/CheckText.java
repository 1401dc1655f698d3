package scorecards.render.page;

import java.util.Map;
import scorecards.model.Check;
import scorecards.model.Exemption;
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
            case EQUALS -> check.metric().type() == MetricType.NUMBER || check.metric().type() == MetricType.COUNT
                    ? "exactly " + value : value;
        };
    }

    static String value(Metric metric, MetricValue value) {
        if (value == null) {
            return Figures.NO_DATA;
        }
        if (value instanceof MetricValue.Flag flag) {
            return flag.value() ? "yes" : "no";
        }
        if (value instanceof MetricValue.Choice choice) {
            return choice.id();
        }
        double number = ((MetricValue.Number) value).value();
        String figure = metric.isShare() ? Figures.percent(number) : Figures.figure(number);
        return metric.unit() == null ? figure : figure + " " + metric.unit();
    }

    static Map<String, Object> result(CheckResult result, SiteContext context) {
        return Maps.of(
                "level", context.level(result.levelId()),
                "metric", result.check().metric().label(),
                "metricId", result.check().metric().id(),
                "wanted", wanted(result.check()),
                "actual", result.withheld() ? Figures.WITHHELD : value(result.check().metric(), result.actual()),
                "noData", result.actual() == null && !result.withheld(),
                "passed", result.passed(),
                "withheld", result.withheld(),
                "exempt", result.exempt(),
                "advice", context.markdown.toSafeHtml(result.check().advice()),
                "exemption", result.exempt() ? exemption(result.exemption()) : Map.of());
    }

    /** An exemption as pages show it; justification and approver are team-written text, escaped by the templates. */
    static Map<String, Object> exemption(Exemption exemption) {
        return Maps.of(
                "reason", exemption.reason().words(),
                "reasonId", exemption.reason().id(),
                "justification", exemption.justification(),
                "approvedBy", exemption.approvedBy(),
                "from", exemption.from() == null ? "" : exemption.from().toString(),
                "until", exemption.until().toString());
    }
}
