package scorecards.score;

import java.util.ArrayList;
import java.util.List;
import scorecards.model.MaturityModel;

/**
 * Flags a self-reported assessment whose overall level stands at least N levels above that of the
 * team's previous self-reported assessment. Assessments that hold only survey or measured values
 * are neither flagged nor compared with.
 */
final class LevelJumps {

    private LevelJumps() {
    }

    /** @param scores one team's scored assessments, oldest first */
    static List<AssessmentScore> flag(List<AssessmentScore> scores, MaturityModel model, int levelJump) {
        List<AssessmentScore> flagged = new ArrayList<>(scores.size());
        AssessmentScore previous = null;
        for (AssessmentScore score : scores) {
            if (!score.assessment().selfReported()) {
                flagged.add(score);
                continue;
            }
            if (previous != null && model.rank(score.levelId()) - model.rank(previous.levelId()) >= levelJump) {
                score = score.withReview(new Review(score.review().disagreeing(), previous.levelId()));
            }
            flagged.add(score);
            previous = score;
        }
        return flagged;
    }
}
