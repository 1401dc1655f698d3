package scorecards.score;

import java.util.List;
import java.util.Map;
import scorecards.model.Assessment;
import scorecards.model.Metric;
import scorecards.model.MetricValue;

/**
 * One assessment scored: the overall level (the weakest dimension's), the weighted score
 * (0 to 100), each dimension's standing, every metric's value, and the next steps: the failing
 * checks of the level just above the overall level, per dimension; and why it asks for a second look.
 */
public record AssessmentScore(
        Assessment assessment,
        String levelId,
        double score,
        List<DimensionScore> dimensions,
        Map<Metric, MetricValue> metrics,
        List<CheckResult> nextSteps,
        Review review) {

    public AssessmentScore {
        dimensions = List.copyOf(dimensions);
        nextSteps = List.copyOf(nextSteps);
        review = review == null ? Review.NONE : review;
    }

    /** The same score with the review flags that the team's history gives it. */
    public AssessmentScore withReview(Review flags) {
        return new AssessmentScore(assessment, levelId, score, dimensions, metrics, nextSteps, flags);
    }

    /** How many checks exemptions excused in this assessment, over all dimensions. */
    public int exemptChecks() {
        return dimensions.stream().mapToInt(DimensionScore::exemptChecks).sum();
    }

    public DimensionScore dimension(String dimensionId) {
        return dimensions.stream().filter(d -> d.dimension().id().equals(dimensionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no dimension " + dimensionId));
    }
}
