package scorecards.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import scorecards.model.Level;
import scorecards.model.MaturityModel;

/**
 * What {@code --own-metrics} adds to a model: a dimension of its own, {@value #DIMENSION}, with an
 * own metric of every type (number, count, choice, boolean) and checks on them at every level above
 * the first, and an own boolean metric in the built-in {@code devops-buddy} dimension when the model
 * has it. It also says which metrics the facts files measure, by source.
 *
 * <p>The additions go into the model's text where a person would write them, at the end of its
 * {@code dimensions} list and of its {@code metrics} list (or a new one at the end): the model's
 * own text, comments included, is kept as it is.
 */
final class OwnMetrics {

    static final String DIMENSION = "release-health";
    private static final String BUDDY_METRIC = "runbooks-current";
    /** The ids the additions take, beside {@link #BUDDY_METRIC}: a model that has one already is refused. */
    private static final List<String> IDS = List.of(DIMENSION, "releases-per-week", "rolled-back-releases",
            "release-process", "trunk-based");
    private static final List<String> PROCESS = List.of("manual", "scripted", "pipeline", "continuous");

    /** The facts files and the metrics each measures, for every team and period it assessed: five values. */
    static final Map<String, List<String>> MEASURED = measured();

    private OwnMetrics() {
    }

    /** Whether {@code id} is a dimension or metric the additions bring. */
    static boolean adds(String id) {
        return id.equals(BUDDY_METRIC) || IDS.contains(id);
    }

    private static Map<String, List<String>> measured() {
        Map<String, List<String>> measured = new LinkedHashMap<>();
        measured.put("ci-stats", List.of("releases-per-week", "rolled-back-releases", "trunk-based"));
        measured.put("incident-tracker", List.of("incidents", "open-bugs"));
        return measured;
    }

    /**
     * The model's text with the own dimension and metrics added.
     *
     * @throws SyntheticOrganisation.RefusedException when the model already has one of their ids,
     *                                                or writes a list on one line
     */
    static String addTo(String text, MaturityModel model) throws SyntheticOrganisation.RefusedException {
        boolean buddy = model.dimension("devops-buddy").isPresent();
        List<String> taken = Stream.concat(IDS.stream(), buddy ? Stream.of(BUDDY_METRIC) : Stream.empty())
                .filter(id -> model.dimension(id).isPresent() || model.metrics().find(id).isPresent()).toList();
        if (!taken.isEmpty()) {
            throw new SyntheticOrganisation.RefusedException("the model already has " + String.join(", ", taken)
                    + ", which --own-metrics adds; give another model with --model");
        }
        try {
            String withDimension = ModelText.appendToList(text, "dimensions", dimension(model.levels()));
            return ModelText.appendToList(withDimension, "metrics", metrics(buddy));
        } catch (IllegalArgumentException e) {
            throw new SyntheticOrganisation.RefusedException(e.getMessage());
        }
    }

    /** The dimension, as items of the {@code dimensions} list indented by two. */
    private static List<String> dimension(List<Level> levels) {
        List<String> lines = new ArrayList<>(List.of(
                "- id: " + DIMENSION,
                "  name: Release health",
                "  weight: 1",
                "  description: >-",
                "    How often the team releases, how many releases it rolls back, how it releases",
                "    and whether it works on one trunk; the CI system measures most of it.",
                "  levels:"));
        int steps = levels.size() - 1;
        for (int rank = 1; rank <= steps; rank++) {
            // From a tenth of the way to all of it: thresholds rise (or fall) with the level.
            double share = (double) rank / steps;
            lines.add("    " + levels.get(rank).id() + ":");
            lines.add("      checks:");
            lines.add("        - metric: releases-per-week");
            lines.add("          min: " + Draws.decimal(10 * share * share, 1));
            if (rank == 1) {
                lines.add("          advice: Start from the shared [pipeline template](https://docs.example.com/pipelines);"
                        + " every merge can be a release.");
            }
            lines.add("        - metric: rolled-back-releases");
            lines.add("          max: " + Math.round(6 * (1 - share)));
            lines.add("        - metric: release-process");
            lines.add("          min: " + PROCESS.get((int) Math.round(share * (PROCESS.size() - 1))));
            if (rank == (steps + 1) / 2) {
                lines.add("        - metric: trunk-based");
                lines.add("          equals: true");
            }
        }
        return lines;
    }

    /** The metrics, as items of the {@code metrics} list indented by two. */
    private static List<String> metrics(boolean buddy) {
        List<String> lines = new ArrayList<>(List.of(
                "- id: releases-per-week",
                "  dimension: " + DIMENSION,
                "  name: Releases per week",
                "  type: number",
                "  unit: per week",
                "  min: 0",
                "  max: 200",
                "  rollup: median",
                "  headline: true",
                "  agree-within: 0.5",
                "- id: rolled-back-releases",
                "  dimension: " + DIMENSION,
                "  name: Rolled-back releases",
                "  type: count",
                "  better: lower",
                "- id: release-process",
                "  dimension: " + DIMENSION,
                "  name: Release process",
                "  type: choice",
                "  choices: [" + String.join(", ", PROCESS) + "]",
                "- id: trunk-based",
                "  dimension: " + DIMENSION,
                "  name: Trunk-based development",
                "  type: boolean"));
        if (buddy) {
            lines.addAll(List.of(
                    "- id: " + BUDDY_METRIC,
                    "  dimension: devops-buddy",
                    "  name: Runbooks up to date",
                    "  type: boolean",
                    "  description: The buddy keeps a runbook for every alert of the team's services."));
        }
        return lines;
    }
}
