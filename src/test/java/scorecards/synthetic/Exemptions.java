package scorecards.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import scorecards.model.Check;
import scorecards.model.Dimension;
import scorecards.model.DimensionLevel;
import scorecards.model.MaturityModel;

/**
 * The exemptions teams ask for: a few believable ones, each kept only when the model has the check
 * it names (an exemption of a check the model lacks is an error), and, for a model that has none of
 * them, one per metric its checks use.
 */
final class Exemptions {

    /** Share of teams with exemptions, and the most periods one may span (organisation.yaml). */
    static final double EXEMPT_TEAMS = 0.075;
    static final int MAX_PERIODS = 4;

    /** Dimension, metric, level (empty: every level), reason and justification. */
    private static final List<Exemption> BELIEVABLE = List.of(
            new Exemption("devops-buddy", "backup", "self-service", "in-progress",
                    "A second buddy is in the platform training this quarter."),
            new Exemption("devops-buddy", "trained", "", "in-progress", "The buddy's training is booked for next quarter."),
            new Exemption("platform-usage", "voluntary-share", "", "not-applicable",
                    "The tribe mandates the platform products for its regulated services."),
            new Exemption("platform-usage", "catalogue-coverage", "self-service", "not-applicable",
                    "A batch team: most of the catalogue has no use here."),
            new Exemption("quality", "workarounds", "", "accepted-risk",
                    "One workaround stays until the network migration; the platform team tracks it."),
            new Exemption("satisfaction", "responses", "", "accepted-risk",
                    "A small team: fewer than three answers a quarter is expected."));

    record Exemption(String dimension, String metric, String level, String reason, String justification) {
    }

    private final List<Exemption> candidates;
    private final TimeLine time;

    Exemptions(MaturityModel model, TimeLine time) {
        this.time = time;
        List<Exemption> fitting = BELIEVABLE.stream().filter(exemption -> fits(model, exemption)).toList();
        this.candidates = fitting.isEmpty() ? everyCheckedMetric(model) : fitting;
    }

    /**
     * The {@code exemptions:} lines of team {@code number}'s file: none for most teams. They draw
     * from a stream of their own, so that a team's other figures are those it would have without them.
     */
    String of(long seed, int number, List<Integer> assessed) {
        SplittableRandom random = new SplittableRandom(seed * 0xD1B54A32D192ED03L + number * 0x94D049BB133111EBL + 1);
        if (random.nextDouble() >= EXEMPT_TEAMS || candidates.isEmpty()) {
            return "";
        }
        int[] order = Draws.permutation(random, candidates.size());
        int count = Math.min(random.nextDouble() < 0.3 ? 2 : 1, candidates.size());
        StringBuilder yaml = new StringBuilder("exemptions:\n");
        for (int i = 0; i < count; i++) {
            Exemption exemption = candidates.get(order[i]);
            // From one of the team's assessed periods, for one to MAX_PERIODS periods: some end
            // before the current period and show as expired, some run past it.
            int from = time.ordinal(assessed.get(random.nextInt(assessed.size())));
            int until = from + random.nextInt(MAX_PERIODS);
            yaml.append("  - dimension: ").append(exemption.dimension()).append('\n');
            yaml.append("    metric: ").append(exemption.metric()).append('\n');
            if (!exemption.level().isEmpty()) {
                yaml.append("    level: ").append(exemption.level()).append('\n');
            }
            yaml.append("    reason: ").append(exemption.reason()).append('\n');
            yaml.append("    justification: ").append(Words.yamlText(exemption.justification())).append('\n');
            yaml.append("    approved-by: ").append(Words.person(random)).append('\n');
            yaml.append("    from: ").append(time.name(from)).append('\n');
            yaml.append("    until: ").append(time.name(until)).append('\n');
        }
        return yaml.toString();
    }

    /** Whether the model checks the metric in the dimension, at the level when one is named. */
    private static boolean fits(MaturityModel model, Exemption exemption) {
        return model.dimension(exemption.dimension()).stream().flatMap(dimension -> dimension.levels().stream())
                .filter(level -> exemption.level().isEmpty() || level.levelId().equals(exemption.level()))
                .flatMap(level -> level.checks().stream())
                .anyMatch(check -> check.metric().id().equals(exemption.metric()));
    }

    private static List<Exemption> everyCheckedMetric(MaturityModel model) {
        List<Exemption> exemptions = new ArrayList<>();
        for (Dimension dimension : model.dimensions()) {
            Set<String> metrics = new LinkedHashSet<>();
            for (DimensionLevel level : dimension.levels()) {
                level.checks().stream().map(Check::metric).forEach(metric -> metrics.add(metric.id()));
            }
            metrics.forEach(metric -> exemptions.add(new Exemption(dimension.id(), metric, "", "in-progress",
                    "The team is working on it this quarter.")));
        }
        return exemptions;
    }
}
