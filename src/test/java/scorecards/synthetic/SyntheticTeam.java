package scorecards.synthetic;

import static scorecards.synthetic.Draws.clamp;
import static scorecards.synthetic.Draws.gaussian;
import static scorecards.synthetic.Draws.given;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import scorecards.model.Dimension;
import scorecards.model.Metric;

/**
 * One team of a synthetic organisation and its file. The team looks like a real one: it may have
 * joined late or stopped assessing long ago (stale), skips a period now and then, matures (most
 * teams improve from period to period), leaves sections and figures out as carelessly as it is
 * careless, uses products by mandate or by choice, and raises needs in its own wording.
 *
 * <p>Its assessments give a section for every dimension of the model and, in it, a figure for every
 * metric the catalogue has there: built-in ones as {@link BuiltInFigures} says, the model's own as
 * {@link ModelFigures} makes them from the model. Each team draws from a random stream of its own
 * (derived from the seed and its number), so that its file is the same whatever the number of teams;
 * the figures of the model's own metrics draw from a second one, so that adding them to a model
 * changes no other figure.
 */
final class SyntheticTeam {

    /** A team's file, its tribe (null when none) and what it reported in each period it assessed, oldest first. */
    record Written(String text, String tribe, List<Report> reports) {
    }

    /** One assessment: its period's index, the team's maturity then (0 to 1), and the figures its file gives. */
    record Report(int period, double maturity, Map<Metric, String> figures) {
    }

    private final Setting setting;
    private final int number;
    /** The team's stream: who it is, its time line, and the built-in figures. */
    private final SplittableRandom random;
    /** The stream of the figures of the model's own metrics. */
    private final SplittableRandom own;
    /**
     * The stream of the figures of what {@code --own-metrics} adds: apart, so that adding them leaves
     * every other figure as it was.
     */
    private final SplittableRandom added;
    private final StringBuilder header = new StringBuilder();
    private final String tribe;
    private final List<Integer> assessed = new ArrayList<>();
    private final int first;
    private final double start;
    private final double growth;
    /** How often the team leaves something out, relative to a typical team (below 1: a careful team). */
    private final double omission;
    private final BuiltInFigures.Team traits;
    /** Which products the team takes up first, and which ones its tribe mandates. */
    private final int[] preference;
    private final boolean[] mandatedByTribe;
    /** The needs this team keeps raising, by index into {@link Words#NEEDS}. */
    private final int[] needs;
    private final boolean newestFirst;
    /** The team's own lean on each boolean metric of the model's own: the maturity it turns true at moves by it. */
    private final Map<Metric, Double> lean = new LinkedHashMap<>();

    /** Draws team {@code number} (from 1): the order of the draws is part of what a seed gives. */
    SyntheticTeam(Setting setting, int number) {
        this.setting = setting;
        this.number = number;
        long seed = setting.seed();
        random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + number * 0xBF58476D1CE4E5B9L);
        own = new SplittableRandom(seed * 0x632BE59BD9B4E019L + number * 0x85EBCA77C2B2AE63L + 2);
        added = new SplittableRandom(seed * 0x632BE59BD9B4E019L + number * 0x85EBCA77C2B2AE63L + 3);
        header.append("# Synthetic scorecard, generated (seed ").append(seed).append("); edit freely.\n");
        header.append("name: ").append(Words.teamName(number - 1)).append('\n');
        int tribes = Math.max(3, (setting.teams() + 9) / 10);
        tribe = random.nextDouble() < 0.9 ? Words.tribe(random.nextInt(tribes)) : null;
        if (tribe != null) {
            header.append("tribe: ").append(tribe).append('\n');
        }
        int size = 3 + random.nextInt(12);
        boolean sizeGiven = random.nextDouble() < 0.85;
        if (sizeGiven) {
            header.append("size: ").append(size).append('\n');
        }
        if (random.nextDouble() < 0.8) {
            header.append("product-owner: ").append(Words.person(random)).append('\n');
        }
        if (random.nextDouble() < 0.7) {
            header.append("devops-buddy: ").append(Words.person(random)).append('\n');
        }

