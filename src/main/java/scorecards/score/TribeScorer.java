package scorecards.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Groups scored teams by tribe and rolls each tribe up like the organisation. Pure: no I/O. */
final class TribeScorer {

    private TribeScorer() {
    }

    /**
     * Tribes sorted by name; a team without a tribe is in none. One pass groups the teams, so the
     * work grows with the number of assessments, not with tribes × teams.
     */
    static List<TribeScore> score(List<TeamScore> teams, RollupCalculator calculator) {
        Map<String, List<TeamScore>> byTribe = new TreeMap<>();
        for (TeamScore team : teams) {
            String tribe = team.team().tribe();
            if (tribe != null) {
                byTribe.computeIfAbsent(tribe, name -> new ArrayList<>()).add(team);
            }
        }
        // Tribes are independent of each other: rolled up on every core, in name order.
        return byTribe.entrySet().parallelStream()
                .map(entry -> new TribeScore(entry.getKey(),
                        entry.getValue().stream().map(team -> team.team().id()).sorted().toList(),
                        calculator.rollups(entry.getValue())))
                .toList();
    }
}
