package scorecards.render.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import scorecards.model.Dimension;
import scorecards.model.Period;
import scorecards.render.Figures;
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
    static final String NO_TRIBE = "No tribe";

    private DirectoryPages() {
    }

    /** Page {@code number} of every team by name, with its levels. */
    static Page names(SiteContext context, int number) {
        List<Map<String, Object>> rows = PagedList.slice(context.byName, number).stream()
                .map(team -> levelsRow(team, context)).toList();
        Map<String, Object> list = PagedList.model(NAMES, number, context.byName.size(), "teams", rows,
                nameLabels(context));
        list.put("dimensions", context.dimensions().stream()
                .map(d -> Maps.of("name", d.name(), "href", SiteContext.dimensionHref(d.id()))).toList());
        return PagedList.page(NAMES, number, "names", "Teams by name", "Every team by name",
                "Each team's latest level per dimension; arrows compare with the team's own previous assessment."
                        + " Teams are listed by name, not ranked.", null, "", list);
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
                groups.add(Maps.of("name", tribeOf(team), "href", tribe == null ? "" : context.tribeHref(tribe),
                        "continued", groups.isEmpty() && number > 1 && java.util.Objects.equals(tribe, previous),
                        "teams", current));
            }
            current.add(summaryRow(team, context));
        }
        Map<String, Object> list = PagedList.model(TRIBES, number, context.byTribe.size(), "teams", groups,
                tribeLabels(context));
        return PagedList.page(TRIBES, number, "byTribe", "Teams by tribe", "Every team by tribe",
                "Tribes by name, and within each its teams by name; the teams in no tribe come last.", null, "", list);
    }

    /** Page {@code number} of the stale teams, the longest silent first. */
    static Page stale(SiteContext context, int number) {
        List<TeamScore> stale = staleTeams(context);
        Map<String, Object> list = PagedList.model(STALE, number, stale.size(), "stale teams",
                PagedList.slice(stale, number).stream().map(team -> summaryRow(team, context)).toList(), null);
        list.put("caption", "Stale scorecards");
        return PagedList.page(STALE, number, "teams", "Stale scorecards", "Stale scorecards",
                "Teams that have not assessed themselves recently, the longest silent first; their figures are from"
                        + " their latest assessment.", PagedList.back("Overview", "index.html"), "", list);
    }

    /** Page {@code number} of the teams with exempt checks in the current period. */
    static Page exempt(SiteContext context, int number) {
        List<Map<String, Object>> exempt = exemptTeams(context);
        Map<String, Object> list = PagedList.model(EXEMPT, number, exempt.size(), "teams with exempt checks",
                PagedList.slice(exempt, number), null);
        return PagedList.page(EXEMPT, number, "exempt", "Exempt checks", "Teams with exempt checks",
                "Teams excused from some checks in " + context.report.currentPeriod() + ", by name, with how many.",
                PagedList.back("Overview", "index.html#exemptions"), "", list);
    }

    /** Page {@code number} of the leaderboard: the teams assessed in the current period, by score. */
    static Page ranking(SiteContext context, int number) {
        List<TeamScore> ranked = ranked(context);
        Map<String, Object> list = PagedList.model(RANKING, number, ranked.size(), "teams",
                PagedList.slice(ranked, number).stream().map(team -> rankingRow(team, context)).toList(), null);
        return PagedList.page(RANKING, number, "ranking", "Leaderboard", "Leaderboard",
                "Teams assessed in " + context.report.currentPeriod() + ", by score. Shown because organisation.yaml sets"
                        + " leaderboard: true.", PagedList.back("Overview", "index.html#ranking"), "", list);
    }

    /** The links to the pages of the index by name, each labelled by its first and last team. */
    static List<String> nameLabels(SiteContext context) {
        return labels(context.byName, team -> team.team().name());
    }

    /** The links to the pages of the index by tribe, each labelled by its first and last tribe. */
    static List<String> tribeLabels(SiteContext context) {
        return labels(context.byTribe, DirectoryPages::tribeOf);
    }

    private static List<String> labels(List<TeamScore> teams, java.util.function.Function<TeamScore, String> name) {
        List<String> labels = new ArrayList<>();
        for (int page = 1; page <= PagedList.pages(teams.size()); page++) {
            List<TeamScore> slice = PagedList.slice(teams, page);
            if (slice.isEmpty()) {
                labels.add("none");
                continue;
            }
            String first = name.apply(slice.get(0));
            String last = name.apply(slice.get(slice.size() - 1));
            labels.add(first.equals(last) ? first : first + " to " + last);
        }
        return labels;
    }

    private static String tribeOf(TeamScore team) {
        return team.team().tribe() == null ? NO_TRIBE : team.team().tribe();
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
                "score", Figures.score(team.latest().score()), "level", context.level(team.latest().levelId()));
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
                "score", Figures.score(team.latest().score()),
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
        String trendText = "first assessment";
        if (previousLevelId != null) {
            int change = context.levelRank(levelId) - context.levelRank(previousLevelId);
            trend = change > 0 ? "up" : change < 0 ? "down" : "same";
            trendText = change == 0 ? "unchanged" : (change > 0 ? "up" : "down") + " from " + context.levelName(previousLevelId);
        }
        cell.put("trend", trend);
        cell.put("trendText", trendText);
        return cell;
    }
}
