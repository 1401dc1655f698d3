package scorecards.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Why an assessment asks for a second look; it changes no score. {@code disagreeing} are the ids
 * of the metrics whose measured value disagrees with the self-report (sorted); {@code jumpedFrom}
 * is the overall level of the team's previous self-reported assessment when this one stands at
 * least {@code review: level-jump} levels above it, null otherwise.
 */
public record Review(Set<String> disagreeing, String jumpedFrom) {

    public static final String DISAGREES_WITH_MEASURED = "disagrees-with-measured";
    public static final String LEVEL_JUMP = "level-jump";
    public static final Review NONE = new Review(Set.of(), null);

    public Review {
        disagreeing = Set.copyOf(new TreeSet<>(disagreeing));
    }

    public boolean disagrees() {
        return !disagreeing.isEmpty();
    }

    public boolean jumped() {
        return jumpedFrom != null;
    }

    /** The flags as the export writes them, sorted; empty when none. */
    public List<String> flags() {
        List<String> flags = new ArrayList<>();
        if (disagrees()) {
            flags.add(DISAGREES_WITH_MEASURED);
        }
        if (jumped()) {
            flags.add(LEVEL_JUMP);
        }
        return flags;
    }
}
