package scorecards.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import scorecards.model.Assessment;
import scorecards.model.Check;
import scorecards.model.Dimension;
import scorecards.model.DimensionLevel;
import scorecards.model.Level;
import scorecards.model.MaturityModel;
import scorecards.model.Metric;
import scorecards.model.MetricValue;

/** Scores one assessment against the maturity model. Pure: no I/O, no state. */
public final class AssessmentScorer {

    private final MaturityModel model;
    private final int catalogueSize;

    public AssessmentScorer(MaturityModel model, int catalogueSize) {
        this.model = model;
        this.catalogueSize = catalogueSize;
    }

    public AssessmentScore score(Assessment assessment) {
        Map<Metric, MetricValue> metrics = MetricValues.of(assessment, catalogueSize);
        List<DimensionScore> dimensions = model.dimensions().stream()
                .map(dimension -> dimension(dimension, metrics)).toList();
        int overall = dimensions.stream().mapToInt(d -> model.rank(d.levelId())).min().orElse(0);
        double weights = 0;
        double weighted = 0;
        for (DimensionScore dimension : dimensions) {
            weights += dimension.dimension().weight();
            weighted += dimension.dimension().weight() * dimension.progress();
        }
        double score = weights == 0 ? 0 : weighted / weights;
        List<CheckResult> nextSteps = new ArrayList<>();
        if (overall + 1 < model.levels().size()) {
            String next = model.levels().get(overall + 1).id();
            dimensions.forEach(dimension -> nextSteps.addAll(dimension.failing(next)));
        }
        return new AssessmentScore(assessment, model.levels().get(overall).id(), score, dimensions, metrics, nextSteps);
    }

    private DimensionScore dimension(Dimension dimension, Map<Metric, MetricValue> metrics) {
        List<CheckResult> results = new ArrayList<>();
        Level reached = model.firstLevel();
        boolean blocked = false;
        for (Level level : model.levels().subList(1, model.levels().size())) {
            List<Check> checks = dimension.level(level.id()).map(DimensionLevel::checks).orElse(List.of());
            boolean allPass = true;
            for (Check check : checks) {
                MetricValue actual = metrics.get(check.metric());
                boolean passed = check.passes(actual);
                allPass &= passed;
                results.add(new CheckResult(level.id(), check, actual, passed));
            }
            // A level counts only when every level below it counts too.
            blocked |= !allPass;
            if (!blocked) {
                reached = level;
            }
        }
        long passed = results.stream().filter(CheckResult::passed).count();
        double progress = results.isEmpty() ? 100.0 : 100.0 * passed / results.size();
        return new DimensionScore(dimension, reached.id(), progress, results);
    }
}
