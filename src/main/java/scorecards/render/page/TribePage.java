package scorecards.render.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import scorecards.model.Period;
import scorecards.render.Figures;
import scorecards.render.chart.Charts;
import scorecards.score.Rollup;
import scorecards.score.TeamScore;
import scorecards.score.TribeScore;

/** One tribe: the overview's figures over its teams only, over time, and where each of its teams stands. */
final class TribePage {

    private TribePage() {
    }

    static Page build(TribeScore tribe, SiteContext context) {
        List<Rollup> rollups = tribe.rollups();
        Period current = context.report.currentPeriod();
        Rollup now = rollups.stream().filter(r -> r.period().equals(current)).findFirst().orElse(null);
        Rollup before = now == null ? null : RollupFigures.previous(rollups, now);

        List<String> periods = rollups.stream().map(r -> r.period().toString()).toList();
        String coverageChart = Charts.lines("coverage-over-time", "DevOps-buddy coverage of the teams of "
                        + tribe.name() + " assessed in each period",
                periods, List.of("Designated", "Trained", "With a backup"),
                List.of(rollups.stream().map(r -> r.devopsBuddyCoverage() * 100).toList(),
                        rollups.stream().map(r -> r.buddyTrainedShare() * 100).toList(),
                        rollups.stream().map(r -> r.buddyBackupShare() * 100).toList()),
                100, "%");
        List<Map<String, Object>> history = new ArrayList<>();
        for (Rollup rollup : rollups) {
            history.add(Maps.of(
                    "period", rollup.period().toString(),
                    "teams", rollup.teamsAssessed(),
                    "coverage", Figures.percent(rollup.devopsBuddyCoverage()),
                    "trained", Figures.percent(rollup.buddyTrainedShare()),
                    "backup", Figures.percent(rollup.buddyBackupShare()),
                    "csat", Figures.figure(rollup.csat()),
                    "nps", Figures.figure(rollup.nps()),
                    "responses", Figures.count(rollup.responses()),
                    "incidents", Figures.count(rollup.incidents()),
                    "hours", Figures.figure(rollup.hoursSaved())));
        }

        Map<String, Object> teams = teams(tribe, context, 1);
        Map<String, Object> model = Maps.of(
                "tribe", Maps.of("name", tribe.name(), "teamCount", tribe.teamIds().size()),
                "period", current == null ? "" : current.toString(),
                "previousPeriod", before == null ? "" : before.period().toString(),
                "assessed", now == null ? 0 : now.teamsAssessed(),
                "headlines", RollupFigures.headlines(now, before, context),
                "adoption", RollupFigures.adoption(now, before, context),
                "levels", context.levels().stream().map(l -> context.level(l.id())).toList(),
                "distributionChart", RollupFigures.distributionChart("levels-over-time",
                        "Teams of " + tribe.name() + " at each overall level, by period", rollups, context),
                "distribution", RollupFigures.distribution(rollups, context),
                "coverageChart", coverageChart,
                "history", history,
                "teams", teams.get("rows"),
                "teamsList", teams,
                "ownMetrics", OwnRollups.of(context.report.input().model().metrics().own(), rollups,
                        tribe.teamIds().stream().map(context::team).toList(), tribe.name(), context));
        return new Page(context.tribeHref(tribe.name()), "tribe.ftl", "Tribe " + tribe.name(), model);
    }

    /** Page {@code number} (from 2) of the tribe's teams, on a page of its own. */
    static Page more(TribeScore tribe, SiteContext context, int number) {
        String first = context.tribeHref(tribe.name());
        return PagedList.page(first, number, "teams", "Tribe " + tribe.name() + ": teams", "Teams of " + tribe.name(),
                "Each team's latest assessment, listed by name, not ranked.",
                PagedList.back("Tribe " + tribe.name(), first), "", teams(tribe, context, number));
    }

    static int pages(TribeScore tribe) {
        return PagedList.pages(tribe.teamIds().size());
    }

    /** Page {@code number} of the tribe's teams, by name. */
    private static Map<String, Object> teams(TribeScore tribe, SiteContext context, int number) {
        List<TeamScore> teams = tribe.teamIds().stream().map(context::team)
                .sorted(Comparator.comparing((TeamScore t) -> t.team().name()).thenComparing(t -> t.team().id())).toList();
        Map<String, Object> list = PagedList.model(context.tribeHref(tribe.name()), number, teams.size(), "teams",
                PagedList.slice(teams, number).stream().map(team -> DirectoryPages.summaryRow(team, context)).toList(),
                null);
        list.put("caption", "Teams of " + tribe.name());
        return list;
    }
}
