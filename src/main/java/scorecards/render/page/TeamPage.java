package scorecards.render.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import scorecards.load.SourceLoader;
import scorecards.model.Assessment;
import scorecards.model.Dimension;
import scorecards.model.Exemption;
import scorecards.model.Period;
import scorecards.model.ProductUse;
import scorecards.render.chart.Charts;
import scorecards.score.AssessmentScore;
import scorecards.score.CheckResult;
import scorecards.score.DimensionScore;
import scorecards.score.TeamScore;

/** A team's page: where it stands, why, what to do next, and how it got there. */
final class TeamPage {

    private TeamPage() {
    }

    static Page build(TeamScore team, SiteContext context) {
        AssessmentScore latest = team.latest();
        Assessment assessment = latest.assessment();
        List<Map<String, Object>> dimensions = new ArrayList<>();
        for (DimensionScore dimension : latest.dimensions()) {
            dimensions.add(Maps.of(
                    "name", dimension.dimension().name(),
                    "href", SiteContext.dimensionHref(dimension.dimension().id()),
                    "level", context.level(dimension.levelId()),
                    "progress", context.figures.score(dimension.progress()),
                    "progressShare", context.figures.style().percent(context.figures.score(dimension.progress())),
                    "exempt", dimension.exemptChecks(),
                    "checks", dimension.checks().stream().map(check -> CheckText.result(check, context)).toList(),
                    "checkLevels", checkLevels(dimension, context),
                    "checkRows", checkRows(dimension, context)));
        }
        List<Map<String, Object>> nextSteps = new ArrayList<>();
        for (DimensionScore dimension : latest.dimensions()) {
            List<Map<String, Object>> failing = latest.nextSteps().stream()
                    .filter(step -> dimension.checks().contains(step))
                    .map(step -> CheckText.result(step, context)).toList();
            if (!failing.isEmpty()) {
                nextSteps.add(Maps.of("dimension", dimension.dimension().name(), "checks", failing));
            }
        }
        int rank = context.levelRank(latest.levelId());
        Object nextLevel = rank + 1 < context.levels().size()
                ? context.level(context.levels().get(rank + 1).id()) : null;

        List<String> periods = team.assessments().stream().map(a -> a.assessment().period().toString()).toList();
        List<Double> scores = team.assessments().stream().map(AssessmentScore::score).toList();
        String chart = Charts.lines(context.messages, "score-" + team.team().id(), context.text("team.chart.score", team.team().name()),
                periods, List.of(context.text("column.score")), List.of(scores), 100, "");
        List<Map<String, Object>> history = new ArrayList<>();
        for (AssessmentScore score : team.assessments()) {
            history.add(Maps.of(
                    "period", score.assessment().period().toString(),
                    "level", context.level(score.levelId()),
                    "score", context.figures.score(score.score()),
                    "dimensions", score.dimensions().stream().map(d -> context.level(d.levelId())).toList(),
                    "satisfaction", SatisfactionText.source(score.assessment(), context),
                    "withheld", !score.assessment().withheld().isEmpty()));
        }

        List<Map<String, Object>> uses = new ArrayList<>();
        if (assessment.uses() != null) {
            for (ProductUse use : assessment.uses()) {
                uses.add(Maps.of("name", context.productName(use.productId()),
                        "href", SiteContext.productHref(use.productId()),
                        "mandated", use.mandated(),
                        "rating", use.rating() == null ? context.figures.noData() : use.rating() + " / 5"));
            }
        }
        Map<String, Object> model = Maps.of(
                "team", Maps.of(
                        "id", team.team().id(),
                        "name", team.team().name(),
                        "tribe", team.team().tribe() == null ? "" : team.team().tribe(),
                        "tribeHref", context.tribeHref(team.team().tribe()),
                        "size", team.team().size() == null ? "" : team.team().size().toString(),
                        "productOwner", team.team().productOwner() == null ? "" : team.team().productOwner(),
                        "devopsBuddy", team.team().devopsBuddy() == null ? "" : team.team().devopsBuddy(),
                        "stale", team.stale()),
                "period", assessment.period().toString(),
                "currentPeriod", context.report.currentPeriod().toString(),
                "level", context.level(latest.levelId()),
                "nextLevel", nextLevel == null ? false : nextLevel,
                "score", context.figures.score(latest.score()),
                "dimensions", dimensions,
                "nextSteps", nextSteps,
                "chart", chart,
                "history", history,
                "dimensionNames", context.dimensions().stream().map(d -> d.name()).toList(),
                "metrics", MetricRows.of(latest, context),
                "usesGiven", assessment.uses() != null,
                "uses", uses,
                "needs", assessment.needs(),
                "notes", context.markdown.toSafeHtml(assessment.notes()),
                "satisfaction", SatisfactionText.of(assessment,
                        context.report.input().organisation().survey().minResponses(), context),
                "exemptions", team.team().exemptions().stream()
                        .map(exemption -> exemption(exemption, context)).toList(),
                "badge", Maps.of(
                        "svg", TeamBadges.of(team, context.report.input().model(), context.messages).svg("badge-" + team.team().id()),
                        "href", TeamBadges.path(team.team().id()),
                        "markdown", TeamBadges.markdown(team, context.siteUrl, context),
                        "absolute", !context.siteUrl.isEmpty()),
                "campaigns", campaigns(team, context),
                "flags", SecondLook.reasons(team, latest, context),
                "flagsHref", !latest.review().flags().isEmpty()
                        && assessment.period().equals(context.report.currentPeriod()) ? SecondLook.PATH : "",
                "editHref", context.editHref(SourceLoader.teamFile(team.team().id())));
        return new Page(SiteContext.teamHref(team.team().id()), "team.ftl", team.team().name(), model);
    }

