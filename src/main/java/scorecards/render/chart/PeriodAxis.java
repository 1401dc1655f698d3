package scorecards.render.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scorecards.model.Period;

/**
 * The period axis of a chart, legible from one period to hundreds at any width. A chart's width
 * is only known in the browser, so the axis is laid out once for each of a few width tiers, each
 * at its narrowest, and the page's style sheet shows the tier that fits its container
 * ({@code @container} rules in {@code css/charts.css}): a label that fits the narrowest width of
 * a tier fits every wider one, since positions spread with the width and labels keep their size.
 *
 * <p>Where every period written in full ("2025-Q3") fits the narrowest tier, that is the axis at
 * every width. Otherwise each tier takes the first of these that fits: the part within the year
 * ("Q3", "Sep"), for every period or thinned to every second, third or sixth, with the years on a
 * second row, each centred under its periods; the years alone, every one, second, fifth or tenth. Labels never overlap each other and never leave the plot:
 * one that would stick out at an edge is aligned with that edge instead. Periods that are not
 * written as periods fall back to every k-th label in full.
 */
final class PeriodAxis {

    /** The plot widths (px) at which each tier starts; tier 0 is laid out for a plot of {@code TIERS[0]} px. */
    static final int[] TIERS = {240, 420, 640, 880};
    /** Font size of the axis labels (px), as {@code css/charts.css} sets it. */
    static final double FONT = 12;
    /** Space kept free between two labels (px). */
    static final double GAP = 6;
    /** Baselines below the plot's bottom edge of the first and second label rows (px). */
    static final int ROW_1 = 16;
    static final int ROW_2 = 32;

    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec");
    /** The short names of the months, January first, and the label of a quarter ({0} its number). */
    private final List<String> months;
    private final String quarter;

    private final List<String> labels;
    /** The periods, or null when a label is not a period or the cadences differ. */
    private final List<Period> periods;
    private final List<Tier> tiers = new ArrayList<>();
    /** The estimated width of each text laid out, measured once. */
    private final Map<String, Double> widths = new java.util.HashMap<>();

    PeriodAxis(List<String> labels) {
        this(labels, MONTHS, "Q{0}");
    }

    /** @param months the short names of the months, January first; @param quarter a quarter's label, {0} its number */
    PeriodAxis(List<String> labels, List<String> months, String quarter) {
        this.months = months;
        this.quarter = quarter;
        this.labels = labels;
        this.periods = parse(labels);
        if (!labels.isEmpty()) {
            // Every period in full where that fits the narrowest chart; otherwise the same kind of
            // axis at every width, thinned to each, so that a chart reads alike on every screen.
            List<Label> full = place(full(), TIERS[0]);
            for (int width : TIERS) {
                tiers.add(new Tier(full != null ? full : layout(width), width / (double) labels.size() >= 4));
            }
        }
    }

    /** The number of periods. */
    int size() {
        return labels.size();
    }

    /** The centre of period {@code index} as a share of the plot's width. */
    double centre(int index) {
        return (index + 0.5) / labels.size();
    }

    /** A text placed on the axis: its x as a share of the plot, its anchor, its row (1 or 2). */
    record Label(double x, String anchor, int row, String text) {

        // Written out: the charts of a large site compare thousands of labels.
        @Override
        public boolean equals(Object other) {
            return other instanceof Label label && label.x == x && label.row == row && label.anchor.equals(anchor)
                    && label.text.equals(text);
        }

        @Override
        public int hashCode() {
            return (Double.hashCode(x) * 31 + row) * 31 + text.hashCode();
        }
    }

    /** What one tier shows: its labels, and whether the short ticks of every period are drawn. */
    record Tier(List<Label> labels, boolean minorTicks) {

        int rows() {
            return labels.stream().mapToInt(Label::row).max().orElse(1);
        }
    }

    /** The layout of every tier, narrowest first; none without periods. */
    List<Tier> tiers() {
        return tiers;
    }

    /** The indices of the first period of each year after the first one: the long ticks. */
    List<Integer> yearStarts() {
        List<Integer> starts = new ArrayList<>();
        if (periods != null) {
            for (int i = 1; i < periods.size(); i++) {
                if (periods.get(i).year() != periods.get(i - 1).year()) {
                    starts.add(i);
                }
            }
        }
        return starts;
    }

