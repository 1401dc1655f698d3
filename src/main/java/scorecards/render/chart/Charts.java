package scorecards.render.chart;

import java.math.BigDecimal;
import java.text.DateFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scorecards.render.Messages;

/**
 * Inline SVG charts drawn at build time: no script, no network. Each has a title for screen
 * readers, naming the periods it covers; the page shows the same figures in a table beside it.
 *
 * <p>A chart takes the width of its container: horizontal positions are shares of the plot's
 * width and text keeps its size, so a chart is as legible on a phone as on a desktop. The period
 * axis thins its labels to what fits ({@link PeriodAxis}); the figures of the value axis sit in
 * the container's left padding; the legend is HTML below the chart, so that it wraps.
 */
public final class Charts {

    /** Height of the plot (px), from the top grid line to the zero line. */
    private static final int PLOT = 200;
    /** Room above the plot for the top figure of the value axis (px). */
    private static final int TOP = 12;
    private static final int BOTTOM = TOP + PLOT;
    /** Width of the layer that scales horizontally with the chart, in its own units. */
    private static final int LAYER = 1000;
    /** A bar is never wider than it would be among this many periods. */
    private static final int MIN_SLOTS = 8;
    private static final String[] LINE_COLOURS = {Palette.LINE, Palette.MANDATED, "#009E73", "#CC79A7"};
    private static final String[] DASHES = {"", "6 4", "2 3", "8 3 2 3"};

    private Charts() {
    }

    /** One stacked bar per period: how many teams stand at each level. */
    public static String stackedBars(Messages texts, String id, String title, List<String> periods,
            List<String> levelNames, List<List<Integer>> countsPerPeriod) {
        return stackedBars(texts, id, title, periods, levelNames, countsPerPeriod, "lvl-");
    }

    /**
     * One stacked bar per period: how many teams give each of {@code names} (levels, or a choice
     * metric's choices, lowest first), coloured light to dark. The legend's keys take the classes
     * {@code keyClass + position}, whose colours the build writes to levels.css.
     */
    public static String stackedBars(Messages texts, String id, String title, List<String> periods,
            List<String> levelNames, List<List<Integer>> countsPerPeriod, String keyClass) {
        int max = countsPerPeriod.stream().mapToInt(c -> c.stream().mapToInt(Integer::intValue).sum()).max().orElse(0);
        double top = niceMax(max);
        PeriodAxis axis = axis(texts, periods);
        Svg svg = open(texts, id, title, periods, axis);
        grid(texts, svg, 0, top, false);
        double barWidth = 0.7 / Math.max(MIN_SLOTS, periods.size());
        List<String> colours = Palette.levels(levelNames.size());
        // The parts of one level, a colour, are a group that holds their colour: level by level,
        // each part on top of the parts of the lower levels of its period.
        double[] tops = new double[periods.size()];
        java.util.Arrays.fill(tops, BOTTOM);
        for (int l = 0; l < levelNames.size(); l++) {
            StringBuilder parts = new StringBuilder();
            for (int p = 0; p < periods.size(); p++) {
                int count = countsPerPeriod.get(p).get(l);
                if (count == 0) {
                    continue;
                }
                double height = PLOT * count / top;
                tops[p] -= height;
                parts.append("<rect x=\"").append(percent(axis.centre(p) - barWidth / 2)).append("\" y=\"")
                        .append(Svg.coordinate(tops[p])).append("\" width=\"").append(percent(barWidth)).append("\" height=\"")
                        .append(Svg.coordinate(height)).append("\"><title>")
                        .append(Svg.escape(texts.text("chart.count-at", periods.get(p), count, levelNames.get(l)))).append("</title></rect>");
            }
            if (parts.length() > 0) {
                svg.raw("<g fill=\"" + Svg.escape(colours.get(l)) + "\">" + parts + "</g>");
            }
        }
        periodAxis(svg, axis);
        StringBuilder legend = new StringBuilder();
        for (int l = 0; l < levelNames.size(); l++) {
            legend.append(legendItem("key " + keyClass + l, levelNames.get(l)));
        }
        return box(svg, legend);
    }

