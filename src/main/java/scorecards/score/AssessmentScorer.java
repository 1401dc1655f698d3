package scorecards.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import scorecards.model.Assessment;
import scorecards.model.Check;
import scorecards.model.Dimension;
import scorecards.model.DimensionLevel;
import scorecards.model.Exemption;
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

    /** Scores an assessment of a team without exemptions. */
    public AssessmentScore score(Assessment assessment) {
        return score(assessment, List.of());
    }

    /**
     * Scores an assessment of a team with these exemptions (all of the team's: those that do not
     * apply to the assessment's period are left aside here).
     */
    public AssessmentScore score(Assessment assessment, List<Exemption> exemptions) {
        Map<Metric, MetricValue> metrics = MetricValues.of(assessment, model.metrics(), catalogueSize);
        List<Exemption> applying = exemptions.isEmpty() ? List.of()
                : exemptions.stream().filter(exemption -> exemption.appliesIn(assessment.period())).toList();
        List<DimensionScore> dimensions = model.dimensions().stream()
                .map(dimension -> dimension(dimension, assessment, metrics, applying)).toList();
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
        return new AssessmentScore(assessment, model.levels().get(overall).id(), score, dimensions, metrics, nextSteps,
                new Review(assessment.disagreements(), null));
    }

    /**
     * An exempt check is neither passed nor failed: it does not block its level or any above it,
     * and progress counts only the checks that are not exempt (100 when none is left). A check on a
     * withheld survey figure is left out the same way.
     */
    private DimensionScore dimension(Dimension dimension, Assessment assessment, Map<Metric, MetricValue> metrics,
            List<Exemption> exemptions) {
        List<CheckResult> results = new ArrayList<>();
        Level reached = model.firstLevel();
        boolean blocked = false;
        for (Level level : model.levels().subList(1, model.levels().size())) {
            List<Check> checks = dimension.level(level.id()).map(DimensionLevel::checks).orElse(List.of());
            boolean allPass = true;
            for (Check check : checks) {
                MetricValue actual = metrics.get(check.metric());
                Exemption exemption = excusing(exemptions, dimension, level, check);
                boolean withheld = assessment.isWithheld(check.metric());
                boolean passed = exemption == null && !withheld && check.passes(actual);
                allPass &= passed || exemption != null || withheld;
                results.add(new CheckResult(level.id(), check, actual, passed, exemption, withheld));
            }
            // A level counts only when every level below it counts too.
            blocked |= !allPass;
            if (!blocked) {
                reached = level;
            }
        }
        long passed = results.stream().filter(CheckResult::passed).count();
        long counted = results.stream().filter(result -> !result.leftOut()).count();
        double progress = counted == 0 ? 100.0 : 100.0 * passed / counted;
        return new DimensionScore(dimension, reached.id(), progress, results);
    }

    /** The first exemption (in file order) that names the check; valid input has at most one. */
    private static Exemption excusing(List<Exemption> exemptions, Dimension dimension, Level level, Check check) {
        for (Exemption exemption : exemptions) {
            if (exemption.names(dimension.id(), level.id(), check)) {
                return exemption;
            }
        }
        return null;
    }
}
