package scorecards.render.chart;

import java.util.List;

/**
 * Inline SVG charts drawn at build time: no script, no network. Each has a title for screen
 * readers; the page shows the same figures in a table beside it.
 */
public final class Charts {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 260;
    private static final int LEFT = 44;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 36;

    private Charts() {
    }

    /** One stacked bar per period: how many teams stand at each level. */
    public static String stackedBars(String id, String title, List<String> periods, List<String> levelNames,
            List<List<Integer>> countsPerPeriod) {
        int max = countsPerPeriod.stream().mapToInt(c -> c.stream().mapToInt(Integer::intValue).sum()).max().orElse(0);
        double top = niceMax(max);
        Svg svg = new Svg().open(id, WIDTH, HEIGHT + 24 * ((levelNames.size() + 2) / 3), title);
        axis(svg, top, false);
        List<String> colours = Palette.levels(levelNames.size());
        double slot = plotWidth() / Math.max(1, periods.size());
        double barWidth = Math.min(48, slot * 0.7);
        for (int p = 0; p < periods.size(); p++) {
            double x = LEFT + slot * p + (slot - barWidth) / 2;
            double y = TOP + plotHeight();
            List<Integer> counts = countsPerPeriod.get(p);
            for (int l = 0; l < levelNames.size(); l++) {
                int count = counts.get(l);
                if (count == 0) {
                    continue;
                }
                double height = plotHeight() * count / top;
                y -= height;
                svg.rect(x, y, barWidth, height, colours.get(l),
                        periods.get(p) + ": " + count + " at " + levelNames.get(l));
            }
            svg.text(LEFT + slot * p + slot / 2, TOP + plotHeight() + 16, "middle", "axis-label", periods.get(p));
        }
        legend(svg, levelNames, colours, HEIGHT);
        return svg.close();
    }

    /** Lines over the periods; a null value leaves a gap ("no data" is never drawn as zero). */
    public static String lines(String id, String title, List<String> periods, List<String> seriesNames,
            List<List<Double>> values, double maxValue, String unit) {
        Svg svg = new Svg().open(id, WIDTH, HEIGHT + 24, title);
        axis(svg, maxValue, "%".equals(unit));
        double slot = plotWidth() / Math.max(1, periods.size());
        String[] colours = {Palette.LINE, Palette.MANDATED, "#009E73", "#CC79A7"};
        String[] dashes = {"", "6 4", "2 3", "8 3 2 3"};
        for (int s = 0; s < seriesNames.size(); s++) {
            String colour = colours[s % colours.length];
            StringBuilder path = new StringBuilder();
            boolean drawing = false;
            for (int p = 0; p < periods.size(); p++) {
                Double value = values.get(s).get(p);
                if (value == null) {
                    drawing = false;
                    continue;
                }
                double x = LEFT + slot * p + slot / 2;
                double y = TOP + plotHeight() * (1 - value / maxValue);
                path.append(drawing ? " L" : (path.length() == 0 ? "M" : " M")).append(Svg.n(x)).append(' ').append(Svg.n(y));
                drawing = true;
            }
            svg.raw("<path class=\"series\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2.5\""
                    + (dashes[s % dashes.length].isEmpty() ? "" : " stroke-dasharray=\"" + dashes[s % dashes.length] + "\"")
                    + " d=\"" + path + "\"/>");
            for (int p = 0; p < periods.size(); p++) {
                Double value = values.get(s).get(p);
                if (value != null) {
                    double x = LEFT + slot * p + slot / 2;
                    double y = TOP + plotHeight() * (1 - value / maxValue);
                    svg.raw("<circle cx=\"" + Svg.n(x) + "\" cy=\"" + Svg.n(y) + "\" r=\"4\" fill=\"" + colour
                            + "\"><title>" + Svg.escape(seriesNames.get(s) + ", " + periods.get(p) + ": "
                            + Svg.n(value) + unit) + "</title></circle>");
                }
            }
        }
        for (int p = 0; p < periods.size(); p++) {
            svg.text(LEFT + slot * p + slot / 2, TOP + plotHeight() + 16, "middle", "axis-label", periods.get(p));
        }
        if (seriesNames.size() > 1) {
            legend(svg, seriesNames, List.of(colours).subList(0, Math.min(colours.length, seriesNames.size())), HEIGHT);
        }
        return svg.close();
    }

    /**
     * Side-by-side bars per period, one per series (e.g. voluntary and mandated adoption): never
     * stacked, since the series must not add up to one figure. The second series is hatched.
     */
    public static String groupedBars(String id, String title, List<String> periods, List<String> seriesNames,
            List<List<Double>> values, double maxValue, String unit) {
        Svg svg = new Svg().open(id, WIDTH, HEIGHT + 24, title);
        String hatch = id + "-hatch";
        svg.raw("<defs><pattern id=\"" + Svg.escape(hatch) + "\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
                + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"" + Palette.MANDATED
                + "\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#000\" stroke-width=\"2\"/></pattern></defs>");
        axis(svg, maxValue, "%".equals(unit));
        double slot = plotWidth() / Math.max(1, periods.size());
        int series = seriesNames.size();
        double barWidth = Math.min(24, slot * 0.8 / series);
        List<String> fills = List.of(Palette.VOLUNTARY, "url(#" + hatch + ")");
        for (int p = 0; p < periods.size(); p++) {
            double start = LEFT + slot * p + (slot - barWidth * series) / 2;
            for (int s = 0; s < series; s++) {
                Double value = values.get(s).get(p);
                String label = seriesNames.get(s) + ", " + periods.get(p) + ": "
                        + (value == null ? "no data" : Svg.n(value) + unit);
                if (value == null) {
                    svg.text(start + barWidth * s + barWidth / 2, TOP + plotHeight() - 4, "middle", "no-data", "–");
                    continue;
                }
                double height = plotHeight() * value / maxValue;
                svg.rect(start + barWidth * s, TOP + plotHeight() - height, barWidth, height,
                        fills.get(s % fills.size()), label);
            }
            svg.text(LEFT + slot * p + slot / 2, TOP + plotHeight() + 16, "middle", "axis-label", periods.get(p));
        }
        legend(svg, seriesNames, fills.subList(0, Math.min(fills.size(), series)), HEIGHT);
        return svg.close();
    }

    private static void axis(Svg svg, double max, boolean percent) {
        for (int i = 0; i <= 4; i++) {
            double value = max * i / 4;
            double y = TOP + plotHeight() * (1 - i / 4.0);
            svg.line(LEFT, y, WIDTH - RIGHT, y, "grid");
            svg.text(LEFT - 6, y + 4, "end", "axis-label", Svg.n(value) + (percent ? "%" : ""));
        }
    }

    private static void legend(Svg svg, List<String> names, List<String> fills, int top) {
        for (int i = 0; i < names.size(); i++) {
            double x = LEFT + (i % 3) * 196;
            double y = top + 4 + (i / 3) * 24;
            svg.rect(x, y, 14, 14, fills.get(i), null);
            svg.text(x + 20, y + 12, "start", "legend", names.get(i));
        }
    }

    private static double plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    private static double plotHeight() {
        return HEIGHT - TOP - BOTTOM;
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
