package scorecards.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import scorecards.render.page.CampaignBadges;
import scorecards.render.page.TeamBadges;
import scorecards.score.CampaignScore;
import scorecards.score.Report;
import scorecards.score.TeamScore;

/** Every team's and every campaign's README badge, beside the exports: like them, a file for other sites to fetch. */
public final class BadgeFiles {

    private BadgeFiles() {
    }

    public static void writeInto(Report report, Messages messages, GeneratedFiles site) throws IOException {
        site.createFolder(TeamBadges.FOLDER);
        site.createFolder(CampaignBadges.FOLDER);
        for (TeamScore team : report.teams()) {
            site.write(TeamBadges.path(team.team().id()),
                    TeamBadges.file(team, report.input().model(), messages).getBytes(StandardCharsets.UTF_8));
        }
        for (CampaignScore campaign : report.campaigns()) {
            site.write(CampaignBadges.path(campaign.campaign().id()),
                    CampaignBadges.file(campaign, messages).getBytes(StandardCharsets.UTF_8));
        }
    }
}