    /** Lines over the periods; a null value leaves a gap ("no data" is never drawn as zero). */
    public static String lines(Messages texts, String id, String title, List<String> periods,
            List<String> seriesNames, List<List<Double>> values, double maxValue, String unit) {
        return lines(texts, id, title, periods, seriesNames, values, 0, maxValue, unit);
    }

    /**
     * Lines over the periods on a value axis from {@code minValue} (0, or below it for figures that
     * can be negative) to {@code maxValue}; {@code unit} follows each value in the points' titles.
     */
    public static String lines(Messages texts, String id, String title, List<String> periods,
            List<String> seriesNames, List<List<Double>> values, double minValue, double maxValue, String unit) {
        PeriodAxis axis = axis(texts, periods);
        Svg svg = open(texts, id, title, periods, axis);
        grid(texts, svg, minValue, maxValue, "%".equals(unit));
        // The lines are drawn in a layer stretched to the chart's width, with strokes that keep their size.
        svg.raw(layer());
        for (int s = 0; s < seriesNames.size(); s++) {
            StringBuilder path = new StringBuilder();
            boolean drawing = false;
            for (int p = 0; p < periods.size(); p++) {
                Double value = values.get(s).get(p);
                if (value == null) {
                    drawing = false;
                    continue;
                }
                path.append(drawing ? " L" : (path.length() == 0 ? "M" : " M")).append(Svg.coordinate(LAYER * axis.centre(p)))
                        .append(' ').append(Svg.coordinate(y(value, minValue, maxValue)));
                drawing = true;
            }
            String dash = DASHES[s % DASHES.length];
            svg.raw("<path class=\"series\" fill=\"none\" stroke=\"" + LINE_COLOURS[s % LINE_COLOURS.length]
                    + "\" stroke-width=\"2.5\" vector-effect=\"non-scaling-stroke\""
                    + (dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"") + " d=\"" + path + "\"/>");
        }
        // The period axis's ticks share the lines' layer.
        ticks(svg, axis);
        svg.raw("</svg>");
        int radius = periods.size() <= 24 ? 4 : periods.size() <= 60 ? 3 : 2;
        for (int s = 0; s < seriesNames.size(); s++) {
            // A series' points share their colour through their group.
            svg.raw("<g fill=\"" + LINE_COLOURS[s % LINE_COLOURS.length] + "\">");
            for (int p = 0; p < periods.size(); p++) {
                Double value = values.get(s).get(p);
                if (value != null) {
                    svg.raw("<circle cx=\"" + percent(axis.centre(p)) + "\" cy=\"" + Svg.coordinate(y(value, minValue, maxValue))
                            + "\" r=\"" + radius + "\"><title>"
                            + Svg.escape(texts.text("chart.value", seriesNames.get(s), periods.get(p),
                                    valueText(texts, value, unit)))
                            + "</title></circle>");
                }
            }
            svg.raw("</g>");
        }
        labels(svg, axis);
        StringBuilder legend = new StringBuilder();
        if (seriesNames.size() > 1) {
            for (int s = 0; s < seriesNames.size(); s++) {
                legend.append(legendItem("key key-line-" + (s % LINE_COLOURS.length), seriesNames.get(s)));
            }
        }
        return box(svg, legend);
    }

