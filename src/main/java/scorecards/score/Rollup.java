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
 * of checks exemptions excused, summed over the period's assessments.
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
        int exemptChecks) {

    public Rollup {
        levelDistribution = Collections.unmodifiableMap(new LinkedHashMap<>(levelDistribution));
        products = List.copyOf(products);
    }

    /** A roll-up of a period in which no check was exempt. */
    public Rollup(Period period, int teamsAssessed, double devopsBuddyCoverage, double buddyTrainedShare,
            double buddyBackupShare, Double csat, Double nps, Double complexityReduced, Integer responses,
            Integer incidents, Integer workarounds, Integer openBugs, Double hoursSaved, Double moneySaved,
            Map<String, Integer> levelDistribution, List<ProductRollup> products) {
        this(period, teamsAssessed, devopsBuddyCoverage, buddyTrainedShare, buddyBackupShare, csat, nps,
                complexityReduced, responses, incidents, workarounds, openBugs, hoursSaved, moneySaved,
                levelDistribution, products, 0);
    }
}
