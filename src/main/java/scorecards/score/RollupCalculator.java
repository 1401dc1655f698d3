package scorecards.score;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import scorecards.model.Assessment;
import scorecards.model.Level;
import scorecards.model.MaturityModel;
import scorecards.model.Metric;
import scorecards.model.MetricRollup;
import scorecards.model.MetricValue;
import scorecards.model.Organisation;
import scorecards.model.Period;
import scorecards.model.Product;
import scorecards.model.ProductUse;
import scorecards.model.SatisfactionSource;

/** Computes the organisation's roll-up for one period from the teams' scored assessments. */
final class RollupCalculator {

    private final Organisation organisation;
    private final List<Level> levels;
    private final List<Metric> rolledUp;

    RollupCalculator(Organisation organisation, MaturityModel model) {
        this.organisation = organisation;
        this.levels = model.levels();
        this.rolledUp = model.metrics().own().stream().filter(metric -> metric.rollup() != MetricRollup.NONE).toList();
    }

    /**
     * The scores of {@code teams} by period (oldest first), then by team id: what one roll-up per
     * assessed period is computed from.
     */
    static Map<Period, Map<String, AssessmentScore>> byPeriod(List<TeamScore> teams) {
        Map<Period, Map<String, AssessmentScore>> byPeriod = new TreeMap<>();
        for (TeamScore team : teams) {
            team.assessments().forEach(score -> byPeriod.computeIfAbsent(score.assessment().period(),
                    p -> new TreeMap<>()).put(team.team().id(), score));
        }
        return byPeriod;
    }

    /** One roll-up per period in which at least one of {@code teams} is assessed, oldest first. */
    List<Rollup> rollups(List<TeamScore> teams) {
        return byPeriod(teams).entrySet().stream().map(entry -> rollup(entry.getKey(), entry.getValue())).toList();
    }

    /** @param scored the scores of every team assessed in {@code period}, with their team ids */
    Rollup rollup(Period period, Map<String, AssessmentScore> scored) {
        List<Assessment> assessed = scored.values().stream().map(AssessmentScore::assessment).toList();
        int teams = assessed.size();
        Double hoursSaved = sum(assessed, Assessment::hoursSaved);
        Double moneySaved = hoursSaved == null || organisation.costPerHour() == null
                ? null : hoursSaved * organisation.costPerHour();
        Map<String, Integer> distribution = new LinkedHashMap<>();
        levels.forEach(level -> distribution.put(level.id(), 0));
        scored.values().forEach(score -> distribution.merge(score.levelId(), 1, Integer::sum));
        Double responses = sum(assessed, a -> a.responses() == null ? null : a.responses().doubleValue());
        return new Rollup(period, teams,
                share(assessed, a -> Boolean.TRUE.equals(a.designated())),
                share(assessed, a -> Boolean.TRUE.equals(a.trained())),
                share(assessed, a -> Boolean.TRUE.equals(a.backup())),
                weightedMean(assessed, Assessment::csat),
                weightedMean(assessed, Assessment::nps),
                weightedMean(assessed, Assessment::complexityReduced),
                responses == null ? null : responses.intValue(),
                intSum(assessed, Assessment::incidents),
                intSum(assessed, Assessment::workarounds),
                intSum(assessed, Assessment::openBugs),
                hoursSaved,
                moneySaved,
                distribution,
                products(scored),
                scored.values().stream().mapToInt(AssessmentScore::exemptChecks).sum(),
                sources(assessed),
                rolledUp.stream().map(metric -> figure(metric, scored.values())).toList(),
                (int) scored.values().stream().filter(score -> score.review().disagrees()).count(),
                (int) scored.values().stream().filter(score -> score.review().jumped()).count());
    }

    /**
     * One own metric's figure: a share over the teams assessed (a team without the value does not
     * have it); a mean, median or sum over the assessments that give a value (null when none does);
     * or how many teams give each choice.
     */
    static MetricFigure figure(Metric metric, Collection<AssessmentScore> scored) {
        List<MetricValue> values = scored.stream().map(score -> score.metrics().get(metric)).filter(Objects::nonNull)
                .toList();
        return switch (metric.rollup()) {
            case SHARE -> new MetricFigure(metric, scored.isEmpty() ? 0.0
                    : (double) values.stream().filter(value -> value.sameAs(MetricValue.of(true))).count()
                            / scored.size(), null);
            case DISTRIBUTION -> {
                Map<String, Integer> counts = new LinkedHashMap<>();
                metric.choices().forEach(choice -> counts.put(choice, 0));
                values.forEach(value -> counts.merge(((MetricValue.Choice) value).id(), 1, Integer::sum));
                yield new MetricFigure(metric, null, counts);
            }
            case MEAN, MEDIAN, SUM -> new MetricFigure(metric, numeric(metric.rollup(), values.stream()
                    .map(value -> ((MetricValue.Number) value).exact()).sorted().toList()), null);
            case NONE -> throw new IllegalArgumentException(metric.id() + " does not roll up");
        };
    }