    /**
     * Side-by-side bars per period, one per series (e.g. voluntary and mandated adoption): never
     * stacked, since the series must not add up to one figure. The second series is hatched.
     */
    public static String groupedBars(Messages texts, String id, String title, List<String> periods,
            List<String> seriesNames, List<List<Double>> values, double maxValue, String unit) {
        PeriodAxis axis = axis(texts, periods);
        Svg svg = open(texts, id, title, periods, axis);
        String hatch = id + "-hatch";
        svg.raw("<defs><pattern id=\"" + Svg.escape(hatch) + "\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
                + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"" + Palette.MANDATED
                + "\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#000\" stroke-width=\"2\"/></pattern></defs>");
        grid(texts, svg, 0, maxValue, "%".equals(unit));
        int series = seriesNames.size();
        double barWidth = 0.8 / Math.max(MIN_SLOTS, periods.size()) / series;
        List<String> fills = List.of(Palette.VOLUNTARY, "url(#" + hatch + ")");
        boolean gaps = false;
        for (int p = 0; p < periods.size(); p++) {
            double start = axis.centre(p) - barWidth * series / 2;
            for (int s = 0; s < series; s++) {
                Double value = values.get(s).get(p);
                String label = texts.text("chart.value", seriesNames.get(s), periods.get(p),
                        value == null ? texts.text("value.no-data") : valueText(texts, value, unit));
                if (value == null) {
                    // A ring on the zero line, never a bar of zero: no data is not nothing.
                    svg.raw("<circle class=\"no-data\" cx=\"" + percent(start + barWidth * s + barWidth / 2) + "\" cy=\""
                            + (BOTTOM - 4) + "\" r=\"3\"><title>" + Svg.escape(label) + "</title></circle>");
                    gaps = true;
                    continue;
                }
                double height = PLOT * value / maxValue;
                svg.rect(percent(start + barWidth * s), Svg.coordinate(BOTTOM - height), percent(barWidth),
                        Svg.coordinate(height),
                        fills.get(s % fills.size()), label);
            }
        }
        periodAxis(svg, axis);
        StringBuilder legend = new StringBuilder();
        for (int s = 0; s < series; s++) {
            legend.append(legendItem("key key-fill-" + (s % fills.size()), seriesNames.get(s)));
        }
        if (gaps) {
            legend.append(legendItem("key key-no-data", texts.text("value.no-data")));
        }
        return box(svg, legend);
    }

    /** The chart's frame: full width, fixed height, its title naming the periods it covers. */
    private static Svg open(Messages texts, String id, String title, List<String> periods, PeriodAxis axis) {
        int rows = axis.tiers().stream().mapToInt(PeriodAxis.Tier::rows).max().orElse(1);
        int height = BOTTOM + (rows == 2 ? PeriodAxis.ROW_2 : PeriodAxis.ROW_1) + 6;
        String covered = periods.isEmpty() ? title : periods.size() == 1
                ? texts.text("chart.title.period", title, periods.get(0))
                : texts.text("chart.title.periods", title, periods.get(0), periods.get(periods.size() - 1));
        return new Svg().open(id, height, covered);
    }

    /** The axis of the periods, its months and quarters named in the language of {@code texts}. */
    private static PeriodAxis axis(Messages texts, List<String> periods) {
        return new PeriodAxis(periods, List.of(DateFormatSymbols.getInstance(texts.numbers().locale()).getShortMonths())
                .subList(0, 12), texts.pattern("chart.quarter"));
    }

    /** A point's value in its title: the number in the language's style, then its unit ("%" as the language puts it). */
    private static String valueText(Messages texts, double value, String unit) {
        String number = texts.numbers().plain(new BigDecimal(Svg.n(value)));
        return "%".equals(unit) ? texts.numbers().percent(number) : number + unit;
    }

    private static String box(Svg svg, StringBuilder legend) {
        return "<div class=\"chart-box\">" + svg.close()
                + (legend.length() == 0 ? "" : "<ul class=\"chart-legend\">" + legend + "</ul>") + "</div>";
    }

    private static String legendItem(String keyClass, String name) {
        return "<li><span class=\"" + keyClass + "\"></span>" + Svg.escape(name) + "</li>";
    }

    /** The horizontal grid and the figures of the value axis, in the container's left padding. */
    private static void grid(Messages texts, Svg svg, double min, double max, boolean percent) {
        // The lines share their style, and the figures theirs and their anchor, through their groups.
        StringBuilder lines = new StringBuilder("<g class=\"grid\">");
        StringBuilder figures = new StringBuilder("<g class=\"axis-label\" text-anchor=\"end\">");
        for (int i = 0; i <= 4; i++) {
            double value = min == 0 ? max * i / 4 : min + (max - min) * i / 4;
            double y = TOP + PLOT * (1 - i / 4.0);
            lines.append("<line x1=\"0\" y1=\"").append(Svg.coordinate(y)).append("\" x2=\"100%\" y2=\"")
                    .append(Svg.coordinate(y)).append("\"/>");
            figures.append("<text x=\"-6\" y=\"").append(Svg.coordinate(y + 4)).append("\">")
                    .append(Svg.escape(percent ? texts.numbers().percent(figure(texts, value)) : figure(texts, value))).append("</text>");
        }
        svg.raw(lines.append("</g>").toString()).raw(figures.append("</g>").toString());
    }

