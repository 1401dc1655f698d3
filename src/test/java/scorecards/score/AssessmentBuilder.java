package scorecards.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import scorecards.model.Assessment;
import scorecards.model.Period;
import scorecards.model.ProductUse;

/**
 * Test-only builder of one assessment, with a named setter per key of a team file. Everything not
 * set is "not given" (null), never zero; {@code uses} stays null (no list) unless set.
 */
final class AssessmentBuilder {

    private final Period period;
    private Boolean designated;
    private Boolean trained;
    private Boolean backup;
    private Double selfServiceShare;
    private Double hoursSaved;
    private List<ProductUse> uses;
    private Integer incidents;
    private Integer workarounds;
    private Integer openBugs;
    private Integer responses;
    private Double csat;
    private Double nps;
    private Double complexityReduced;
    private final List<String> needs = new ArrayList<>();

    private AssessmentBuilder(Period period) {
        this.period = period;
    }

    /** An assessment for a period written as in a team file ("2025-Q3", "2025-09") with nothing in it. */
    static AssessmentBuilder assessment(String period) {
        return new AssessmentBuilder(ScoringFixtures.period(period));
    }

    AssessmentBuilder designated(boolean value) {
        designated = value;
        return this;
    }

    AssessmentBuilder trained(boolean value) {
        trained = value;
        return this;
    }

    AssessmentBuilder backup(boolean value) {
        backup = value;
        return this;
    }

    AssessmentBuilder selfServiceShare(double value) {
        selfServiceShare = value;
        return this;
    }

    AssessmentBuilder hoursSaved(double value) {
        hoursSaved = value;
        return this;
    }

    /** {@code uses:} with these entries; with none, {@code uses: []}. */
    AssessmentBuilder uses(ProductUse... value) {
        uses = Arrays.asList(value);
        return this;
    }

    AssessmentBuilder incidents(int value) {
        incidents = value;
        return this;
    }

    AssessmentBuilder workarounds(int value) {
        workarounds = value;
        return this;
    }

    AssessmentBuilder openBugs(int value) {
        openBugs = value;
        return this;
    }

    AssessmentBuilder responses(int value) {
        responses = value;
        return this;
    }

    AssessmentBuilder csat(double value) {
        csat = value;
        return this;
    }

    AssessmentBuilder nps(double value) {
        nps = value;
        return this;
    }

    AssessmentBuilder complexityReduced(double value) {
        complexityReduced = value;
        return this;
    }

    AssessmentBuilder needs(String... value) {
        needs.addAll(Arrays.asList(value));
        return this;
    }

    Assessment build() {
        return new Assessment(period, designated, trained, backup, selfServiceShare, hoursSaved, uses, incidents,
                workarounds, openBugs, responses, csat, nps, complexityReduced, needs, null);
    }
}
