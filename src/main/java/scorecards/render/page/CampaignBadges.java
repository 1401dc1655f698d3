package scorecards.render.page;

import java.util.Map;
import scorecards.model.Campaign;
import scorecards.render.Figures;
import scorecards.render.Messages;
import scorecards.render.chart.Badge;
import scorecards.render.chart.Palette;
import scorecards.score.CampaignPeriod;
import scorecards.score.CampaignScore;
import scorecards.score.CampaignStatus;

/**
 * Each campaign's badge, "campaign name | status · share", for the READMEs and pages that follow
 * the campaign: green when met or on track, amber when behind, red when missed, grey before the
 * start. The status is written out, so the colour is never the only sign.
 */
public final class CampaignBadges {

    /** The folder of the campaign badges, inside the team badges' folder; a campaign id may equal a team id. */
    public static final String FOLDER = TeamBadges.FOLDER + "/campaigns";
    /** Longest campaign name shown on a badge; the title carries the whole name. */
    static final int MAX_LABEL = 40;

    private static final Map<CampaignStatus, String> COLOURS = Map.of(
            CampaignStatus.MET, "#116329",
            CampaignStatus.ON_TRACK, "#1A7F37",
            CampaignStatus.BEHIND, "#9A6700",
            CampaignStatus.MISSED, "#A40E26",
            CampaignStatus.NOT_STARTED, Palette.STALE);

    private CampaignBadges() {
    }

    /** Where a campaign's badge is in the site: "badges/campaigns/&lt;campaign-id&gt;.svg". */
    public static String path(String campaignId) {
        return FOLDER + "/" + campaignId + ".svg";
    }

    public static Badge of(CampaignScore score, Messages texts) {
        Figures figures = Figures.of(texts);
        String status = CampaignText.statusWords(score.status(), texts);
        Campaign campaign = score.campaign();
        CampaignPeriod now = score.current();
        String value = now == null || now.share() == null ? status
                : texts.text("badge.campaign.value", status, figures.percent(now.share()));
        String title = now == null ? texts.text("badge.campaign.title.not-started", campaign.name(), status, campaign.start())
                : texts.text("badge.campaign.title", campaign.name(), status, now.meeting(), now.inScope(), now.period(),
                        figures.percent(campaign.target().doubleValue()), campaign.deadline());
        String label = campaign.name().codePointCount(0, campaign.name().length()) <= MAX_LABEL ? campaign.name()
                : campaign.name().substring(0, campaign.name().offsetByCodePoints(0, MAX_LABEL - 1)).strip() + "…";
        return Badge.of(label, value, title, COLOURS.get(score.status()));
    }

    /** The badge's SVG file: its element and a final line end. */
    public static String file(CampaignScore score, Messages texts) {
        return of(score, texts).svg("badge-campaign-" + score.campaign().id()) + "\n";
    }

    static String markdown(CampaignScore score, String siteUrl, SiteContext context) {
        String id = score.campaign().id();
        return TeamBadges.markdown(context.text("badge.campaign.alt", score.campaign().name()), path(id), CampaignText.href(id), siteUrl);
    }
}