    /**
     * The period axis: a short tick under every period where there is room for it, a long one
     * where a year starts, and the labels of each width tier, shown by the style sheet.
     */
    private static void periodAxis(Svg svg, PeriodAxis axis) {
        svg.raw(layer());
        ticks(svg, axis);
        svg.raw("</svg>");
        labels(svg, axis);
    }

    /** The ticks of the period axis, in an open {@link #layer}. */
    private static void ticks(Svg svg, PeriodAxis axis) {
        List<PeriodAxis.Tier> tiers = axis.tiers();
        int n = axis.size();
        java.util.Set<Integer> yearStarts = new java.util.HashSet<>(axis.yearStarts());
        StringBuilder major = new StringBuilder();
        StringBuilder minor = new StringBuilder();
        for (int p = 0; p < n; p++) {
            StringBuilder ticks = yearStarts.contains(p) ? major : minor;
            ticks.append(ticks.length() == 0 ? "" : " ").append('M').append(Svg.coordinate(LAYER * axis.centre(p))).append(' ')
                    .append(BOTTOM).append('v').append(yearStarts.contains(p) ? 7 : 4);
        }
        if (major.length() > 0) {
            svg.raw("<path class=\"tick\" d=\"" + major + "\" vector-effect=\"non-scaling-stroke\"/>");
        }
        if (minor.length() > 0) {
            int shown = 0;
            for (int t = 0; t < tiers.size(); t++) {
                shown |= tiers.get(t).minorTicks() ? 1 << t : 0;
            }
            if (shown != 0) {
                svg.raw("<path class=\"" + tierClasses("tick", shown, tiers.size()) + "\" d=\"" + minor
                        + "\" vector-effect=\"non-scaling-stroke\"/>");
            }
        }
    }

    /** The labels of the period axis in each width tier. */
    private static void labels(Svg svg, PeriodAxis axis) {
        List<PeriodAxis.Tier> tiers = axis.tiers();
        // The same label in the same place is written once, with the tiers that show it.
        Map<PeriodAxis.Label, Integer> labels = new LinkedHashMap<>();
        for (int t = 0; t < tiers.size(); t++) {
            for (PeriodAxis.Label label : tiers.get(t).labels()) {
                labels.merge(label, 1 << t, (a, b) -> a | b);
            }
        }
        List<Map.Entry<PeriodAxis.Label, Integer>> ordered = new ArrayList<>(labels.entrySet());
        ordered.sort(Map.Entry.comparingByKey(java.util.Comparator.comparingInt(PeriodAxis.Label::row)
                .thenComparingDouble(PeriodAxis.Label::x)));
        // Each row of labels is a group that holds what its labels share: class, anchor, height.
        int row = 0;
        for (Map.Entry<PeriodAxis.Label, Integer> entry : ordered) {
            PeriodAxis.Label label = entry.getKey();
            if (label.row() != row) {
                svg.raw(row == 0 ? "" : "</g>").raw("<g class=\"axis-label\" text-anchor=\"middle\" transform=\"translate(0 "
                        + (BOTTOM + (label.row() == 2 ? PeriodAxis.ROW_2 : PeriodAxis.ROW_1)) + ")\">");
                row = label.row();
            }
            String classes = tierClasses("", entry.getValue(), tiers.size()).strip();
            svg.raw("<text x=\"" + percent(label.x()) + "\""
                    + ("middle".equals(label.anchor()) ? "" : " text-anchor=\"" + label.anchor() + "\"")
                    + (classes.isEmpty() ? "" : " class=\"" + classes + "\"") + ">" + Svg.escape(label.text()) + "</text>");
        }
        svg.raw(row == 0 ? "" : "</g>");
    }

