package scorecards.model;

import java.util.List;

/**
 * One team's self-assessment for one period. Every metric is optional: a null field means
 * "no data", which is never the same as zero. {@code uses} is null when the platform-usage
 * section does not list products, and empty for {@code uses: []}.
 */
public record Assessment(
        Period period,
        Boolean designated,
        Boolean trained,
        Boolean backup,
        Double selfServiceShare,
        Double hoursSaved,
        List<ProductUse> uses,
        Integer incidents,
        Integer workarounds,
        Integer openBugs,
        Integer responses,
        Double csat,
        Double nps,
        Double complexityReduced,
        List<String> needs,
        String notes) {

    public Assessment {
        uses = uses == null ? null : List.copyOf(uses);
        needs = List.copyOf(needs);
    }
}
