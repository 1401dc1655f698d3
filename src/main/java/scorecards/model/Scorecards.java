package scorecards.model;

import java.util.Comparator;
import java.util.List;

/** Everything a source repository declares, validated: the input to scoring. Teams sorted by id. */
public record Scorecards(Organisation organisation, MaturityModel model, List<Team> teams) {
    public Scorecards {
        teams = teams.stream().sorted(Comparator.comparing(Team::id)).toList();
    }
}
