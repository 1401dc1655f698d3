package scorecards.load;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import scorecards.model.Metric;

/**
 * One team's answer sheets in one survey, counted as they are read: the rows, and per question
 * the answers given and their sum (for recommend: promoters and detractors). Turns them into the
 * assessment's figures by the format's rules, withholding what too few people gave.
 */
final class SurveyTally {

    /** Recommend answers at or above this are promoters' (9 and 10). */
    static final int PROMOTER = 9;
    /** Recommend answers at or below this are detractors' (0 to 6). */
    static final int DETRACTOR = 6;

    private final Location firstRow;
    private int rows;
    private int csatAnswers;
    private long csatSum;
    private int complexityAnswers;
    private long complexitySum;
    private int recommendAnswers;
    private int promoters;
    private int detractors;

    /** @param firstRow where the team's first row names it, for messages about the team's rows */
    SurveyTally(Location firstRow) {
        this.firstRow = firstRow;
    }

    Location firstRow() {
        return firstRow;
    }

    int rows() {
        return rows;
    }

    /** Counts one answer sheet; a null answer is a question left blank. */
    void add(Integer csat, Integer recommend, Integer complexityReduced) {
        rows++;
        if (csat != null) {
            csatAnswers++;
            csatSum += csat;
        }
        if (complexityReduced != null) {
            complexityAnswers++;
            complexitySum += complexityReduced;
        }
        if (recommend != null) {
            recommendAnswers++;
            if (recommend >= PROMOTER) {
                promoters++;
            } else if (recommend <= DETRACTOR) {
                detractors++;
            }
        }
    }

    /**
     * The figures, each rounded to 2 decimals (half away from zero), null for no data or when
     * withheld. With fewer rows than {@code minResponses} every figure is withheld; otherwise a
     * question that 1 to {@code minResponses − 1} people answered is withheld on its own, since its
     * figure would be the answers of those few. A question nobody answered is no data.
     */
    Figures figures(int minResponses) {
        Set<Metric> withheld = new HashSet<>();
        Double csat = figure(Metric.CSAT, csatAnswers, minResponses, withheld, () -> mean(csatSum, csatAnswers));
        Double nps = figure(Metric.NPS, recommendAnswers, minResponses, withheld,
                () -> ratio(100L * (promoters - detractors), recommendAnswers));
        Double complexity = figure(Metric.COMPLEXITY_REDUCED, complexityAnswers, minResponses, withheld,
                () -> mean(complexitySum, complexityAnswers));
        return new Figures(rows, csat, nps, complexity, withheld);
    }

    private Double figure(Metric metric, int answers, int minResponses, Set<Metric> withheld,
            Supplier<Double> value) {
        if (rows < minResponses || answers > 0 && answers < minResponses) {
            withheld.add(metric);
            return null;
        }
        return answers == 0 ? null : value.get();
    }

    private static double mean(long sum, int count) {
        return ratio(sum, count);
    }

    private static double ratio(long numerator, int denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP)
                .doubleValue();
    }

    /** What one team's rows give its assessment: responses always, the rest unless withheld. */
    record Figures(int responses, Double csat, Double nps, Double complexityReduced, Set<Metric> withheld) {
        Figures {
            withheld = withheld.isEmpty() ? Set.of() : Set.copyOf(withheld);
        }
    }
}
