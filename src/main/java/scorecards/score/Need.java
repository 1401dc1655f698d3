package scorecards.score;

import java.util.List;

/** One need, in the words of the first team (by id) that wrote it, and the ids of all teams that share it. */
public record Need(String text, List<String> teams) {
    public Need {
        teams = List.copyOf(teams);
    }
}
