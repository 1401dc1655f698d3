package scorecards.score;

import java.util.List;

/**
 * One tribe: the teams whose file names it (team ids, sorted) and its roll-ups, computed by the
 * organisation's rules over those teams only, one per period in which at least one of them is
 * assessed, oldest first.
 */
public record TribeScore(String name, List<String> teamIds, List<Rollup> rollups) {

    public TribeScore {
        teamIds = List.copyOf(teamIds);
        rollups = List.copyOf(rollups);
    }
}