    private List<Candidate> full() {
        List<Candidate> full = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            full.add(new Candidate(centre(i), 1, labels.get(i), true));
        }
        return full;
    }

    private List<Label> layout(double width) {
        int n = labels.size();
        List<Label> placed;
        if (periods != null) {
            int perYear = periods.get(0).cadence().periodsPerYear();
            for (int stride : perYear == 12 ? new int[] {1, 2, 3, 6} : new int[] {1, 2}) {
                List<Candidate> split = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    Period period = periods.get(i);
                    if ((period.index() - 1) % stride == 0) {
                        split.add(new Candidate(centre(i), 1, withinYear(period), true));
                    }
                }
                List<Label> row1 = place(split, width);
                List<Label> row2 = row1 == null ? null : place(years(1, 2), width);
                if (row2 != null) {
                    row1.addAll(row2);
                    return row1;
                }
            }
            for (int every : new int[] {1, 2, 5, 10, 20, 50, 100}) {
                List<Candidate> years = years(every, 1);
                List<Label> placedYears = years.isEmpty() ? null : place(years, width);
                if (placedYears != null && !placedYears.isEmpty()) {
                    return placedYears;
                }
            }
        }
        for (int stride = 1; stride < n; stride++) {
            List<Candidate> thinned = new ArrayList<>();
            for (int i = 0; i < n; i += stride) {
                thinned.add(new Candidate(centre(i), 1, labels.get(i), true));
            }
            placed = place(thinned, width);
            if (placed != null) {
                return placed;
            }
        }
        // Not even one label in full fits: as many as fit, which may be none.
        List<Candidate> optional = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            optional.add(new Candidate(centre(i), 1, labels.get(i), false));
        }
        return place(optional, width);
    }

    /**
     * One label per year whose number is a multiple of {@code every}, centred under the periods of
     * that year; a year the chart shows only part of may be left out where it has no room.
     */
    private List<Candidate> years(int every, int row) {
        Map<Integer, int[]> spans = new LinkedHashMap<>();
        for (int i = 0; i < periods.size(); i++) {
            int index = i;
            spans.computeIfAbsent(periods.get(i).year(), year -> new int[] {index, index})[1] = i;
        }
        int perYear = periods.get(0).cadence().periodsPerYear();
        List<Candidate> years = new ArrayList<>();
        spans.forEach((year, span) -> {
            if (year % every == 0) {
                boolean whole = span[1] - span[0] + 1 >= perYear;
                years.add(new Candidate((span[0] + span[1] + 1) / 2.0 / periods.size(), row,
                        Integer.toString(year), whole));
            }
        });
        return years;
    }

    private record Candidate(double centre, int row, String text, boolean required) {
    }

    /**
     * Places the candidates on a plot {@code width} px wide: the required ones all, or null when
     * two of them would overlap or one cannot fit; then each optional one that overlaps nothing.
     */
    private List<Label> place(List<Candidate> candidates, double width) {
        List<double[]> taken = new ArrayList<>();
        List<Label> placed = new ArrayList<>();
        for (boolean required : new boolean[] {true, false}) {
            for (Candidate candidate : candidates) {
                if (candidate.required() != required) {
                    continue;
                }
                double textWidth = widths.computeIfAbsent(candidate.text(), PeriodAxis::width);
                if (textWidth > width) {
                    if (required) {
                        return null;
                    }
                    continue;
                }
                double left = candidate.centre() * width - textWidth / 2;
                Label label = new Label(candidate.centre(), "middle", candidate.row(), candidate.text());
                if (left < 0) {
                    left = 0;
                    label = new Label(0, "start", candidate.row(), candidate.text());
                } else if (left + textWidth > width) {
                    left = width - textWidth;
                    label = new Label(1, "end", candidate.row(), candidate.text());
                }
                if (!free(taken, left, left + textWidth, candidate.row(), required)) {
                    if (required) {
                        return null;
                    }
                    continue;
                }
                taken.add(new double[] {left, left + textWidth, candidate.row()});
                placed.add(label);
            }
        }
        return placed;
    }

    /**
     * Whether a label from {@code left} to {@code right} on {@code row} keeps its distance from
     * every label taken. Required labels come left to right, so the last one of the row is the
     * only one a required label can reach; an optional one is checked against all.
     */
    private static boolean free(List<double[]> taken, double left, double right, int row, boolean required) {
        for (int i = taken.size() - 1; i >= 0; i--) {
            double[] other = taken.get(i);
            if (other[2] != row) {
                continue;
            }
            if (left < other[1] + GAP && other[0] < right + GAP) {
                return false;
            }
            if (required) {
                return true;
            }
        }
        return true;
    }

    /**
     * A generous estimate of the width (px) of {@code text} in the axis font: the advances of
     * DejaVu Sans, among the widest sans-serif faces, plus a tenth.
     */
    static double width(String text) {
        double em = 0;
        for (char c : text.toCharArray()) {
            if (Character.isDigit(c)) {
                em += 0.64;
            } else if (c == '-' || c == '.' || c == ' ') {
                em += 0.37;
            } else if (c == 'M' || c == 'W' || c == 'm' || c == 'w') {
                em += 1.0;
            } else if (Character.isUpperCase(c)) {
                em += 0.86;
            } else if (Character.isLowerCase(c)) {
                em += 0.64;
            } else {
                em += 1.0;
            }
        }
        return em * FONT * 1.1;
    }

    /** "2025-Q3" or "2025-09" read without a pattern: a chart of a team reads a dozen per page. */
    private static Optional<Period> quick(String label) {
        if (label.length() != 7 || label.charAt(4) != '-') {
            return Optional.empty();
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(label.charAt(i))) {
                return Optional.empty();
            }
        }
        int year = Integer.parseInt(label, 0, 4, 10);
        char first = label.charAt(5);
        char second = label.charAt(6);
        if (first == 'Q' && second >= '1' && second <= '4') {
            return Optional.of(new Period(scorecards.model.Cadence.QUARTERLY, year, second - '0'));
        }
        if (Character.isDigit(first) && Character.isDigit(second)) {
            int month = (first - '0') * 10 + second - '0';
            return month >= 1 && month <= 12 ? Optional.of(new Period(scorecards.model.Cadence.MONTHLY, year, month))
                    : Optional.empty();
        }
        return Optional.empty();
    }

    private String withinYear(Period period) {
        return period.cadence().periodsPerYear() == 12 ? months.get(period.index() - 1)
                : quarter.replace("{0}", String.valueOf(period.index()));
    }

    private static List<Period> parse(List<String> labels) {
        List<Period> periods = new ArrayList<>();
        for (String label : labels) {
            Optional<Period> period = quick(label).or(() -> Period.parse(label));
            if (period.isEmpty() || (!periods.isEmpty() && period.get().cadence() != periods.get(0).cadence())) {
                return null;
            }
            periods.add(period.get());
        }
        return periods.isEmpty() ? null : periods;
    }
}
