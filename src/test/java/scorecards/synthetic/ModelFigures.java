package scorecards.synthetic;

import static scorecards.synthetic.Draws.clamp;
import static scorecards.synthetic.Draws.gaussian;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import scorecards.model.Check;
import scorecards.model.Comparison;
import scorecards.model.Dimension;
import scorecards.model.DimensionLevel;
import scorecards.model.MaturityModel;
import scorecards.model.Metric;
import scorecards.model.MetricType;
import scorecards.model.MetricValue;

/**
 * Figures for any metric of a model, from what the model says of it: its type, its range and the
 * thresholds of its checks. A team of maturity m (0 to 1) is placed on a line through the checks'
 * thresholds, level k at m = (k − ½) / (levels − 1), so that teams climb an own dimension's levels
 * as they mature, as they climb the built-in ones. A metric without checks spans its range (its
 * first hundred units when the range is open), rising or falling as its {@code better} says.
 *
 * <p>It also makes the values a measurement finds: one that disagrees with a self-report (the team
 * reported better than was measured) and one that differs from it within {@code agree-within}.
 */
final class ModelFigures {

    /** How a metric's value follows maturity: through points (m, value), extended beyond them; booleans switch. */
    private record Line(double[] xs, double[] ys, int places, double switchAt, boolean above) {

        double at(double m) {
            // Before the first point and after the last, the nearest segment goes on.
            int segment = 0;
            while (segment < xs.length - 2 && m > xs[segment + 1]) {
                segment++;
            }
            double slope = (ys[segment + 1] - ys[segment]) / (xs[segment + 1] - xs[segment]);
            return ys[segment] + slope * (m - xs[segment]);
        }

        double spread() {
            return Math.max(Math.abs(at(1) - at(0)), 1e-9);
        }
    }

    private final Map<Metric, Line> lines = new HashMap<>();

    ModelFigures(MaturityModel model) {
        for (Metric metric : model.metrics().all()) {
            lines.put(metric, line(model, metric));
        }
    }

    /**
     * A value of {@code metric} as a team of this maturity reports it. {@code lean} (about ±0.15)
     * is the team's own: it moves the maturity at which a boolean becomes true.
     */
    String value(Metric metric, SplittableRandom random, double maturity, double lean) {
        Line line = lines.get(metric);
        return switch (metric.type()) {
            case BOOLEAN -> Boolean.toString(maturity > line.switchAt() + lean == line.above());
            case CHOICE -> metric.choices().get((int) Math.round(
                    clamp(line.at(maturity) + 0.3 * gaussian(random), 0, metric.choices().size() - 1)));
            case NUMBER, COUNT -> {
                double value = line.at(maturity) + 0.05 * line.spread() * gaussian(random);
                yield written(metric, inRange(metric, BigDecimal.valueOf(value)), line.places());
            }
        };
    }

    /** A value that disagrees with {@code reported}: the team said better than a system measured. */
    String worse(Metric metric, String reported, SplittableRandom random) {
        return switch (metric.type()) {
            case BOOLEAN -> Boolean.toString(!Boolean.parseBoolean(reported));
            case CHOICE -> {
                int position = metric.position(reported);
                yield metric.choices().get(position > 0 ? position - 1 : position + 1);
            }
            case NUMBER, COUNT -> {
                BigDecimal value = new BigDecimal(reported);
                Line line = lines.get(metric);
                int scale = metric.type() == MetricType.COUNT ? 0 : Math.max(Math.max(0, value.scale()), line.places());
                BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
                // Just beyond the margin, and then a fifth of the value or a tenth of its usual span further.
                BigDecimal beyond = metric.agreeWithin().setScale(scale, RoundingMode.FLOOR).add(unit);
                BigDecimal step = metric.type() == MetricType.COUNT ? BigDecimal.valueOf(random.nextInt(3))
                        : BigDecimal.valueOf(Math.max(0.2 * Math.abs(value.doubleValue()), 0.1 * line.spread()))
                                .setScale(scale, RoundingMode.CEILING);
                int direction = metric.better() == Metric.Better.HIGHER ? -1 : 1;
                BigDecimal apart = beyond.add(step);
                if (!metric.admits(moved(value, apart, direction)) && !metric.admits(moved(value, apart, -direction))) {
                    apart = beyond; // a narrow range: the least that disagrees
                }
                yield written(metric, away(metric, value, apart, direction), scale);
            }
        };
    }

    /**
     * A value that differs from {@code reported} yet agrees with it: half of {@code agree-within}
     * away, or exactly that far (the boundary agrees). The reported value when the metric has no margin.
     */
    String near(Metric metric, String reported, SplittableRandom random) {
        BigDecimal within = metric.agreeWithin();
        if (!metric.type().isNumeric() || within.signum() == 0) {
            return reported;
        }
        BigDecimal value = new BigDecimal(reported);
        BigDecimal apart = random.nextBoolean() ? within : within.divide(BigDecimal.valueOf(2));
        if (metric.type() == MetricType.COUNT) {
            apart = apart.setScale(0, RoundingMode.FLOOR);
        }
        // Written with the decimals the margin needs: 12 and a half-margin of 0.25 give 12.25, not 12.
        int scale = Math.max(value.scale(), apart.stripTrailingZeros().scale());
        return written(metric, away(metric, value, apart, random.nextBoolean() ? 1 : -1), scale);
    }

