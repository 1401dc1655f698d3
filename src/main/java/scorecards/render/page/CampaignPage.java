package scorecards.render.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import scorecards.load.SourceLoader;
import scorecards.model.Campaign;
import scorecards.render.chart.Charts;
import scorecards.score.CampaignPeriod;
import scorecards.score.CampaignScore;

/** One campaign: its goal, its burn-up of the share meeting it against the expected line, and who is not there yet. */
final class CampaignPage {

    private CampaignPage() {
    }

    static Page build(CampaignScore score, SiteContext context) {
        Campaign campaign = score.campaign();
        List<String> periods = score.progress().stream().map(p -> p.period().toString()).toList();
        List<Double> shares = score.progress().stream().map(p -> p.share() == null ? null : 100 * p.share()).toList();
        List<Double> expected = score.progress().stream().map(p -> 100 * p.expected()).toList();
        String chart = periods.isEmpty() ? "" : Charts.lines(context.messages, "campaign-" + campaign.id(),
                context.text("campaign.chart", campaign.name()), periods,
                List.of(context.text("campaign.chart.meeting"), context.text("campaign.chart.expected")),
                List.of(shares, expected),
                100, "%");
        List<Map<String, Object>> progress = new ArrayList<>();
        for (CampaignPeriod period : score.progress()) {
            progress.add(Maps.of("period", period.period().toString(), "inScope", period.inScope(),
                    "meeting", period.meeting(), "share", context.figures.percent(period.share()),
                    "expected", context.figures.percent(period.expected())));
        }
        Map<String, Object> notMeeting = notMeeting(score, context, 1);
        Map<String, Object> model = Maps.of(
                "campaign", CampaignText.summary(score, context),
                "description", context.markdown.toSafeHtml(campaign.description()),
                "owner", campaign.owner() == null ? "" : campaign.owner(),
                "chart", chart,
                "progress", progress,
                "notMeeting", notMeeting.get("rows"),
                "notMeetingList", notMeeting,
                "badge", Maps.of(
                        "svg", CampaignBadges.of(score, context.messages).svg("badge-campaign-" + campaign.id()),
                        "href", CampaignBadges.path(campaign.id()),
                        "markdown", CampaignBadges.markdown(score, context.siteUrl, context),
                        "absolute", !context.siteUrl.isEmpty()),
                "editHref", context.editHref(SourceLoader.campaignFile(campaign.id())));
        return new Page(CampaignText.href(campaign.id()), "campaign.ftl", campaign.name(), model);
    }

    /** Page {@code number} (from 2) of the teams not meeting the campaign's goal, on a page of its own. */
    static Page more(CampaignScore score, SiteContext context, int number) {
        String first = CampaignText.href(score.campaign().id());
        return PagedList.page(context, first, number, "standings",
                context.text("campaign.more.title", score.campaign().name()),
                context.text("campaign.more.heading", score.campaign().name()), context.text("campaign.more.intro"), PagedList.back(score.campaign().name(), first),
                "campaigns", notMeeting(score, context, number));
    }

    /** How many pages the teams not meeting the goal fill. */
    static int pages(CampaignScore score) {
        return PagedList.pages(score.notMeeting().size());
    }

    private static Map<String, Object> notMeeting(CampaignScore score, SiteContext context, int number) {
        return PagedList.model(CampaignText.href(score.campaign().id()), number, score.notMeeting().size(), context.text("noun.teams"),
                PagedList.slice(score.notMeeting(), number).stream().map(s -> CampaignText.standing(s, context)).toList(),
                null);
    }
}
