package scorecards.score;

import java.util.List;
import scorecards.model.Team;

/** One team with every assessment scored (oldest first) and whether it has gone stale. */
public record TeamScore(Team team, List<AssessmentScore> assessments, boolean stale) {
    public TeamScore {
        assessments = List.copyOf(assessments);
    }

    public AssessmentScore latest() {
        return assessments.get(assessments.size() - 1);
    }
}