    /** {@code value} moved by {@code apart} in {@code direction}, or the other way when that leaves the range. */
    private static BigDecimal away(Metric metric, BigDecimal value, BigDecimal apart, int direction) {
        BigDecimal moved = moved(value, apart, direction);
        if (metric.admits(moved)) {
            return moved;
        }
        BigDecimal other = moved(value, apart, -direction);
        return metric.admits(other) ? other : inRange(metric, moved);
    }

    private static BigDecimal moved(BigDecimal value, BigDecimal apart, int direction) {
        return direction > 0 ? value.add(apart) : value.subtract(apart);
    }

    private static BigDecimal inRange(Metric metric, BigDecimal value) {
        BigDecimal low = metric.type() == MetricType.COUNT && metric.min() == null ? BigDecimal.ZERO : metric.min();
        BigDecimal result = low != null && value.compareTo(low) < 0 ? low : value;
        return metric.max() != null && result.compareTo(metric.max()) > 0 ? metric.max() : result;
    }

    /** As a team file and a facts file write it: a whole number for a count, else a plain decimal. */
    private static String written(Metric metric, BigDecimal value, int places) {
        BigDecimal rounded = value.setScale(metric.type() == MetricType.COUNT ? 0 : Math.max(0, places),
                RoundingMode.HALF_UP);
        String text = rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    private static Line line(MaturityModel model, Metric metric) {
        List<double[]> points = new ArrayList<>();
        double switchAt = 0.5;
        boolean above = true;
        boolean switchFound = false;
        Dimension dimension = model.dimension(metric.dimension()).orElse(null);
        int steps = Math.max(1, model.levels().size() - 1);
        List<DimensionLevel> levels = dimension == null ? List.of() : dimension.levels();
        for (DimensionLevel level : levels.stream()
                .sorted((a, b) -> Integer.compare(model.rank(a.levelId()), model.rank(b.levelId()))).toList()) {
            double x = (model.rank(level.levelId()) - 0.5) / steps;
            for (Check check : level.checks()) {
                if (!check.metric().equals(metric)) {
                    continue;
                }
                if (check.threshold() instanceof MetricValue.Flag flag && !switchFound) {
                    switchAt = x;
                    above = flag.value();
                    switchFound = true;
                } else if (check.threshold() instanceof MetricValue.Number number) {
                    points.add(new double[] {x, number.value(), direction(check.comparison(), metric)});
                    break;
                } else if (check.threshold() instanceof MetricValue.Choice choice) {
                    points.add(new double[] {x, choice.position(), direction(check.comparison(), metric)});
                    break;
                }
            }
        }
        double[][] ends = points.size() >= 2 ? points.toArray(double[][]::new)
                : points.size() == 1 ? alongOne(points.get(0), metric) : acrossRange(metric);
        double[] xs = new double[ends.length];
        double[] ys = new double[ends.length];
        for (int i = 0; i < ends.length; i++) {
            xs[i] = ends[i][0];
            ys[i] = ends[i][1];
        }
        // Decimals by how far the value moves from maturity 0 to 1: 0.37, 12.5, 140.
        double spread = Math.abs(ys[ys.length - 1] - ys[0]) / Math.max(1e-9, xs[xs.length - 1] - xs[0]);
        int places = metric.isShare() || spread <= 2 ? 2 : spread <= 50 ? 1 : 0;
        return new Line(xs, ys, places, switchAt, above);
    }

    /** +1 when a larger value passes the check, −1 when a smaller one does. */
    private static double direction(Comparison comparison, Metric metric) {
        return switch (comparison) {
            case MIN -> 1;
            case MAX -> -1;
            case EQUALS -> metric.better() == Metric.Better.HIGHER ? 1 : -1;
        };
    }

    /** One threshold: a second point half the maturity further on, as far again from zero. */
    private static double[][] alongOne(double[] point, Metric metric) {
        double rise = metric.type() == MetricType.CHOICE ? 1 : Math.max(1, Math.abs(point[1]));
        return new double[][] {{point[0], point[1]}, {point[0] + 0.5, point[1] + point[2] * rise}};
    }

    private static double[][] acrossRange(Metric metric) {
        double low;
        double high;
        if (metric.type() == MetricType.CHOICE) {
            low = 0;
            high = metric.choices().size() - 1;
        } else {
            low = metric.min() != null ? metric.min().doubleValue()
                    : metric.max() != null && metric.max().doubleValue() < 0 ? metric.max().doubleValue() - 100 : 0;
            high = metric.max() != null && metric.max().doubleValue() - low <= 1000 ? metric.max().doubleValue()
                    : low + 100;
        }
        boolean rising = metric.type() == MetricType.CHOICE || metric.type() == MetricType.BOOLEAN
                || metric.better() == Metric.Better.HIGHER;
        return rising ? new double[][] {{0, low}, {1, high}} : new double[][] {{0, high}, {1, low}};
    }
}
