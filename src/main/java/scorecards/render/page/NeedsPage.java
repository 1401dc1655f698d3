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
        return new Page(PATH, "needs.ftl", context.text("nav.needs"), model);
    }

    /** Page {@code number} (from 2) of the needs, on a page of its own. */
    static Page more(SiteContext context, int number) {
        return PagedList.page(context, PATH, number, "needs", context.text("nav.needs"),
                context.text("needs.more.heading"), context.text("needs.more.intro", period(context)),
                PagedList.back(context.text("nav.needs"), PATH), "needs", needs(context, number));
    }

    /** Page {@code number} of every team that shares {@code need}, in the order of the needs page (by id). */
    static Page teams(Need need, SiteContext context, int number) {
        String first = context.needHref(need.text());
        List<String> teams = need.teams();
        Map<String, Object> list = PagedList.model(first, number, teams.size(), context.text("noun.teams"),
                PagedList.slice(teams, number).stream().map(context::teamLink).toList(), null);
        return PagedList.page(context, first, number, "teamLinks", context.text("need.title", need.text()),
                context.text("need.title", need.text()), context.text("need.intro", teams.size(), period(context)),
                PagedList.back(context.text("need.back"), PATH), "needs", list);
    }

    static int pages(SiteContext context) {
        return PagedList.pages(context.report.needs().size());
    }

    private static Map<String, Object> needs(SiteContext context, int number) {
        List<Need> needs = context.report.needs();
        Map<String, Object> list = PagedList.model(PATH, number, needs.size(), context.text("noun.needs"),
                PagedList.slice(needs, number).stream().map(need -> needView(need, context)).toList(), null);
        list.put("caption", period(context).isEmpty() ? context.text("nav.needs")
                : context.text("needs.caption", period(context)));
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
