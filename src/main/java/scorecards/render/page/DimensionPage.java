package scorecards.render.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scorecards.model.Dimension;
import scorecards.model.DimensionLevel;
import scorecards.model.Level;
import scorecards.render.chart.Charts;
import scorecards.score.AssessmentScore;
import scorecards.score.DimensionScore;
import scorecards.score.TeamScore;

/**
 * One dimension, built in or the model's own: what each level means, how teams spread over its
 * levels in time, the roll-up over time of each metric the model adds to it, and every team's level.
 */
final class DimensionPage {

    private DimensionPage() {
    }

    static Page build(Dimension dimension, SiteContext context) {
        List<Map<String, Object>> levels = new ArrayList<>();
        for (Level level : context.levels()) {
            DimensionLevel meaning = dimension.level(level.id()).orElse(null);
            levels.add(Maps.of(
                    "level", context.level(level.id()),
                    "description", context.markdown.toSafeHtml(meaning == null ? null : meaning.description()),
                    "checks", meaning == null ? List.of() : meaning.checks().stream()
                            .map(check -> Maps.of("metric", context.label(check.metric()), "wanted", CheckText.wanted(check, context)))
                            .toList()));
        }
        // Distribution over time: count each assessed team's level in this dimension per period.
        Map<String, int[]> byPeriod = new LinkedHashMap<>();
        context.report.rollups().forEach(rollup -> byPeriod.put(rollup.period().toString(), new int[context.levels().size()]));
        for (TeamScore team : context.report.teams()) {
            for (AssessmentScore score : team.assessments()) {
                int[] counts = byPeriod.get(score.assessment().period().toString());
                counts[context.levelRank(score.dimension(dimension.id()).levelId())]++;
            }
        }
        List<String> periods = new ArrayList<>(byPeriod.keySet());
        List<List<Integer>> counts = byPeriod.values().stream()
                .map(array -> java.util.Arrays.stream(array).boxed().toList()).toList();
        String chart = Charts.stackedBars(context.messages, "dimension-" + dimension.id(), context.text("dimension.chart", dimension.name()), periods, context.levels().stream().map(Level::name).toList(), counts);
        List<Map<String, Object>> distribution = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            distribution.add(Maps.of("period", periods.get(i), "counts", counts.get(i)));
        }
        Map<String, Object> teams = teams(dimension, context, 1);
        Map<String, Object> model = Maps.of(
                "dimension", Maps.of("id", dimension.id(), "name", dimension.name(),
                        "weight", context.figures.figure(dimension.weight()),
                        "description", context.markdown.toSafeHtml(dimension.description())),
                "levels", levels,
                "allLevels", context.levels().stream().map(l -> context.level(l.id())).toList(),
                "chart", chart,
                "distribution", distribution,
                "teams", teams.get("rows"),
                "teamsList", teams,
                "ownMetrics", OwnRollups.of(context.report.input().model().metrics().own().stream()
                        .filter(metric -> metric.dimension().equals(dimension.id())).toList(),
                        context.report.rollups(), context.report.teams(),
                        context.report.input().organisation().name(), context));
        return new Page(SiteContext.dimensionHref(dimension.id()), "dimension.ftl", dimension.name(), model);
    }

    /** Page {@code number} (from 2) of the dimension's teams, on a page of its own. */
    static Page more(Dimension dimension, SiteContext context, int number) {
        String first = SiteContext.dimensionHref(dimension.id());
        return PagedList.page(context, first, number, "dimensionTeams",
                context.text("dimension.more.title", dimension.name()), context.text("dimension.more.title", dimension.name()),
                context.text("dimension.more.intro", dimension.name()),
                PagedList.back(dimension.name(), first), "", teams(dimension, context, number));
    }

    /** Page {@code number} of every team's latest level in the dimension, by name. */
    private static Map<String, Object> teams(Dimension dimension, SiteContext context, int number) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TeamScore team : PagedList.slice(context.byName, number)) {
            DimensionScore score = team.latest().dimension(dimension.id());
            rows.add(Maps.of("name", team.team().name(), "href", SiteContext.teamHref(team.team().id()),
                    "period", team.latest().assessment().period().toString(), "stale", team.stale(),
                    "level", context.level(score.levelId()), "progress", context.figures.style().percent(context.figures.score(score.progress())),
                    "exempt", score.exemptChecks()));
        }
        Map<String, Object> list = PagedList.model(SiteContext.dimensionHref(dimension.id()), number,
                context.byName.size(), context.text("noun.teams"), rows, null);
        list.put("caption", context.text("dimension.teams.caption", dimension.name()));
        return list;
    }
}