    /**
     * One of the team's exemptions with where it stands in the current period: an expired one
     * stays listed, so that an excuse never disappears from view.
     */
    private static Map<String, Object> exemption(Exemption exemption, SiteContext context) {
        Map<String, Object> shown = CheckText.exemption(exemption, context);
        Period current = context.report.currentPeriod();
        String status;
        String statusText;
        if (exemption.expiredAt(current)) {
            status = "expired";
            statusText = context.text("exemption.status.expired", exemption.until());
        } else if (exemption.from() != null && exemption.from().compareTo(current) > 0) {
            status = "future";
            statusText = context.text("exemption.status.future", exemption.from(), exemption.until());
        } else {
            status = "active";
            statusText = context.text("exemption.status.active", exemption.until());
        }
        Dimension dimension = context.dimensions().stream().filter(d -> d.id().equals(exemption.dimension()))
                .findFirst().orElseThrow();
        shown.put("dimension", dimension.name());
        shown.put("dimensionHref", SiteContext.dimensionHref(dimension.id()));
        shown.put("metric", context.label(exemption.metric()));
        shown.put("metricId", exemption.metric().id());
        shown.put("level", exemption.levelId() == null ? false : context.level(exemption.levelId()));
        shown.put("status", status);
        shown.put("statusText", statusText);
        return shown;
    }

    private static List<Map<String, Object>> campaigns(TeamScore team, SiteContext context) {
        List<Map<String, Object>> campaigns = new ArrayList<>();
        for (SiteContext.TeamCampaign entry : context.campaignsOf(team.team().id())) {
            Map<String, Object> row = CampaignText.summary(entry.campaign(), context);
            row.putAll(CampaignText.standing(entry.standing(), context));
            campaigns.add(row);
        }
        return campaigns;
    }

    /** The levels a dimension's checks are at, lowest first: the columns of its table of checks. */
    private static List<?> checkLevels(DimensionScore dimension, SiteContext context) {
        return dimension.checks().stream().map(CheckResult::levelId).distinct()
                .sorted(java.util.Comparator.comparingInt(context::levelRank)).map(context::level).toList();
    }

    /**
     * A dimension's checks as a table of one row per metric, in the order the checks name them:
     * what was found, once, and a cell per level of {@link #checkLevels}, the check at that level
     * (none, one, or more than one when a level checks the metric twice).
     */
    private static List<Map<String, Object>> checkRows(DimensionScore dimension, SiteContext context) {
        List<String> levels = dimension.checks().stream().map(CheckResult::levelId).distinct()
                .sorted(java.util.Comparator.comparingInt(context::levelRank)).toList();
        Map<String, List<CheckResult>> byMetric = new java.util.LinkedHashMap<>();
        for (CheckResult check : dimension.checks()) {
            byMetric.computeIfAbsent(check.check().metric().id(), id -> new ArrayList<>()).add(check);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<CheckResult> checks : byMetric.values()) {
            List<List<Map<String, Object>>> cells = new ArrayList<>();
            for (String level : levels) {
                cells.add(checks.stream().filter(check -> check.levelId().equals(level))
                        .map(check -> CheckText.result(check, context)).toList());
            }
            Map<String, Object> first = CheckText.result(checks.get(0), context);
            rows.add(Maps.of("metric", first.get("metric"), "metricId", first.get("metricId"),
                    "actual", first.get("actual"), "cells", cells));
        }
        return rows;
    }
}
