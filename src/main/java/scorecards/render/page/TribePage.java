package scorecards.render.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import scorecards.model.Period;
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
        String coverageChart = Charts.lines(context.messages, "coverage-over-time",
                context.text("tribe.chart.coverage", tribe.name()), periods, List.of(context.text("tribe.chart.designated"),
                        context.text("tribe.figures.trained"), context.text("tribe.figures.backup")),
                List.of(rollups.stream().map(r -> r.devopsBuddyCoverage() * 100).toList(),
                        rollups.stream().map(r -> r.buddyTrainedShare() * 100).toList(),
                        rollups.stream().map(r -> r.buddyBackupShare() * 100).toList()),
                100, "%");
        List<Map<String, Object>> history = new ArrayList<>();
        for (Rollup rollup : rollups) {
            history.add(Maps.of(
                    "period", rollup.period().toString(),
                    "teams", rollup.teamsAssessed(),
                    "coverage", context.figures.percent(rollup.devopsBuddyCoverage()),
                    "trained", context.figures.percent(rollup.buddyTrainedShare()),
                    "backup", context.figures.percent(rollup.buddyBackupShare()),
                    "csat", context.figures.figure(rollup.csat()),
                    "nps", context.figures.figure(rollup.nps()),
                    "responses", context.figures.count(rollup.responses()),
                    "incidents", context.figures.count(rollup.incidents()),
                    "hours", context.figures.figure(rollup.hoursSaved())));
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
                        context.text("tribe.chart.levels", tribe.name()), rollups, context),
                "distribution", RollupFigures.distribution(rollups, context),
                "coverageChart", coverageChart,
                "history", history,
                "teams", teams.get("rows"),
                "teamsList", teams,
                "ownMetrics", OwnRollups.of(context.report.input().model().metrics().own(), rollups,
                        tribe.teamIds().stream().map(context::team).toList(), tribe.name(), context));
        return new Page(context.tribeHref(tribe.name()), "tribe.ftl", context.text("team.tribe", tribe.name()), model);
    }

    /** Page {@code number} (from 2) of the tribe's teams, on a page of its own. */
    static Page more(TribeScore tribe, SiteContext context, int number) {
        String first = context.tribeHref(tribe.name());
        return PagedList.page(context, first, number, "teams",
                context.text("tribe.more.title", tribe.name()), context.text("lists.by-tribe.caption", tribe.name()),
                context.text("tribe.more.intro"), PagedList.back(context.text("team.tribe", tribe.name()), first), "", teams(tribe, context, number));
    }

    static int pages(TribeScore tribe) {
        return PagedList.pages(tribe.teamIds().size());
    }

    /** Page {@code number} of the tribe's teams, by name. */
    private static Map<String, Object> teams(TribeScore tribe, SiteContext context, int number) {
        List<TeamScore> teams = tribe.teamIds().stream().map(context::team)
                .sorted(Comparator.comparing((TeamScore t) -> t.team().name()).thenComparing(t -> t.team().id())).toList();
        Map<String, Object> list = PagedList.model(context.tribeHref(tribe.name()), number, teams.size(), context.text("noun.teams"),
                PagedList.slice(teams, number).stream().map(team -> DirectoryPages.summaryRow(team, context)).toList(),
                null);
        list.put("caption", context.text("lists.by-tribe.caption", tribe.name()));
        return list;
    }
}
