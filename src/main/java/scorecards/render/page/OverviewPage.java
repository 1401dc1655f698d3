package scorecards.render.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import scorecards.model.Dimension;
import scorecards.model.Period;
import scorecards.render.Figures;
import scorecards.score.AssessmentScore;
import scorecards.score.CampaignStatus;
import scorecards.score.DimensionScore;
import scorecards.score.Rollup;
import scorecards.score.TeamScore;

/** The home page: the current period at a glance, and the change process over time. */
final class OverviewPage {

    private OverviewPage() {
    }

    static Page build(SiteContext context) {
        List<Rollup> rollups = context.report.rollups();
        Period current = context.report.currentPeriod();
        Rollup now = current == null ? null : context.rollup(current);
        Rollup before = RollupFigures.previous(rollups, now);
        List<Map<String, Object>> headlines = RollupFigures.headlines(now, before, context);
        List<Map<String, Object>> exempt = current == null ? List.of() : exemptTeams(context, current);
        boolean exemptions = context.report.teams().stream().anyMatch(team -> !team.team().exemptions().isEmpty());
        if (now != null && exemptions) {
            Map<String, Object> card = RollupFigures.headline("Exempt checks", Figures.count(now.exemptChecks()),
                    before == null ? "" : Figures.change((double) now.exemptChecks(), (double) before.exemptChecks()),
                    "in " + exempt.size() + (exempt.size() == 1 ? " team" : " teams"));
            card.put("href", "#exemptions");
            headlines.add(card);
        }
        long expired = current == null ? 0 : context.report.teams().stream()
                .mapToLong(team -> team.team().exemptionsExpiredAt(current).size()).sum();
        List<Map<String, Object>> adoption = RollupFigures.adoption(now, before, context);
        String distributionChart = RollupFigures.distributionChart("levels-over-time",
                "Teams at each overall level, by period", rollups, context);
        List<Map<String, Object>> distribution = RollupFigures.distribution(rollups, context);

        List<Map<String, Object>> matrix = new ArrayList<>();
        List<TeamScore> byName = context.report.teams().stream()
                .sorted(Comparator.comparing((TeamScore t) -> t.team().name()).thenComparing(t -> t.team().id())).toList();
        for (TeamScore team : byName) {
            matrix.add(row(team, context));
        }
        List<Map<String, Object>> stale = context.report.teams().stream().filter(TeamScore::stale)
                .map(team -> Maps.of("name", team.team().name(), "href", SiteContext.teamHref(team.team().id()),
                        "latest", team.latest().assessment().period().toString()))
                .toList();
        List<Map<String, Object>> ranking = new ArrayList<>();
        if (context.report.input().organisation().leaderboard() && current != null) {
            context.report.teams().stream()
                    .filter(team -> team.latest().assessment().period().equals(current))
                    .sorted(Comparator.comparingDouble((TeamScore t) -> -t.latest().score()).thenComparing(t -> t.team().id()))
                    .forEach(team -> ranking.add(Maps.of("name", team.team().name(),
                            "href", SiteContext.teamHref(team.team().id()), "score", Figures.score(team.latest().score()),
                            "level", context.level(team.latest().levelId()))));
        }
        Map<String, Object> model = Maps.of(
                "period", current == null ? "" : current.toString(),
                "previousPeriod", before == null ? "" : before.period().toString(),
                "assessed", now == null ? 0 : now.teamsAssessed(),
                "headlines", headlines,
                "adoption", adoption,
                "campaigns", context.report.campaigns().stream()
                        .filter(campaign -> campaign.status() != CampaignStatus.NOT_STARTED
                                && current.compareTo(campaign.campaign().deadline()) <= 0)
                        .map(campaign -> CampaignText.summary(campaign, context)).toList(),
                "levels", context.levels().stream().map(l -> context.level(l.id())).toList(),
                "distributionChart", distributionChart,
                "distribution", distribution,
                "dimensions", context.dimensions().stream()
                        .map(d -> Maps.of("name", d.name(), "href", SiteContext.dimensionHref(d.id()))).toList(),
                "matrix", matrix,
                "stale", stale,
                "leaderboard", context.report.input().organisation().leaderboard(),
                "ranking", ranking,
                "exemptions", exemptions,
                "exemptTeams", exempt,
                "exemptChecks", now == null ? 0 : now.exemptChecks(),
                "expiredExemptions", expired);
        return new Page("index.html", "overview.ftl", "Overview", model);
    }

    private static Map<String, Object> row(TeamScore team, SiteContext context) {
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

    /** The teams with exempt checks in their assessment of {@code period}, by name, with how many. */
    private static List<Map<String, Object>> exemptTeams(SiteContext context, Period period) {
        List<Map<String, Object>> teams = new ArrayList<>();
        context.report.teams().stream()
                .sorted(Comparator.comparing((TeamScore t) -> t.team().name()).thenComparing(t -> t.team().id()))
                .forEach(team -> team.assessments().stream()
                        .filter(score -> score.assessment().period().equals(period) && score.exemptChecks() > 0)
                        .findFirst()
                        .ifPresent(score -> teams.add(Maps.of("name", team.team().name(),
                                "href", SiteContext.teamHref(team.team().id()) + "#exemptions",
                                "checks", score.exemptChecks()))));
        return teams;
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
