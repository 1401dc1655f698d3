package scorecards.model;

import java.util.Collections;
import java.util.TreeSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One team's assessment of one period. {@code values} holds the value scored of every written
 * metric that has one, by metric id (a metric without a value is absent: "no data", never zero);
 * the derived metrics are computed from {@code uses}, which is null when the platform-usage section
 * does not list products, and empty for {@code uses: []}.
 *
 * <p>Where each value came from: a metric in {@code measured} was measured by a facts file (its
 * value here is the measured one, the team file's is kept in the measurement); a satisfaction
 * figure came from {@code satisfactionSource} (null when from nowhere); every other value from the
 * team file. {@code withheld} lists the satisfaction metrics a survey gave too few answers for:
 * their values are never read into the assessment, so nothing computed from it can reveal them.
 * {@code selfReported} is true when the team file gives at least one metric value for the period.
 */
public record Assessment(
        Period period,
        Map<String, MetricValue> values,
        List<ProductUse> uses,
        List<String> needs,
        String notes,
        SatisfactionSource satisfactionSource,
        Set<Metric> withheld,
        Map<String, Measurement> measured,
        boolean selfReported) {

    /** The metrics a survey can withhold, in the order the format lists them. */
    public static final List<Metric> WITHHOLDABLE = List.of(Metric.CSAT, Metric.NPS, Metric.COMPLEXITY_REDUCED);
    /** The metrics a survey gives. */
    private static final List<Metric> SURVEYED = List.of(Metric.RESPONSES, Metric.CSAT, Metric.NPS,
            Metric.COMPLEXITY_REDUCED);

    public Assessment {
        values = Collections.unmodifiableMap(new TreeMap<>(values));
        uses = uses == null ? null : List.copyOf(uses);
        needs = List.copyOf(needs);
        withheld = withheld == null || withheld.isEmpty() ? Set.of() : Set.copyOf(withheld);
        measured = measured == null || measured.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new TreeMap<>(measured));
        for (Metric metric : withheld) {
            if (!WITHHOLDABLE.contains(metric)) {
                throw new IllegalArgumentException("only survey figures are withheld, not " + metric.id());
            }
        }
    }

    /**
     * An assessment as a team file gives it: its satisfaction, when it has any figure, comes from
     * the team file, nothing is withheld or measured, and it is self-reported when it gives a value.
     */
    public static Assessment fromTeamFile(Period period, Map<String, MetricValue> values, List<ProductUse> uses,
            List<String> needs, String notes) {
        boolean satisfaction = SURVEYED.stream().anyMatch(metric -> values.containsKey(metric.id()));
        return new Assessment(period, values, uses, needs, notes, satisfaction ? SatisfactionSource.TEAM_FILE : null,
                Set.of(), Map.of(), !values.isEmpty() || uses != null);
    }

    /** An assessment that holds nothing but a survey's figures: a team that answered but did not assess itself. */
    public static Assessment surveyOnly(Period period, int surveyResponses, Double surveyCsat, Double surveyNps,
            Double surveyComplexity, Set<Metric> surveyWithheld) {
        return new Assessment(period, Map.of(), null, List.of(), null, null, Set.of(), Map.of(), false)
                .withSurvey(surveyResponses, surveyCsat, surveyNps, surveyComplexity, surveyWithheld);
    }

    /** An assessment that holds nothing but measured values: a team that a system measured but that did not assess itself. */
    public static Assessment measuredOnly(Period period) {
        return new Assessment(period, Map.of(), null, List.of(), null, null, Set.of(), Map.of(), false);
    }

    /** The value scored of a metric, or null for no data (derived metrics are not here: see {@code MetricValues}). */
    public MetricValue value(Metric metric) {
        return values.get(metric.id());
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
        Map<String, MetricValue> replaced = new TreeMap<>(values);
        SURVEYED.forEach(metric -> replaced.remove(metric.id()));
        replaced.put(Metric.RESPONSES.id(), MetricValue.of(surveyResponses));
        put(replaced, Metric.CSAT, surveyCsat);
        put(replaced, Metric.NPS, surveyNps);
        put(replaced, Metric.COMPLEXITY_REDUCED, surveyComplexity);
        return new Assessment(period, replaced, uses, needs, notes, SatisfactionSource.SURVEY, surveyWithheld, measured,
                selfReported);
    }

    /** The same assessment without a survey's figures: as its team file gives it (facts aside). */
    public Assessment withoutSurvey() {
        Map<String, MetricValue> own = new TreeMap<>(values);
        SURVEYED.forEach(metric -> own.remove(metric.id()));
        return new Assessment(period, own, uses, needs, notes, null, Set.of(), measured, selfReported);
    }

    /** The same assessment without measured values: the team file's values (and its lack of one) back in their place. */
    public Assessment withoutMeasured() {
        if (measured.isEmpty()) {
            return this;
        }
        Map<String, MetricValue> own = new TreeMap<>(values);
        measured.forEach((id, measurement) -> {
            if (measurement.selfReported() == null) {
                own.remove(id);
            } else {
                own.put(id, measurement.selfReported());
            }
        });
        return new Assessment(period, own, uses, needs, notes, satisfactionSource, withheld, Map.of(), selfReported);
    }

    /**
     * The same assessment with these measured values scored in place of the team file's: each
     * measurement keeps the team file's value beside it.
     */
    public Assessment withMeasured(Map<String, Measurement> measurements) {
        Map<String, MetricValue> replaced = new TreeMap<>(values);
        Map<String, Measurement> all = new TreeMap<>(measured);
        measurements.forEach((id, measurement) -> {
            replaced.put(id, measurement.value());
            all.put(id, measurement);
        });
        return new Assessment(period, replaced, uses, needs, notes, satisfactionSource, withheld, all, selfReported);
    }

    /** The ids of the metrics that disagree with their self-report, sorted. */
    public Set<String> disagreements() {
        Set<String> ids = new TreeSet<>();
        measured.forEach((id, measurement) -> {
            if (measurement.disagrees()) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** Where the value of a metric came from, or null when it has none. */
    public ValueSource source(Metric metric) {
        Measurement measurement = measured.get(metric.id());
        if (measurement != null) {
            return new ValueSource.Fact(measurement.source());
        }
        if (!values.containsKey(metric.id()) && (metric.isWritten() || uses == null)) {
            return null;
        }
        return satisfactionSource == SatisfactionSource.SURVEY && SURVEYED.contains(metric)
                ? ValueSource.SURVEY : ValueSource.TEAM_FILE;
    }

    private static void put(Map<String, MetricValue> values, Metric metric, Double value) {
        if (value != null) {
            values.put(metric.id(), MetricValue.of(value));
        }
    }

    // The built-in values by name, for the figures of format 1.0 that name them.

    public Boolean designated() {
        return flag(Metric.DESIGNATED);
    }

    public Boolean trained() {
        return flag(Metric.TRAINED);
    }

    public Boolean backup() {
        return flag(Metric.BACKUP);
    }

    public Double hoursSaved() {
        return number(Metric.HOURS_SAVED);
    }

    public Integer incidents() {
        return count(Metric.INCIDENTS);
    }

    public Integer workarounds() {
        return count(Metric.WORKAROUNDS);
    }

    public Integer openBugs() {
        return count(Metric.OPEN_BUGS);
    }

    public Integer responses() {
        return count(Metric.RESPONSES);
    }

    public Double csat() {
        return number(Metric.CSAT);
    }

    public Double nps() {
        return number(Metric.NPS);
    }

    public Double complexityReduced() {
        return number(Metric.COMPLEXITY_REDUCED);
    }

    private Boolean flag(Metric metric) {
        return values.get(metric.id()) instanceof MetricValue.Flag flag ? flag.value() : null;
    }

    private Double number(Metric metric) {
        return values.get(metric.id()) instanceof MetricValue.Number number ? number.value() : null;
    }

    private Integer count(Metric metric) {
        return values.get(metric.id()) instanceof MetricValue.Number number ? number.exact().intValue() : null;
    }
}
