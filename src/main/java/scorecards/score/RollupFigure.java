package scorecards.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import scorecards.model.Metric;
import scorecards.model.MetricRollup;

/**
 * One figure of a roll-up, for a view that lists and compares them all (the pull-request summary):
 * the figures of format 1.0, then the figure of each of the model's own metrics that rolls up, in
 * the model's order, a choice's as one count per choice. {@code id} tells a figure apart from the
 * others of its roll-up (the export's key of a 1.0 figure, an own metric's id, with
 * {@code /choice} for a choice's count); {@code share} says whether the value is a fraction 0..1;
 * {@code unit} is an own metric's unit, null when it has none. A null value is no data.
 */
public record RollupFigure(String id, String label, boolean share, Double value, String unit) {

    /** Every figure of {@code rollup}, 1.0 figures first, in the order they are listed. */
    public static List<RollupFigure> of(Rollup rollup) {
        List<RollupFigure> figures = new ArrayList<>(List.of(
                figure("teams-assessed", "Teams assessed", (double) rollup.teamsAssessed()),
                share("devops-buddy-coverage", "DevOps-buddy coverage", rollup.devopsBuddyCoverage()),
                share("buddy-trained-share", "Buddies trained", rollup.buddyTrainedShare()),
                share("buddy-backup-share", "Buddies with a backup", rollup.buddyBackupShare()),
                figure("csat", "CSAT", rollup.csat()),
                figure("nps", "NPS", rollup.nps()),
                figure("complexity-reduced", "Complexity reduced", rollup.complexityReduced()),
                figure("incidents", "Incidents", rollup.incidents() == null ? null : rollup.incidents().doubleValue()),
                figure("hours-saved", "Hours saved", rollup.hoursSaved()),
                figure("money-saved", "Money saved", rollup.moneySaved())));
        for (MetricFigure figure : rollup.metrics()) {
            Metric metric = figure.metric();
            if (figure.distribution() != null) {
                for (Map.Entry<String, Integer> choice : figure.distribution().entrySet()) {
                    figures.add(figure(metric.id() + "/" + choice.getKey(), metric.label() + ": " + choice.getKey(),
                            choice.getValue().doubleValue()));
                }
            } else if (metric.rollup() == MetricRollup.SHARE) {
                figures.add(share(metric.id(), metric.label(), figure.value()));
            } else {
                figures.add(new RollupFigure(metric.id(), metric.label() + ": " + metric.rollup().id(), false,
                        figure.value(), metric.unit()));
            }
        }
        return figures;
    }

    private static RollupFigure figure(String id, String label, Double value) {
        return new RollupFigure(id, label, false, value, null);
    }

    private static RollupFigure share(String id, String label, Double value) {
        return new RollupFigure(id, label, true, value, null);
    }
}
