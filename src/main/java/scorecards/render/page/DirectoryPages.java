package scorecards.render.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import scorecards.model.Dimension;
import scorecards.model.Period;
import scorecards.score.AssessmentScore;
import scorecards.score.DimensionScore;
import scorecards.score.TeamScore;

/**
 * The index of every team, in pages of {@link PagedList#ROWS}: by name, with each team's level in
 * every dimension, and by tribe. The overview links to each of their pages, so that every team is
 * two links from it whatever the size of the organisation. Beside them, the lists the overview
 * can only begin: every stale team, every team with exempt checks, and the leaderboard.
 */
final class DirectoryPages {

    static final String NAMES = "directory/names.html";
    static final String TRIBES = "directory/tribes.html";
    static final String STALE = "directory/stale.html";
    static final String EXEMPT = "directory/exempt.html";
    static final String RANKING = "directory/ranking.html";
    /** The name of the group of the teams in no tribe. */

    private DirectoryPages() {
    }

    /** Page {@code number} of every team by name, with its levels. */
    static Page names(SiteContext context, int number) {
        List<Map<String, Object>> rows = PagedList.slice(context.byName, number).stream()
                .map(team -> levelsRow(team, context)).toList();
        Map<String, Object> list = PagedList.model(NAMES, number, context.byName.size(), context.text("noun.teams"), rows,
                nameLabels(context));
        list.put("dimensions", context.dimensions().stream()
                .map(d -> Maps.of("name", d.name(), "href", SiteContext.dimensionHref(d.id()))).toList());
        return PagedList.page(context, NAMES, number, "names", context.text("names.title"),
                context.text("names.heading"), context.text("names.intro"), null, "", list);
    }

    /** Page {@code number} of every team, grouped by tribe. */
    static Page tribes(SiteContext context, int number) {
        List<TeamScore> teams = PagedList.slice(context.byTribe, number);
        List<Map<String, Object>> groups = new ArrayList<>();
        // The tribe (null for none) of the last team of the page before: a group may continue from it.
        String previous = number == 1 ? null : context.byTribe.get((number - 1) * PagedList.ROWS - 1).team().tribe();
        List<Map<String, Object>> current = null;
        String currentTribe = null;
        for (TeamScore team : teams) {
            String tribe = team.team().tribe();
            if (current == null || !java.util.Objects.equals(tribe, currentTribe)) {
                current = new ArrayList<>();
                currentTribe = tribe;
                groups.add(Maps.of("name", tribeOf(team, context), "href", tribe == null ? "" : context.tribeHref(tribe),
                        "continued", groups.isEmpty() && number > 1 && java.util.Objects.equals(tribe, previous),
                        "teams", current));
            }
            current.add(summaryRow(team, context));
        }
        Map<String, Object> list = PagedList.model(TRIBES, number, context.byTribe.size(), context.text("noun.teams"), groups,
                tribeLabels(context));
        return PagedList.page(context, TRIBES, number, "byTribe", context.text("by-tribe.title"),
                context.text("by-tribe.heading"), context.text("by-tribe.intro"), null, "", list);
    }

    /** Page {@code number} of the stale teams, the longest silent first. */
    static Page stale(SiteContext context, int number) {
        List<TeamScore> stale = staleTeams(context);
        Map<String, Object> list = PagedList.model(STALE, number, stale.size(), context.text("noun.stale-teams"),
                PagedList.slice(stale, number).stream().map(team -> summaryRow(team, context)).toList(), null);
        list.put("caption", context.text("stale.title"));
        return PagedList.page(context, STALE, number, "teams", context.text("stale.title"), context.text("stale.title"),
                context.text("stale.intro"), PagedList.back(context.text("nav.overview"), "index.html"), "", list);
    }

    /** Page {@code number} of the teams with exempt checks in the current period. */
    static Page exempt(SiteContext context, int number) {
        List<Map<String, Object>> exempt = exemptTeams(context);
        Map<String, Object> list = PagedList.model(EXEMPT, number, exempt.size(), context.text("noun.exempt-teams"),
                PagedList.slice(exempt, number), null);
        return PagedList.page(context, EXEMPT, number, "exempt", context.text("headline.exempt"),
                context.text("exempt.heading"), context.text("exempt.intro", context.report.currentPeriod()),
                PagedList.back(context.text("nav.overview"), "index.html#exemptions"), "", list);
    }

    /** Page {@code number} of the leaderboard: the teams assessed in the current period, by score. */
    static Page ranking(SiteContext context, int number) {
        List<TeamScore> ranked = ranked(context);
        Map<String, Object> list = PagedList.model(RANKING, number, ranked.size(), context.text("noun.teams"),
                PagedList.slice(ranked, number).stream().map(team -> rankingRow(team, context)).toList(), null);
        return PagedList.page(context, RANKING, number, "ranking", context.text("ranking.title"),
                context.text("ranking.title"), context.text("ranking.intro", context.report.currentPeriod()),
                PagedList.back(context.text("nav.overview"), "index.html#ranking"), "", list);
    }

    /** The links to the pages of the index by name, each labelled by its first and last team. */
    static List<String> nameLabels(SiteContext context) {
        return labels(context.byName, team -> team.team().name(), context);
    }

