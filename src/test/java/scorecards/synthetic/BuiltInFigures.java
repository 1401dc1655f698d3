package scorecards.synthetic;

import static java.util.Map.entry;
import static scorecards.synthetic.Draws.clamp;
import static scorecards.synthetic.Draws.count;
import static scorecards.synthetic.Draws.decimal;
import static scorecards.synthetic.Draws.gaussian;

import java.util.Map;
import java.util.SplittableRandom;
import scorecards.model.Metric;

/**
 * How a team reports each built-in metric that a team file writes, as real teams do: figures that
 * follow the team's maturity with some noise, a DevOps buddy who once trained stays trained, and
 * how often each figure is given at all. The metrics themselves (ids, types, ranges) are the
 * catalogue's; a metric of the model's own gets its figures from {@link ModelFigures} instead. The
 * derived metrics come from the {@code uses} a {@link SyntheticTeam} writes.
 */
final class BuiltInFigures {

    /** What a team knows when it fills in a figure, beside its maturity. */
    record Team(double[] buddyThresholds, int size) {
    }

    /** One metric's figure: drawn first, then given with probability {@code typical} (for a typical team). */
    record Figure(double typical, Draw draw) {
    }

    @FunctionalInterface
    interface Draw {
        String value(SplittableRandom random, double maturity, Team team);
    }

    /** The built-in written metrics; the order of the draws is the catalogue's, within each section. */
    static final Map<Metric, Figure> FIGURES = Map.ofEntries(
            // Team thresholds, not noise: a buddy once trained stays trained while the team matures.
            entry(Metric.DESIGNATED, new Figure(0.96, (random, m, team) -> Boolean.toString(designated(m, team)))),
            entry(Metric.TRAINED, new Figure(0.94, (random, m, team) -> Boolean.toString(trained(m, team)))),
            entry(Metric.BACKUP, new Figure(0.92,
                    (random, m, team) -> Boolean.toString(trained(m, team) && m > team.buddyThresholds()[2]))),
            entry(Metric.SELF_SERVICE_SHARE, new Figure(0.92,
                    (random, m, team) -> decimal(clamp(m + 0.07 * gaussian(random), 0, 1), 2))),
            entry(Metric.HOURS_SAVED, new Figure(0.9, (random, m, team) -> {
                double hours = Math.max(0, m * 160 + 12 * gaussian(random));
                return random.nextDouble() < 0.1 ? decimal(hours, 1) : decimal(hours, 0);
            })),
            entry(Metric.INCIDENTS, new Figure(0.92, (random, m, team) -> count((1 - m) * 7 + 1.5 * gaussian(random)))),
            entry(Metric.WORKAROUNDS, new Figure(0.9, (random, m, team) -> count((1 - m) * 5 + gaussian(random)))),
            entry(Metric.OPEN_BUGS, new Figure(0.9, (random, m, team) -> count((1 - m) * 8 + 2 * gaussian(random)))),
            entry(Metric.RESPONSES, new Figure(0.9,
                    (random, m, team) -> count(Math.max(1, team.size() * (0.35 + 0.6 * random.nextDouble()))))),
            entry(Metric.CSAT, new Figure(0.94,
                    (random, m, team) -> decimal(clamp(2.2 + 2.6 * m + 0.3 * gaussian(random), 1, 5), 1))),
            entry(Metric.NPS, new Figure(0.9,
                    (random, m, team) -> decimal(clamp(-35 + 110 * m + 12 * gaussian(random), -100, 100), 0))),
            entry(Metric.COMPLEXITY_REDUCED, new Figure(0.9,
                    (random, m, team) -> decimal(clamp(2 + 2.6 * m + 0.35 * gaussian(random), 1, 5), 1))));

    /** How often a typical team gives each built-in section at all; a section of the model's own: {@link #OWN_SECTION}. */
    static final Map<String, Double> SECTIONS = Map.of("devops-buddy", 0.92, "platform-usage", 0.88, "quality", 0.82,
            "satisfaction", 0.85);
    static final double OWN_SECTION = 0.88;
    /** How often a typical team gives a figure of a metric of the model's own. */
    static final double OWN_FIGURE = 0.9;

    private BuiltInFigures() {
    }

    private static boolean designated(double m, Team team) {
        return m > team.buddyThresholds()[0];
    }

    private static boolean trained(double m, Team team) {
        return designated(m, team) && m > team.buddyThresholds()[1];
    }
}
