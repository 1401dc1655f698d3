package scorecards.score;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scorecards.model.Period;

/**
 * The organisation's figures for one period, over the teams assessed in it. A null figure
 * means no team gave the data, which is not the same as zero. Shares are fractions 0..1.
 * {@code levelDistribution} maps every level id, in model order, to a team count;
 * {@code products} every catalogue product, in catalogue order. {@code exemptChecks} is the number
 * of checks exemptions excused, summed over the period's assessments. {@code satisfactionSources}
 * counts where the satisfaction figures came from. CSAT, NPS and complexity-reduced are means over
 * the figures the assessments hold, so a figure a survey withheld is in none of them. {@code metrics}
 * holds the figure of each of the model's own metrics that rolls up (not {@code none}), in the
 * model's order; {@code disagreements} and {@code levelJumps} count the period's assessments flagged
 * for a second look for each reason.
 */
public record Rollup(
        Period period,
        int teamsAssessed,
        double devopsBuddyCoverage,
        double buddyTrainedShare,
        double buddyBackupShare,
        Double csat,
        Double nps,
        Double complexityReduced,
        Integer responses,
        Integer incidents,
        Integer workarounds,
        Integer openBugs,
        Double hoursSaved,
        Double moneySaved,
        Map<String, Integer> levelDistribution,
        List<ProductRollup> products,
        int exemptChecks,
        SatisfactionSources satisfactionSources,
        List<MetricFigure> metrics,
        int disagreements,
        int levelJumps) {

    public Rollup {
        levelDistribution = Collections.unmodifiableMap(new LinkedHashMap<>(levelDistribution));
        products = List.copyOf(products);
        satisfactionSources = satisfactionSources == null ? SatisfactionSources.NONE : satisfactionSources;
        metrics = List.copyOf(metrics);
    }
}