    /** Mean, median (of an even count: the mean of the two middle values) or sum, on the exact values; null for none. */
    private static Double numeric(MetricRollup rollup, List<BigDecimal> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        BigDecimal sum = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal count = BigDecimal.valueOf(sorted.size());
        return switch (rollup) {
            case SUM -> sum.doubleValue();
            case MEAN -> sum.divide(count, MathContext.DECIMAL64).doubleValue();
            default -> {
                int middle = sorted.size() / 2;
                yield sorted.size() % 2 == 1 ? sorted.get(middle).doubleValue()
                        : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64)
                                .doubleValue();
            }
        };
    }

    private static SatisfactionSources sources(List<Assessment> assessed) {
        int survey = 0;
        int teamFile = 0;
        int withheld = 0;
        for (Assessment assessment : assessed) {
            if (assessment.satisfactionSource() == SatisfactionSource.SURVEY) {
                survey++;
            } else if (assessment.satisfactionSource() == SatisfactionSource.TEAM_FILE) {
                teamFile++;
            }
            if (!assessment.withheld().isEmpty()) {
                withheld++;
            }
        }
        return new SatisfactionSources(survey, teamFile, withheld);
    }

    /** Each product's use by the teams scored, in the organisation's order, from one pass over their uses. */
    private List<ProductRollup> products(Map<String, AssessmentScore> scored) {
        Map<String, ProductUses> byId = new HashMap<>();
        organisation.products().forEach(product -> byId.putIfAbsent(product.id(), new ProductUses()));
        for (Map.Entry<String, AssessmentScore> entry : scored.entrySet()) {
            List<ProductUse> uses = entry.getValue().assessment().uses();
            if (uses == null) {
                continue;
            }
            for (ProductUse use : uses) {
                ProductUses product = byId.get(use.productId());
                if (product != null) {
                    product.add(entry.getKey(), use);
                }
            }
        }
        return organisation.products().stream().map(product -> byId.get(product.id()).rollup(product, scored.size()))
                .toList();
    }

    /** The teams that use one product, voluntarily or mandated, and their ratings, in the order of the teams. */
    private static final class ProductUses {

        private final List<String> voluntary = new ArrayList<>();
        private final List<String> mandated = new ArrayList<>();
        private int ratings;
        private double ratingSum;

        void add(String teamId, ProductUse use) {
            (use.mandated() ? mandated : voluntary).add(teamId);
            if (use.rating() != null) {
                ratings++;
                ratingSum += use.rating();
            }
        }

        ProductRollup rollup(Product product, int teams) {
            return new ProductRollup(product.id(),
                    teams == 0 ? 0 : (double) voluntary.size() / teams,
                    teams == 0 ? 0 : (double) mandated.size() / teams,
                    ratings == 0 ? null : ratingSum / ratings,
                    ratings,
                    voluntary.stream().sorted().toList(),
                    mandated.stream().sorted().toList());
        }
    }

    /** A team without the value counts as not having it. */
    private static double share(List<Assessment> assessed, Predicate<Assessment> has) {
        return assessed.isEmpty() ? 0 : (double) assessed.stream().filter(has).count() / assessed.size();
    }

    /**
     * Mean weighted by survey responses. An assessment that gives no responses count (or zero)
     * weighs 1, so that a figure a team did write is never dropped. A figure a survey withheld is
     * null in the assessment, so it is in no mean: every roll-up is a function of the figures the
     * team pages show, and subtracting one roll-up from another reveals nothing they do not.
     */
    private static Double weightedMean(List<Assessment> assessed, Function<Assessment, Double> value) {
        double weights = 0;
        double total = 0;
        for (Assessment assessment : assessed) {
            Double figure = value.apply(assessment);
            if (figure != null) {
                Integer responses = assessment.responses();
                double weight = responses == null || responses == 0 ? 1 : responses;
                weights += weight;
                total += weight * figure;
            }
        }
        return weights == 0 ? null : total / weights;
    }

    private static Double sum(List<Assessment> assessed, Function<Assessment, Double> value) {
        Double total = null;
        for (Assessment assessment : assessed) {
            Double figure = value.apply(assessment);
            if (figure != null) {
                total = (total == null ? 0 : total) + figure;
            }
        }
        return total;
    }

    private static Integer intSum(List<Assessment> assessed, Function<Assessment, Integer> value) {
        Double total = sum(assessed, a -> value.apply(a) == null ? null : value.apply(a).doubleValue());
        return total == null ? null : total.intValue();
    }
}
