package scorecards.render.page;

import java.util.Map;
import scorecards.model.Campaign;
import scorecards.render.Figures;
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

    public static Badge of(CampaignScore score) {
        Campaign campaign = score.campaign();
        CampaignPeriod now = score.current();
        String share = now == null || now.share() == null ? "" : " · " + Figures.percent(now.share());
        String title = campaign.name() + ": " + score.status().words()
                + (now == null ? ", starts in " + campaign.start()
                : ", " + now.meeting() + " of " + now.inScope() + " teams meet the goal in " + now.period()
                        + " (target " + Figures.percent(campaign.target().doubleValue()) + " by " + campaign.deadline() + ")");
        String label = campaign.name().codePointCount(0, campaign.name().length()) <= MAX_LABEL ? campaign.name()
                : campaign.name().substring(0, campaign.name().offsetByCodePoints(0, MAX_LABEL - 1)).strip() + "…";
        return Badge.of(label, score.status().words() + share, title, COLOURS.get(score.status()));
    }

    /** The badge's SVG file: its element and a final line end. */
    public static String file(CampaignScore score) {
        return of(score).svg("badge-campaign-" + score.campaign().id()) + "\n";
    }

    static String markdown(CampaignScore score, String siteUrl) {
        String id = score.campaign().id();
        return TeamBadges.markdown("Campaign: " + score.campaign().name(), path(id), CampaignText.href(id), siteUrl);
    }
}
