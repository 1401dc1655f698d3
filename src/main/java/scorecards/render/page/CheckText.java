package scorecards.render.page;

import java.util.Map;
import scorecards.model.Check;
import scorecards.model.Exemption;
import scorecards.model.Metric;
import scorecards.model.MetricType;
import scorecards.model.MetricValue;
import scorecards.score.CheckResult;

/** Checks in words a team understands: the metric, what is wanted, what was found. */
final class CheckText {

    private CheckText() {
    }

    static String wanted(Check check, SiteContext context) {
        String value = value(check.metric(), check.threshold(), context);
        return switch (check.comparison()) {
            case MIN -> context.text("check.at-least", value);
            case MAX -> context.text("check.at-most", value);
            case EQUALS -> check.metric().type() == MetricType.NUMBER || check.metric().type() == MetricType.COUNT
                    ? context.text("check.exactly", value) : value;
        };
    }

    static String value(Metric metric, MetricValue value, SiteContext context) {
        if (value == null) {
            return context.figures.noData();
        }
        if (value instanceof MetricValue.Flag flag) {
            return flag.value() ? context.text("value.yes") : context.text("value.no");
        }
        if (value instanceof MetricValue.Choice choice) {
            return choice.id();
        }
        double number = ((MetricValue.Number) value).value();
        String figure = metric.isShare() ? context.figures.percent(number) : context.figures.figure(number);
        return metric.unit() == null ? figure : figure + " " + metric.unit();
    }

    static Map<String, Object> result(CheckResult result, SiteContext context) {
        return Maps.of(
                "level", context.level(result.levelId()),
                "metric", result.check().metric().label(),
                "metricId", result.check().metric().id(),
                "wanted", wanted(result.check(), context),
                "actual", result.withheld() ? context.figures.withheld()
                        : value(result.check().metric(), result.actual(), context),
                "noData", result.actual() == null && !result.withheld(),
                "passed", result.passed(),
                "withheld", result.withheld(),
                "exempt", result.exempt(),
                "advice", context.markdown.toSafeHtml(result.check().advice()),
                "exemption", result.exempt() ? exemption(result.exemption(), context) : Map.of());
    }

    /** An exemption as pages show it; justification and approver are team-written text, escaped by the templates. */
    static Map<String, Object> exemption(Exemption exemption, SiteContext context) {
        return Maps.of(
                "reason", reason(exemption.reason(), context),
                "reasonId", exemption.reason().id(),
                "justification", exemption.justification(),
                "approvedBy", exemption.approvedBy(),
                "from", exemption.from() == null ? "" : exemption.from().toString(),
                "until", exemption.until().toString());
    }

    /** Why a check is exempt, in words: "not applicable", "accepted risk", "in progress". */
    static String reason(Exemption.Reason reason, SiteContext context) {
        return switch (reason) {
            case NOT_APPLICABLE -> context.text("exemption.reason.not-applicable");
            case ACCEPTED_RISK -> context.text("exemption.reason.accepted-risk");
            case IN_PROGRESS -> context.text("exemption.reason.in-progress");
        };
    }
}
