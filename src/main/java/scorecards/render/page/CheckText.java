package scorecards.render.page;

import java.math.BigDecimal;
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

    /** The values a metric allows, in words: "a number from 1 to 5", "true or false". */
    static String values(Metric metric, SiteContext context) {
        return switch (metric.type()) {
            case BOOLEAN -> context.text("metric.values.flag");
            case CHOICE -> context.text("metric.values.choice", String.join(context.text("list.separator"), metric.choices()));
            case NUMBER, COUNT -> {
                boolean count = metric.type() == MetricType.COUNT;
                BigDecimal low = count && metric.min() == null ? BigDecimal.ZERO : metric.min();
                BigDecimal high = metric.max();
                if (low != null && high != null) {
                    yield context.text(count ? "metric.values.count.between" : "metric.values.number.between",
                            plain(low, context), plain(high, context));
                }
                if (low != null || high != null) {
                    String bound = plain(low != null ? low : high, context);
                    yield context.text(low != null ? count ? "metric.values.count.min" : "metric.values.number.min"
                            : count ? "metric.values.count.max" : "metric.values.number.max", bound);
                }
                yield context.text(count ? "metric.values.count" : "metric.values.number");
            }
        };
    }

    /** A metric's type in words: number, count, choice, yes or no. */
    static String type(Metric metric, SiteContext context) {
        return switch (metric.type()) {
            case BOOLEAN -> context.text("metric.type.boolean");
            case CHOICE -> context.text("metric.type.choice");
            case NUMBER -> context.text("metric.type.number");
            case COUNT -> context.text("metric.type.count");
        };
    }

    /** Which way a numeric metric is better, in words: higher or lower. */
    static String better(Metric metric, SiteContext context) {
        return metric.better() == Metric.Better.LOWER ? context.text("metric.better.lower")
                : context.text("metric.better.higher");
    }

    /** A number as given, its trailing zeros dropped, in the site's language: 0.5, or 0,5 in Spanish. */
    static String plain(BigDecimal value, SiteContext context) {
        BigDecimal stripped = value.stripTrailingZeros();
        return context.figures.style().plain(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }

    static Map<String, Object> result(CheckResult result, SiteContext context) {
        return Maps.of(
                "level", context.level(result.levelId()),
                "metric", context.label(result.check().metric()),
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
