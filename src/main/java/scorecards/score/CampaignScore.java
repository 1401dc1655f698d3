package scorecards.score;

import java.util.List;
import scorecards.model.Campaign;

/**
 * A campaign evaluated: its status at the current period, one entry per period from its start
 * through the current period (none before the start), and the standing of every team in scope
 * at the current period, by team id.
 */
public record CampaignScore(Campaign campaign, CampaignStatus status, List<CampaignPeriod> progress,
        List<CampaignStanding> standings) {

    public CampaignScore {
        progress = List.copyOf(progress);
        standings = List.copyOf(standings);
    }

    /** The teams in scope that do not meet the goal at the current period, by id. */
    public List<CampaignStanding> notMeeting() {
        return standings.stream().filter(standing -> !standing.meets()).toList();
    }

    /** The latest period's figures, or null before the start. */
    public CampaignPeriod current() {
        return progress.isEmpty() ? null : progress.get(progress.size() - 1);
    }
}
