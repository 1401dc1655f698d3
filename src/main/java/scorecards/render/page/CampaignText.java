package scorecards.render.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import scorecards.model.Campaign;
import scorecards.model.CampaignGoal;
import scorecards.render.Figures;
import scorecards.score.CampaignPeriod;
import scorecards.score.CampaignScore;
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
            return "overall level " + context.levelName(level.levelId()) + " or higher";
        }
        if (goal instanceof CampaignGoal.DimensionLevel level) {
            return context.dimensionName(level.dimension()) + " at level " + context.levelName(level.levelId())
                    + " or higher";
        }
        List<String> checks = ((CampaignGoal.Checks) goal).checks().stream()
                .map(check -> check.metric().label() + " " + CheckText.wanted(check)).toList();
        return String.join("; ", checks);
    }

    static String scope(Campaign.CampaignScope scope, SiteContext context) {
        if (scope.isEveryTeam()) {
            return "all teams";
        }
        List<String> parts = new ArrayList<>();
        if (scope.tribes() != null && !scope.tribes().isEmpty()) {
            parts.add((scope.tribes().size() == 1 ? "the tribe " : "the tribes ") + String.join(", ", scope.tribes()));
        }
        if (scope.teams() != null && !scope.teams().isEmpty()) {
            parts.add((scope.teams().size() == 1 ? "the team " : "the teams ") + String.join(", ", scope.teams()
                    .stream().map(id -> context.team(id) == null ? id : context.team(id).team().name()).toList()));
        }
        return parts.isEmpty() ? "no team" : String.join(" and ", parts);
    }

    /** The summary every listing of a campaign shows. */
    static Map<String, Object> summary(CampaignScore score, SiteContext context) {
        Campaign campaign = score.campaign();
        CampaignPeriod now = score.current();
        return Maps.of(
                "id", campaign.id(),
                "name", campaign.name(),
                "href", href(campaign.id()),
                "status", status(score),
                "goal", goal(campaign.goal(), context),
                "scope", scope(campaign.scope(), context),
                "start", campaign.start().toString(),
                "deadline", campaign.deadline().toString(),
                "target", Figures.percent(campaign.target().doubleValue()),
                "share", now == null ? Figures.NO_DATA : Figures.percent(now.share()),
                "expected", now == null ? Figures.NO_DATA : Figures.percent(now.expected()),
                "meeting", now == null ? 0 : now.meeting(),
                "inScope", now == null ? 0 : now.inScope());
    }

    static Map<String, Object> status(CampaignScore score) {
        return Maps.of("id", score.status().id(), "words", score.status().words());
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
            missing.add("a recent assessment: the latest is " + standing.latest() + ", which is stale");
            lacks.add(Maps.of("text", missing.get(0), "advice", ""));
        }
        for (CampaignStanding.Missing gap : standing.missing()) {
            String text = context.dimensionName(gap.dimensionId())
                    + (gap.levelId() == null ? "" : " (" + context.levelName(gap.levelId()) + ")") + ": "
                    + gap.check().metric().label() + " wanted " + CheckText.wanted(gap.check()) + ", found "
                    + (gap.withheld() ? Figures.WITHHELD + " (too few survey answers to show)"
                            : CheckText.value(gap.check().metric(), gap.actual()));
            missing.add(text);
            lacks.add(Maps.of("text", text, "advice", context.markdown.toSafeHtml(gap.check().advice())));
        }
        return Maps.of("team", context.teamLink(standing.teamId()), "meets", standing.meets(), "missing", missing,
                "lacks", lacks);
    }
}
