package scorecards.render.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import scorecards.model.Dimension;
import scorecards.model.Period;
import scorecards.score.AssessmentScore;
import scorecards.score.CampaignStatus;
import scorecards.score.Rollup;
import scorecards.score.TeamScore;

/** The home page: the current period at a glance, and the change process over time. */
final class OverviewPage {

    /** The most teams a list on the overview shows before it links to the rest. */
    static final int SHORT_LIST = 10;

    private OverviewPage() {
    }

    static Page build(SiteContext context) {
        List<Rollup> rollups = context.report.rollups();
        Period current = context.report.currentPeriod();
        Rollup now = current == null ? null : context.rollup(current);
        Rollup before = RollupFigures.previous(rollups, now);
        List<Map<String, Object>> headlines = RollupFigures.headlines(now, before, context);
        List<Map<String, Object>> exempt = DirectoryPages.exemptTeams(context);
        boolean exemptions = context.report.teams().stream().anyMatch(team -> !team.team().exemptions().isEmpty());
        if (now != null && exemptions) {
            Map<String, Object> card = RollupFigures.headline(context.text("headline.exempt"), context.figures.count(now.exemptChecks()),
                    before == null ? "" : context.figures.change((double) now.exemptChecks(), (double) before.exemptChecks()),
                    context.text("headline.exempt.detail", exempt.size()));
            card.put("href", "#exemptions");
            headlines.add(card);
        }
        List<SecondLook.Flagged> flagged = SecondLook.flagged(context, current);
        if (now != null && context.secondLook) {
            int earlier = before == null ? 0 : SecondLook.flagged(context, before.period()).size();
            Map<String, Object> card = RollupFigures.headline(context.text("headline.flagged"), context.figures.count(flagged.size()),
                    before == null ? "" : context.figures.change((double) flagged.size(), (double) earlier),
                    context.text("headline.flagged.detail", now.disagreements(), now.levelJumps()));
            card.put("href", "#second-look");
            headlines.add(card);
        }
        long expired = current == null ? 0 : context.report.teams().stream()
                .mapToLong(team -> team.team().exemptionsExpiredAt(current).size()).sum();
        List<Map<String, Object>> adoption = RollupFigures.adoption(now, before, context);
        String distributionChart = RollupFigures.distributionChart("levels-over-time",
                context.text("chart.levels-over-time"), rollups, context);
        List<Map<String, Object>> distribution = RollupFigures.distribution(rollups, context);

        // The overview is a summary whatever the number of teams: lists of teams begin here and
        // continue on pages of their own.
        List<TeamScore> staleTeams = DirectoryPages.staleTeams(context);
        List<Map<String, Object>> stale = staleTeams.stream().limit(SHORT_LIST)
                .map(team -> Maps.of("name", team.team().name(), "href", SiteContext.teamHref(team.team().id()),
                        "latest", team.latest().assessment().period().toString()))
                .toList();
        List<Map<String, Object>> ranking = DirectoryPages.ranked(context).stream().limit(SHORT_LIST)
                .map(team -> DirectoryPages.rankingRow(team, context)).toList();
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
                "dimensionLevels", dimensionLevels(context),
                // For a theme's own overview written for the whole matrix: the first part of the index by name.
                "matrix", PagedList.slice(context.byName, 1).stream().map(team -> DirectoryPages.levelsRow(team, context))
                        .toList(),
                "directory", directory(context),
                "stale", stale,
                "staleCount", staleTeams.size(),
                "staleHref", DirectoryPages.STALE,
                "leaderboard", context.report.input().organisation().leaderboard(),
                "ranking", ranking,
                "rankingCount", DirectoryPages.ranked(context).size(),
                "rankingHref", DirectoryPages.RANKING,
                "exemptions", exemptions,
                "exemptTeams", exempt.stream().limit(SHORT_LIST).toList(),
                "exemptCount", exempt.size(),
                "exemptHref", DirectoryPages.EXEMPT,
                "exemptChecks", now == null ? 0 : now.exemptChecks(),
                "expiredExemptions", expired,
                "secondLook", context.secondLook,
                "flagged", flagged.stream().limit(SHORT_LIST).map(entry -> Maps.of("name", entry.team().team().name(),
                        "href", SiteContext.teamHref(entry.team().team().id()),
                        "summary", SecondLook.summary(entry.score(), context))).toList(),
                "flaggedCount", flagged.size(),
                "secondLookHref", SecondLook.PATH,
                "levelJump", context.report.input().organisation().levelJump());
        return new Page("index.html", "overview.ftl", context.text("nav.overview"), model);
    }

    /**
     * How many teams stand at each level, overall and in each dimension, in their latest
     * assessment: the whole organisation in a table whose size does not grow with it.
     */
    private static List<Map<String, Object>> dimensionLevels(SiteContext context) {
        int levels = context.levels().size();
        int[] overall = new int[levels];
        int[][] byDimension = new int[context.dimensions().size()][levels];
        for (TeamScore team : context.byName) {
            AssessmentScore latest = team.latest();
            overall[context.levelRank(latest.levelId())]++;
            for (int d = 0; d < context.dimensions().size(); d++) {
                byDimension[d][context.levelRank(latest.dimension(context.dimensions().get(d).id()).levelId())]++;
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(Maps.of("name", context.text("lists.teams.overall-level"), "href", "", "counts", java.util.Arrays.stream(overall).boxed().toList()));
        for (int d = 0; d < context.dimensions().size(); d++) {
            Dimension dimension = context.dimensions().get(d);
            rows.add(Maps.of("name", dimension.name(), "href", SiteContext.dimensionHref(dimension.id()),
                    "counts", java.util.Arrays.stream(byDimension[d]).boxed().toList()));
        }
        return rows;
    }

    /** The pages of the index of every team, by name and by tribe, each with its range. */
    private static Map<String, Object> directory(SiteContext context) {
        List<String> names = DirectoryPages.nameLabels(context);
        List<String> tribes = DirectoryPages.tribeLabels(context);
        List<Map<String, Object>> byName = new ArrayList<>();
        for (int page = 1; page <= names.size(); page++) {
            byName.add(Maps.of("label", names.get(page - 1), "href", PagedList.path(DirectoryPages.NAMES, page)));
        }
        List<Map<String, Object>> byTribe = new ArrayList<>();
        for (int page = 1; page <= tribes.size(); page++) {
            byTribe.add(Maps.of("label", tribes.get(page - 1), "href", PagedList.path(DirectoryPages.TRIBES, page)));
        }
        return Maps.of("teams", context.byName.size(), "tribes", context.report.tribes().size(),
                "byName", byName, "byTribe", byTribe);
    }
}
