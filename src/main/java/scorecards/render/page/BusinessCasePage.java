package scorecards.render.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import scorecards.model.Assessment;
import scorecards.model.Period;
import scorecards.score.AssessmentScore;
import scorecards.render.chart.Charts;
import scorecards.score.Rollup;

/** Hours and money saved per period, and the assumptions behind them. */
final class BusinessCasePage {

    private BusinessCasePage() {
    }

    static Page build(SiteContext context) {
        Double costPerHour = context.report.input().organisation().costPerHour();
        List<String> periods = new ArrayList<>();
        List<Double> hours = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        double totalHours = 0;
        boolean anyHours = false;
        // One pass over all assessments, not one per period.
        Map<Period, Long> reportingHours = context.report.teams().stream()
                .flatMap(team -> team.assessments().stream())
                .map(AssessmentScore::assessment)
                .filter(assessment -> assessment.hoursSaved() != null)
                .collect(Collectors.groupingBy(Assessment::period, Collectors.counting()));
        for (Rollup rollup : context.report.rollups()) {
            periods.add(rollup.period().toString());
            hours.add(rollup.hoursSaved());
            if (rollup.hoursSaved() != null) {
                totalHours += rollup.hoursSaved();
                anyHours = true;
            }
            long reporting = reportingHours.getOrDefault(rollup.period(), 0L);
            rows.add(Maps.of("period", rollup.period().toString(), "hours", context.figures.figure(rollup.hoursSaved()),
                    "money", context.figures.money(rollup.moneySaved(), context.currency()),
                    "reporting", reporting, "teams", rollup.teamsAssessed()));
        }
        double maxHours = hours.stream().filter(h -> h != null).mapToDouble(Double::doubleValue).max().orElse(0);
        String chart = Charts.groupedBars(context.messages, "hours-saved", context.text("business-case.chart"), periods,
                List.of(context.text("headline.hours")), List.of(hours), Charts.niceMax(maxHours), "");
        Double total = anyHours ? totalHours : null;
        Map<String, Object> model = Maps.of(
                "chart", chart,
                "rows", rows,
                "totalHours", context.figures.figure(total),
                "totalMoney", context.figures.money(total == null || costPerHour == null ? null : total * costPerHour,
                        context.currency()),
                "costPerHour", costPerHour == null ? "" : context.figures.money(costPerHour, context.currency()),
                "currency", context.currency());
        return new Page("business-case.html", "business-case.ftl", context.text("nav.business-case"), model);
    }
}