        // The time line: most teams from the start, some later; a few stopped assessing (stale).
        int periods = setting.time().periods();
        first = periods > 1 && random.nextDouble() < 0.2 ? 1 + random.nextInt(periods - 1) : 0;
        int last = periods - 1;
        int latestStale = periods - 1 - (SyntheticOrganisation.STALE_AFTER + 1);
        if (latestStale >= first && random.nextDouble() < 0.06) {
            last = first + random.nextInt(latestStale - first + 1);
        }
        for (int i = first; i <= last; i++) {
            // Now and then a period is skipped, never the first or the last.
            if (i == first || i == last || random.nextDouble() >= 0.04) {
                assessed.add(i);
            }
        }

        // Maturity: a start, and for most teams a steady improvement, the same per year in every cadence.
        start = 0.05 + 0.4 * random.nextDouble();
        double kind = random.nextDouble();
        growth = (kind < 0.85 ? 0.02 + 0.07 * random.nextDouble()
                : kind < 0.95 ? -0.01 + 0.02 * random.nextDouble() : -0.04 + 0.03 * random.nextDouble())
                * 4 / setting.time().cadence().periodsPerYear();
        // Most teams fill in nearly everything; some leave sections and figures out.
        double care = random.nextDouble();
        omission = care < 0.55 ? 0.15 : care < 0.85 ? 0.6 : 1.5;
        // The maturity at which the team names a DevOps buddy, has it trained, and finds a backup.
        double[] thresholds = {0.1 + 0.2 * random.nextDouble(), 0.35 + 0.15 * random.nextDouble(),
            0.55 + 0.2 * random.nextDouble()};
        traits = new BuiltInFigures.Team(thresholds, sizeGiven ? size : 10);
        preference = Draws.permutation(random, Words.PRODUCTS.length);
        mandatedByTribe = new boolean[Words.PRODUCTS.length];
        for (int p = 0; p < Words.PRODUCTS.length; p++) {
            mandatedByTribe[p] = random.nextDouble() < (p == 0 ? 0.5 : 0.2);
        }
        needs = teamNeeds(random);
        newestFirst = random.nextDouble() < 0.1;
        for (Metric metric : setting.model().metrics().all()) {
            if (!BuiltInFigures.FIGURES.containsKey(metric) && metric.isWritten()) {
                lean.put(metric, (streamOf(metric.id()).nextDouble() - 0.5) * 0.3);
            }
        }
    }

    /** The team's file and what it reported. */
    Written write() {
        List<String> blocks = new ArrayList<>();
        List<Report> reports = new ArrayList<>();
        for (int index : assessed) {
            double maturity = clamp(start + growth * (index - first) + 0.05 * gaussian(random), 0, 1);
            Map<Metric, String> figures = new LinkedHashMap<>();
            blocks.add(assessment(index, maturity, figures));
            reports.add(new Report(index, maturity, figures));
        }
        if (newestFirst) {
            Collections.reverse(blocks);
        }
        StringBuilder yaml = new StringBuilder(header);
        yaml.append(setting.exemptions().of(setting.seed(), number, assessed));
        yaml.append("assessments:\n");
        blocks.forEach(yaml::append);
        return new Written(yaml.toString(), tribe, reports);
    }

    /** One assessment at maturity {@code m}, as lines of the assessments list; its figures go into {@code figures}. */
    private String assessment(int index, double m, Map<Metric, String> figures) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("  - period: ").append(setting.time().period(index)).append('\n');
        for (Dimension dimension : setting.model().dimensions()) {
            StringBuilder section = section(dimension.id(), index, m, figures);
            if (section.length() > 0) {
                yaml.append("    ").append(dimension.id()).append(":\n").append(section);
            }
        }

        List<String> raised = new ArrayList<>();
        for (int need : needs) {
            if (random.nextDouble() < 0.65) {
                raised.add(Words.variant(random, Words.NEEDS[need]));
            }
        }
        if (!raised.isEmpty()) {
            yaml.append("    needs:\n");
            raised.forEach(need -> yaml.append("      - ").append(need).append('\n'));
        }

        if (random.nextDouble() < 0.15) {
            String product = Words.PRODUCTS[preference[0]][1];
            String note = Words.NOTES[random.nextInt(Words.NOTES.length)].replace("%s", product);
            yaml.append("    notes: |\n");
            note.lines().forEach(line -> yaml.append(line.isEmpty() ? "" : "      " + line).append('\n'));
        }
        return yaml.toString();
    }

    /**
     * The lines of one dimension's section, empty when the team leaves it out: the built-in figures
     * in the catalogue's order, the products used when the dimension derives metrics from them, then
     * the figures of the model's own metrics.
     */
    private StringBuilder section(String dimension, int index, double m, Map<Metric, String> figures) {
        StringBuilder section = new StringBuilder();
        Double typical = BuiltInFigures.SECTIONS.get(dimension);
        if (typical != null ? !given(random, omission, typical) : !given(streamOf(dimension), omission, BuiltInFigures.OWN_SECTION)) {
            return section;
        }
        List<Metric> metrics = setting.model().metrics().of(dimension);
        for (Metric metric : metrics) {
            BuiltInFigures.Figure figure = BuiltInFigures.FIGURES.get(metric);
            if (figure != null) {
                String value = figure.draw().value(random, m, traits);
                if (given(random, omission, figure.typical())) {
                    figure(section, metric, value, figures);
                }
            }
        }
        if (metrics.stream().anyMatch(metric -> !metric.isWritten())) {
            uses(section, index, m);
        }
        for (Metric metric : lean.keySet()) {
            if (metric.dimension().equals(dimension)) {
                SplittableRandom stream = streamOf(metric.id());
                String value = setting.figures().value(metric, stream, m, lean.get(metric));
                if (given(stream, omission, BuiltInFigures.OWN_FIGURE)) {
                    figure(section, metric, value, figures);
                }
            }
        }
        return section;
    }

    private SplittableRandom streamOf(String id) {
        return OwnMetrics.adds(id) ? added : own;
    }

    private static void figure(StringBuilder section, Metric metric, String value, Map<Metric, String> figures) {
        section.append("      ").append(metric.id()).append(": ").append(value).append('\n');
        figures.put(metric, value);
    }

    /** The products the team uses in period {@code index}: more as it matures, among those available by then. */
    private void uses(StringBuilder section, int index, double m) {
        double usesKind = random.nextDouble();
        if (usesKind < 0.03) {
            section.append("      uses: []\n");
            return;
        }
        if (usesKind >= 1 - omission * 0.08) {
            return;
        }
        List<Integer> available = new ArrayList<>();
        for (int p : preference) {
            if (setting.productSince()[p] <= index) {
                available.add(p);
            }
        }
        int count = (int) Math.round(clamp(m * available.size() + 0.7 * gaussian(random), 0, available.size()));
        if (count == 0 && !available.isEmpty() && random.nextDouble() < 0.7) {
            count = 1;
        }
        if (count == 0) {
            section.append("      uses: []\n");
            return;
        }
        section.append("      uses:\n");
        List<Integer> used = new ArrayList<>(available.subList(0, count));
        used.sort(null); // catalogue order, as people tend to list them
        for (int p : used) {
            section.append("        - product: ").append(Words.PRODUCTS[p][0]).append('\n');
            // Mature teams keep using what was once mandated because they want to.
            boolean mandated = mandatedByTribe[p] && (m < 0.6 || random.nextDouble() < 0.4);
            if (mandated) {
                section.append("          mandated: true\n");
            } else if (random.nextDouble() < 0.5) {
                section.append("          mandated: false\n");
            }
            if (random.nextDouble() < 0.55) {
                long rating = Math.round(clamp(1.9 + 2.8 * m + 0.8 * gaussian(random), 1, 5));
                section.append("          rating: ").append(rating).append('\n');
            }
        }
    }

    /** One to four needs, popular ones more often; about a third of the teams raise none. */
    private static int[] teamNeeds(SplittableRandom random) {
        if (random.nextDouble() < 0.3) {
            return new int[0];
        }
        int count = 1 + random.nextInt(4);
        List<Integer> chosen = new ArrayList<>();
        while (chosen.size() < count) {
            // Squaring a uniform number favours the first entries of the list: a few needs are everywhere.
            double u = random.nextDouble();
            int need = (int) (u * u * Words.NEEDS.length);
            if (!chosen.contains(need)) {
                chosen.add(need);
            }
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }
}
