package scorecards.render.page;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import scorecards.model.Period;
import scorecards.render.Figures;
import scorecards.score.Rollup;
import scorecards.score.TeamScore;
import scorecards.score.TribeScore;

/** Every tribe side by side in the current period, and the teams that name no tribe. */
final class TribesPage {

    private TribesPage() {
    }

    static Page build(SiteContext context) {
        Period current = context.report.currentPeriod();
        List<Map<String, Object>> tribes = context.report.tribes().stream()
                .map(tribe -> row(tribe, current, context)).toList();
        List<Map<String, Object>> withoutTribe = context.report.teams().stream()
                .filter(team -> team.team().tribe() == null)
                .sorted(Comparator.comparing((TeamScore t) -> t.team().name()).thenComparing(t -> t.team().id()))
                .map(team -> context.teamLink(team.team().id())).toList();
        Map<String, Object> model = Maps.of(
                "period", current == null ? "" : current.toString(),
                "tribes", tribes,
                "withoutTribe", withoutTribe);
        return new Page(TribePaths.INDEX, "tribes.ftl", "Tribes", model);
    }

    private static Map<String, Object> row(TribeScore tribe, Period current, SiteContext context) {
        Rollup now = tribe.rollups().stream().filter(r -> r.period().equals(current)).findFirst().orElse(null);
        long stale = tribe.teamIds().stream().map(context::team).filter(TeamScore::stale).count();
        return Maps.of(
                "name", tribe.name(),
                "href", context.tribeHref(tribe.name()),
                "teams", tribe.teamIds().size(),
                "assessed", now == null ? 0 : now.teamsAssessed(),
                "coverage", now == null ? Figures.NO_DATA : Figures.percent(now.devopsBuddyCoverage()),
                "csat", now == null ? Figures.NO_DATA : Figures.figure(now.csat()),
                "nps", now == null ? Figures.NO_DATA : Figures.figure(now.nps()),
                "stale", stale);
    }
}
