package scorecards.render.page;

import java.util.List;
import java.util.Map;
import scorecards.model.Period;
import scorecards.score.Rollup;
import scorecards.score.TeamScore;
import scorecards.score.TribeScore;

/** Every tribe side by side in the current period, and the teams that name no tribe. */
final class TribesPage {

    private TribesPage() {
    }

    static Page build(SiteContext context) {
        Period current = context.report.currentPeriod();
        // The teams in no tribe are listed here while they fit one part; more are in the index by tribe.
        List<TeamScore> withoutTribe = context.byTribe.stream().filter(team -> team.team().tribe() == null).toList();
        int firstWithout = context.byTribe.size() - withoutTribe.size();
        Map<String, Object> tribes = tribes(context, 1);
        Map<String, Object> model = Maps.of(
                "period", current == null ? "" : current.toString(),
                "tribes", tribes.get("rows"),
                "tribesList", tribes,
                "withoutTribe", withoutTribe.size() > PagedList.ROWS ? List.of()
                        : withoutTribe.stream().map(team -> context.teamLink(team.team().id())).toList(),
                "withoutTribeCount", withoutTribe.size(),
                "withoutTribeHref", PagedList.path(DirectoryPages.TRIBES, firstWithout / PagedList.ROWS + 1));
        return new Page(TribePaths.INDEX, "tribes.ftl", context.text("nav.tribes"), model);
    }

    /** Page {@code number} (from 2) of the tribes, on a page of its own. */
    static Page more(SiteContext context, int number) {
        return PagedList.page(context, TribePaths.INDEX, number, "tribes", context.text("nav.tribes"),
                context.text("nav.tribes"), context.report.currentPeriod() == null ? context.text("tribes.more.intro")
                        : context.text("tribes.more.intro.period", context.report.currentPeriod()),
                PagedList.back(context.text("nav.tribes"), TribePaths.INDEX), "tribes", tribes(context, number));
    }

    static int pages(SiteContext context) {
        return PagedList.pages(context.report.tribes().size());
    }

    private static Map<String, Object> tribes(SiteContext context, int number) {
        Period current = context.report.currentPeriod();
        String period = current == null ? "" : current.toString();
        Map<String, Object> list = PagedList.model(TribePaths.INDEX, number, context.report.tribes().size(), context.text("noun.tribes"),
                PagedList.slice(context.report.tribes(), number).stream().map(tribe -> row(tribe, current, context)).toList(),
                null);
        list.put("caption", period.isEmpty() ? context.text("nav.tribes") : context.text("tribes.caption", period));
        list.put("period", period);
        return list;
    }

    private static Map<String, Object> row(TribeScore tribe, Period current, SiteContext context) {
        Rollup now = tribe.rollups().stream().filter(r -> r.period().equals(current)).findFirst().orElse(null);
        long stale = tribe.teamIds().stream().map(context::team).filter(TeamScore::stale).count();
        return Maps.of(
                "name", tribe.name(),
                "href", context.tribeHref(tribe.name()),
                "teams", tribe.teamIds().size(),
                "assessed", now == null ? 0 : now.teamsAssessed(),
                "coverage", now == null ? context.figures.noData() : context.figures.percent(now.devopsBuddyCoverage()),
                "csat", now == null ? context.figures.noData() : context.figures.figure(now.csat()),
                "nps", now == null ? context.figures.noData() : context.figures.figure(now.nps()),
                "stale", stale);
    }
}
