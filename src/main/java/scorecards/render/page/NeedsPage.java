package scorecards.render.page;

import java.util.List;
import java.util.Map;
import scorecards.score.Need;

/** The voice of the customer: the current period's needs, the most shared first, with the teams. */
final class NeedsPage {

    private NeedsPage() {
    }

    static Page build(SiteContext context) {
        List<Map<String, Object>> needs = context.report.needs().stream()
                .map(need -> needView(need, context)).toList();
        Map<String, Object> model = Maps.of(
                "period", context.report.currentPeriod() == null ? "" : context.report.currentPeriod().toString(),
                "needs", needs);
        return new Page("needs.html", "needs.ftl", "Needs", model);
    }

    private static Map<String, Object> needView(Need need, SiteContext context) {
        return Maps.of("text", need.text(), "count", need.teams().size(),
                "teams", need.teams().stream().map(context::teamLink).toList());
    }
}
