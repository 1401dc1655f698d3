package scorecards.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Arrays;
import java.util.List;
import scorecards.model.Assessment;
import scorecards.model.Metric;
import scorecards.model.MetricValue;
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
    private final Map<String, MetricValue> own = new LinkedHashMap<>();

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
        Map<String, MetricValue> values = new LinkedHashMap<>();
        put(values, Metric.DESIGNATED, designated == null ? null : MetricValue.of(designated));
        put(values, Metric.TRAINED, trained == null ? null : MetricValue.of(trained));
        put(values, Metric.BACKUP, backup == null ? null : MetricValue.of(backup));
        put(values, Metric.SELF_SERVICE_SHARE, number(selfServiceShare));
        put(values, Metric.HOURS_SAVED, number(hoursSaved));
        put(values, Metric.INCIDENTS, number(incidents));
        put(values, Metric.WORKAROUNDS, number(workarounds));
        put(values, Metric.OPEN_BUGS, number(openBugs));
        put(values, Metric.RESPONSES, number(responses));
        put(values, Metric.CSAT, number(csat));
        put(values, Metric.NPS, number(nps));
        put(values, Metric.COMPLEXITY_REDUCED, number(complexityReduced));
        values.putAll(own);
        return Assessment.fromTeamFile(period, values, uses, needs, null);
    }

    /** A metric of the model's own, as its section in the team file gives it. */
    AssessmentBuilder value(Metric metric, MetricValue value) {
        own.put(metric.id(), value);
        return this;
    }

    private static MetricValue number(java.lang.Number value) {
        return value == null ? null : MetricValue.of(new BigDecimal(value.toString()));
    }

    private static void put(Map<String, MetricValue> values, Metric metric, MetricValue value) {
        if (value != null) {
            values.put(metric.id(), value);
        }
    }
}
