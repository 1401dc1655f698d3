package scorecards.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One team's self-assessment for one period. Every metric is optional: a null field means
 * "no data", which is never the same as zero. {@code uses} is null when the platform-usage
 * section does not list products, and empty for {@code uses: []}.
 *
 * <p>{@code satisfactionSource} says where responses, csat, nps and complexity-reduced came from
 * (null when from nowhere). {@code withheld} lists the satisfaction metrics a survey gave too few
 * answers for: their values are never read into the assessment (the field is null), so nothing
 * computed from it can reveal them; scoring leaves their checks out.
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
        String notes,
        SatisfactionSource satisfactionSource,
        Set<Metric> withheld) {

    /** The metrics a survey can withhold, in the order the format lists them. */
    public static final List<Metric> WITHHOLDABLE = List.of(Metric.CSAT, Metric.NPS, Metric.COMPLEXITY_REDUCED);

    public Assessment {
        uses = uses == null ? null : List.copyOf(uses);
        needs = List.copyOf(needs);
        withheld = withheld == null || withheld.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(withheld));
        for (Metric metric : withheld) {
            if (!WITHHOLDABLE.contains(metric)) {
                throw new IllegalArgumentException("only survey figures are withheld, not " + metric.id());
            }
        }
    }

    /**
     * An assessment as a team file gives it: its satisfaction, when it has any figure, comes from
     * the team file, and nothing is withheld.
     */
    public Assessment(Period period, Boolean designated, Boolean trained, Boolean backup, Double selfServiceShare,
            Double hoursSaved, List<ProductUse> uses, Integer incidents, Integer workarounds, Integer openBugs,
            Integer responses, Double csat, Double nps, Double complexityReduced, List<String> needs, String notes) {
        this(period, designated, trained, backup, selfServiceShare, hoursSaved, uses, incidents, workarounds, openBugs,
                responses, csat, nps, complexityReduced, needs, notes,
                responses == null && csat == null && nps == null && complexityReduced == null
                        ? null : SatisfactionSource.TEAM_FILE,
                Set.of());
    }

    /** Whether a survey withheld this metric's figure. */
    public boolean isWithheld(Metric metric) {
        return withheld.contains(metric);
    }

    /** The withheld metrics in the format's order (csat, nps, complexity-reduced), for output. */
    public List<Metric> withheldInOrder() {
        return WITHHOLDABLE.stream().filter(withheld::contains).toList();
    }

    /** The same assessment with its satisfaction replaced by a survey's figures. */
    public Assessment withSurvey(int surveyResponses, Double surveyCsat, Double surveyNps, Double surveyComplexity,
            Set<Metric> surveyWithheld) {
        return new Assessment(period, designated, trained, backup, selfServiceShare, hoursSaved, uses, incidents,
                workarounds, openBugs, surveyResponses, surveyCsat, surveyNps, surveyComplexity, needs, notes,
                SatisfactionSource.SURVEY, surveyWithheld);
    }

    /** An assessment that holds nothing but a survey's figures: a team that answered but did not assess itself. */
    public static Assessment surveyOnly(Period period, int surveyResponses, Double surveyCsat, Double surveyNps,
            Double surveyComplexity, Set<Metric> surveyWithheld) {
        return new Assessment(period, null, null, null, null, null, null, null, null, null, surveyResponses, surveyCsat,
                surveyNps, surveyComplexity, List.of(), null, SatisfactionSource.SURVEY, surveyWithheld);
    }
}
