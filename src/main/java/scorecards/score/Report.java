package scorecards.score;

import java.util.List;
import scorecards.model.Period;
import scorecards.model.Scorecards;

/**
 * Everything the site and the export show: the input, the current period, the periods known
 * (oldest first), every team scored (by id), one roll-up per assessed period (oldest first),
 * the current period's needs, every campaign evaluated (by id) and the tribes (by name).
 * {@code currentPeriod} is null only when there is no team.
 */
public record Report(
        Scorecards input,
        Period currentPeriod,
        List<Period> periods,
        List<TeamScore> teams,
        List<Rollup> rollups,
        List<Need> needs,
        List<CampaignScore> campaigns,
        List<TribeScore> tribes) {

    public Report {
        periods = List.copyOf(periods);
        teams = List.copyOf(teams);
        rollups = List.copyOf(rollups);
        needs = List.copyOf(needs);
        campaigns = List.copyOf(campaigns);
        tribes = List.copyOf(tribes);
    }
}
