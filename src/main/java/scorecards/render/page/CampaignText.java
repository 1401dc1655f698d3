package scorecards.render.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import scorecards.model.Campaign;
import scorecards.model.CampaignGoal;
import scorecards.render.Messages;
import scorecards.score.CampaignPeriod;
import scorecards.score.CampaignScore;
import scorecards.score.CampaignStatus;
import scorecards.score.CampaignStanding;

/** Campaigns in words and in template models: goal, scope, status and what a team still lacks. */
final class CampaignText {

    private CampaignText() {
    }

    static String href(String campaignId) {
        return "campaigns/" + campaignId + ".html";
    }

    static String goal(CampaignGoal goal, SiteContext context) {
        if (goal instanceof CampaignGoal.OverallLevel level) {
            return context.text("campaign.goal.overall", context.levelName(level.levelId()));
        }
        if (goal instanceof CampaignGoal.DimensionLevel level) {
            return context.text("campaign.goal.dimension", context.dimensionName(level.dimension()),
                    context.levelName(level.levelId()));
        }
        List<String> checks = ((CampaignGoal.Checks) goal).checks().stream()
                .map(check -> context.text("campaign.goal.check", context.label(check.metric()), CheckText.wanted(check, context)))
                .toList();
        return String.join(context.text("campaign.goal.separator"), checks);
    }

    static String scope(Campaign.CampaignScope scope, SiteContext context) {
        if (scope.isEveryTeam()) {
            return context.text("campaign.scope.all");
        }
        List<String> parts = new ArrayList<>();
        if (scope.tribes() != null && !scope.tribes().isEmpty()) {
            parts.add(context.text("campaign.scope.tribes", scope.tribes().size(),
                    String.join(context.text("list.separator"), scope.tribes())));
        }
        if (scope.teams() != null && !scope.teams().isEmpty()) {
            parts.add(context.text("campaign.scope.teams", scope.teams().size(), String.join(context.text("list.separator"),
                    scope.teams().stream().map(id -> context.team(id) == null ? id : context.team(id).team().name())
                            .toList())));
        }
        return parts.isEmpty() ? context.text("campaign.scope.none")
                : parts.size() == 1 ? parts.get(0) : context.text("campaign.scope.both", parts.get(0), parts.get(1));
    }

    /** The summary every listing of a campaign shows. */
    static Map<String, Object> summary(CampaignScore score, SiteContext context) {
        Campaign campaign = score.campaign();
        CampaignPeriod now = score.current();
        return Maps.of(
                "id", campaign.id(),
                "name", campaign.name(),
                "href", href(campaign.id()),
                "status", status(score, context),
                "goal", goal(campaign.goal(), context),
                "scope", scope(campaign.scope(), context),
                "start", campaign.start().toString(),
                "deadline", campaign.deadline().toString(),
                "target", context.figures.percent(campaign.target().doubleValue()),
                "share", now == null ? context.figures.noData() : context.figures.percent(now.share()),
                "expected", now == null ? context.figures.noData() : context.figures.percent(now.expected()),
                "meeting", now == null ? 0 : now.meeting(),
                "inScope", now == null ? 0 : now.inScope());
    }

    static Map<String, Object> status(CampaignScore score, SiteContext context) {
        return Maps.of("id", score.status().id(), "words", statusWords(score.status(), context.messages));
    }

    /** A campaign's status in words: "on track", "behind", … */
    static String statusWords(CampaignStatus status, Messages texts) {
        return switch (status) {
            case NOT_STARTED -> texts.text("campaign.status.not-started");
            case ON_TRACK -> texts.text("campaign.status.on-track");
            case BEHIND -> texts.text("campaign.status.behind");
            case MET -> texts.text("campaign.status.met");
            case MISSED -> texts.text("campaign.status.missed");
        };
    }

    /**
     * One team's standing in a campaign, with what it lacks in words and, beside each, the check's
     * advice when the model gives one ({@code lacks}: text and cleaned advice). {@code missing}, the
     * words alone, stays for themes whose templates were written before advice existed.
     */
    static Map<String, Object> standing(CampaignStanding standing, SiteContext context) {
        List<String> missing = new ArrayList<>();
        List<Map<String, Object>> lacks = new ArrayList<>();
        if (standing.stale()) {
            missing.add(context.text("campaign.lacks.recent", standing.latest()));
            lacks.add(Maps.of("text", missing.get(0), "advice", ""));
        }
        for (CampaignStanding.Missing gap : standing.missing()) {
            String where = gap.levelId() == null ? context.dimensionName(gap.dimensionId())
                    : context.text("campaign.lacks.where", context.dimensionName(gap.dimensionId()),
                            context.levelName(gap.levelId()));
            String found = gap.withheld() ? context.text("campaign.lacks.withheld", context.figures.withheld())
                    : CheckText.value(gap.check().metric(), gap.actual(), context);
            String text = context.text("campaign.lacks.check", where, context.label(gap.check().metric()),
                    CheckText.wanted(gap.check(), context), found);
            missing.add(text);
            lacks.add(Maps.of("text", text, "advice", context.markdown.toSafeHtml(gap.check().advice())));
        }
        return Maps.of("team", context.teamLink(standing.teamId()), "meets", standing.meets(), "missing", missing,
                "lacks", lacks);
    }
}