    /** The links to the pages of the index by tribe, each labelled by its first and last tribe. */
    static List<String> tribeLabels(SiteContext context) {
        return labels(context.byTribe, team -> tribeOf(team, context), context);
    }

    private static List<String> labels(List<TeamScore> teams, java.util.function.Function<TeamScore, String> name,
            SiteContext context) {
        List<String> labels = new ArrayList<>();
        for (int page = 1; page <= PagedList.pages(teams.size()); page++) {
            List<TeamScore> slice = PagedList.slice(teams, page);
            if (slice.isEmpty()) {
                labels.add(context.text("pager.none"));
                continue;
            }
            String first = name.apply(slice.get(0));
            String last = name.apply(slice.get(slice.size() - 1));
            labels.add(first.equals(last) ? first : context.text("pager.range", first, last));
        }
        return labels;
    }

    private static String tribeOf(TeamScore team, SiteContext context) {
        return team.team().tribe() == null ? context.text("by-tribe.none") : team.team().tribe();
    }

    /** The stale teams, the oldest latest assessment first, then by name. */
    static List<TeamScore> staleTeams(SiteContext context) {
        return context.byName.stream().filter(TeamScore::stale)
                .sorted(Comparator.comparing((TeamScore t) -> t.latest().assessment().period())).toList();
    }

    /** The teams with exempt checks in their assessment of the current period, by name, with how many. */
    static List<Map<String, Object>> exemptTeams(SiteContext context) {
        Period period = context.report.currentPeriod();
        List<Map<String, Object>> teams = new ArrayList<>();
        if (period == null) {
            return teams;
        }
        for (TeamScore team : context.byName) {
            team.assessments().stream()
                    .filter(score -> score.assessment().period().equals(period) && score.exemptChecks() > 0)
                    .findFirst()
                    .ifPresent(score -> teams.add(Maps.of("name", team.team().name(),
                            "href", SiteContext.teamHref(team.team().id()) + "#exemptions",
                            "checks", score.exemptChecks())));
        }
        return teams;
    }

    /** The teams assessed in the current period, best score first, then by id. */
    static List<TeamScore> ranked(SiteContext context) {
        Period current = context.report.currentPeriod();
        if (current == null || !context.report.input().organisation().leaderboard()) {
            return List.of();
        }
        return context.report.teams().stream()
                .filter(team -> team.latest().assessment().period().equals(current))
                .sorted(Comparator.comparingDouble((TeamScore t) -> -t.latest().score()).thenComparing(t -> t.team().id()))
                .toList();
    }

    static Map<String, Object> rankingRow(TeamScore team, SiteContext context) {
        return Maps.of("name", team.team().name(), "href", SiteContext.teamHref(team.team().id()),
                "score", context.figures.score(team.latest().score()), "level", context.level(team.latest().levelId()));
    }

    /** A team in a short list: its latest assessment, overall level, score and whether it is stale. */
    static Map<String, Object> summaryRow(TeamScore team, SiteContext context) {
        return Maps.of(
                "name", team.team().name(),
                "href", SiteContext.teamHref(team.team().id()),
                "tribe", team.team().tribe() == null ? "" : team.team().tribe(),
                "tribeHref", context.tribeHref(team.team().tribe()),
                "period", team.latest().assessment().period().toString(),
                "level", context.level(team.latest().levelId()),
                "score", context.figures.score(team.latest().score()),
                "stale", team.stale());
    }

    /** A team with its latest level per dimension, each with its trend against the team's previous assessment. */
    static Map<String, Object> levelsRow(TeamScore team, SiteContext context) {
        AssessmentScore latest = team.latest();
        AssessmentScore earlier = team.assessments().size() > 1
                ? team.assessments().get(team.assessments().size() - 2) : null;
        List<Map<String, Object>> cells = new ArrayList<>();
        for (Dimension dimension : context.dimensions()) {
            DimensionScore score = latest.dimension(dimension.id());
            String before = earlier == null ? null : earlier.dimension(dimension.id()).levelId();
            cells.add(cell(score.levelId(), before, context));
        }
        return Maps.of("name", team.team().name(), "href", SiteContext.teamHref(team.team().id()),
                "tribe", team.team().tribe() == null ? "" : team.team().tribe(),
                "tribeHref", context.tribeHref(team.team().tribe()),
                "period", latest.assessment().period().toString(), "stale", team.stale(),
                "overall", cell(latest.levelId(), earlier == null ? null : earlier.levelId(), context),
                "cells", cells);
    }

    /** A level with its trend against the team's previous assessment. */
    private static Map<String, Object> cell(String levelId, String previousLevelId, SiteContext context) {
        Map<String, Object> cell = context.level(levelId);
        String trend = "none";
        String trendText = context.text("trend.first");
        if (previousLevelId != null) {
            int change = context.levelRank(levelId) - context.levelRank(previousLevelId);
            trend = change > 0 ? "up" : change < 0 ? "down" : "same";
            trendText = change == 0 ? context.text("trend.same")
                    : context.text(change > 0 ? "trend.up" : "trend.down", context.levelName(previousLevelId));
        }
        cell.put("trend", trend);
        cell.put("trendText", trendText);
        return cell;
    }
}