    /** The classes of an element shown in the tiers of {@code mask}: none extra when shown in all. */
    private static String tierClasses(String base, int mask, int tiers) {
        if (mask == (1 << tiers) - 1) {
            return base;
        }
        StringBuilder classes = new StringBuilder(base).append(" xt");
        for (int t = 0; t < tiers; t++) {
            if ((mask & 1 << t) != 0) {
                classes.append(" x").append(t);
            }
        }
        return classes.toString();
    }

    /** A layer as wide as the chart in {@link #LAYER} units and as tall in px, stretched sideways only. */
    private static String layer() {
        int height = BOTTOM + 8;
        return "<svg class=\"layer\" width=\"100%\" height=\"" + height + "\" viewBox=\"0 0 " + LAYER + " " + height
                + "\" preserveAspectRatio=\"none\" aria-hidden=\"true\">";
    }

    private static double y(double value, double minValue, double maxValue) {
        return minValue == 0 ? TOP + PLOT * (1 - value / maxValue)
                : TOP + PLOT * (1 - (value - minValue) / (maxValue - minValue));
    }

    private static String percent(double share) {
        return Svg.coordinate(share * 100) + "%";
    }

    /**
     * The style of the legend keys, from the same colours as the charts: a line per series of
     * {@link #lines}, in its colour and dash, and a fill per series of {@link #groupedBars}.
     */
    public static String legendStyles() {
        String[] borders = {"solid", "dashed", "dotted", "dashed"};
        StringBuilder css = new StringBuilder();
        for (int s = 0; s < LINE_COLOURS.length; s++) {
            css.append(".chart-legend .key-line-").append(s).append(" { width: 24px; height: 0; border: 0; border-top: 3px ")
                    .append(borders[s]).append(' ').append(LINE_COLOURS[s]).append("; }\n");
        }
        css.append(".chart-legend .key-fill-0 { background: ").append(Palette.VOLUNTARY).append("; }\n");
        css.append(".chart-legend .key-fill-1 { background: repeating-linear-gradient(45deg, #000000 0 1.5px, ")
                .append(Palette.MANDATED).append(" 1.5px 6px); }\n");
        return css.toString();
    }

    /**
     * The colours of the legend keys of choice distributions ({@link #stackedBars} with the key
     * class {@link #choiceKeys}), for each number of choices in {@code sizes}: the levels' ramp.
     */
    public static String choiceStyles(java.util.Collection<Integer> sizes) {
        StringBuilder css = new StringBuilder();
        for (int size : new java.util.TreeSet<>(sizes)) {
            List<String> colours = Palette.levels(size);
            for (int c = 0; c < size; c++) {
                css.append(".chart-legend .").append(choiceKeys(size)).append(c).append(" { background: ")
                        .append(colours.get(c)).append("; }\n");
            }
        }
        return css.toString();
    }

    /** The legend key class, before the choice's position, of a distribution over {@code size} choices. */
    public static String choiceKeys(int size) {
        return "choice-" + size + "-";
    }

    /** A figure of the value axis, short enough for its column: 2500, 12.5k, 1.5M. */
    static String figure(Messages texts, double value) {
        if (Math.abs(value) >= 1_000_000) {
            return texts.text("chart.millions", new BigDecimal(Svg.n(value / 1_000_000)));
        }
        if (Math.abs(value) >= 10_000) {
            return texts.text("chart.thousands", new BigDecimal(Svg.n(value / 1_000)));
        }
        return texts.numbers().plain(new BigDecimal(Svg.n(value)));
    }

    /** A round axis maximum at or above {@code max}, four steps of 1, 2 or 5 × 10^k: 13 → 20, 0 → 4. */
    public static double niceMax(double max) {
        if (max <= 4) {
            return 4;
        }
        double raw = max / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * magnitude >= raw) {
                return step * magnitude * 4;
            }
        }
        return 40 * magnitude;
    }
}
