package scorecards.render.page;

import java.util.List;
import java.util.Map;
import scorecards.score.Need;

/**
 * The voice of the customer: the current period's needs, the most shared first, with the teams.
 * A need shared by many teams names the first few and links to a page of its own with all of them,
 * so that the page stays readable however many teams share a need.
 */
final class NeedsPage {

    /** The page of every need, and the folder of the pages of needs shared by many teams. */
    static final String PATH = "needs.html";
    static final String FOLDER = "needs/";

    private NeedsPage() {
    }

    static Page build(SiteContext context) {
        Map<String, Object> needs = needs(context, 1);
        Map<String, Object> model = Maps.of(
                "period", period(context),
                "needs", needs.get("rows"),
                "needsList", needs);
        return new Page(PATH, "needs.ftl", "Needs", model);
    }

    /** Page {@code number} (from 2) of the needs, on a page of its own. */
    static Page more(SiteContext context, int number) {
        return PagedList.page(PATH, number, "needs", "Needs", "What teams need next", "The needs teams wrote in their "
                + period(context) + " assessments, in their own words, the most shared first.",
                PagedList.back("Needs", PATH), "needs", needs(context, number));
    }

    /** Page {@code number} of every team that shares {@code need}, in the order of the needs page (by id). */
    static Page teams(Need need, SiteContext context, int number) {
        String first = context.needHref(need.text());
        List<String> teams = need.teams();
        Map<String, Object> list = PagedList.model(first, number, teams.size(), "teams",
                PagedList.slice(teams, number).stream().map(context::teamLink).toList(), null);
        return PagedList.page(first, number, "teamLinks", "Need: " + need.text(), "Need: " + need.text(),
                "The " + teams.size() + " teams that wrote it in their " + period(context) + " assessment.",
                PagedList.back("Every need", PATH), "needs", list);
    }

    static int pages(SiteContext context) {
        return PagedList.pages(context.report.needs().size());
    }

    private static Map<String, Object> needs(SiteContext context, int number) {
        List<Need> needs = context.report.needs();
        Map<String, Object> list = PagedList.model(PATH, number, needs.size(), "needs",
                PagedList.slice(needs, number).stream().map(need -> needView(need, context)).toList(), null);
        list.put("caption", "Needs" + (period(context).isEmpty() ? "" : ", " + period(context)));
        return list;
    }

    private static Map<String, Object> needView(Need need, SiteContext context) {
        List<String> shown = need.teams().stream().limit(OverviewPage.SHORT_LIST).toList();
        Object more = need.teams().size() > shown.size()
                ? Maps.of("href", context.needHref(need.text()), "count", need.teams().size() - shown.size()) : false;
        return Maps.of("text", need.text(), "count", need.teams().size(),
                "teams", shown.stream().map(context::teamLink).toList(), "more", more);
    }

    private static String period(SiteContext context) {
        return context.report.currentPeriod() == null ? "" : context.report.currentPeriod().toString();
    }
}
