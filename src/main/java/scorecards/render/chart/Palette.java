package scorecards.render.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Colours that stay apart for colour-blind readers and in print: an ordered light-to-dark
 * blue ramp for levels (order survives in greyscale), and two hues of the Okabe–Ito palette
 * for voluntary and mandated use, the latter also hatched.
 */
public final class Palette {

    public static final String VOLUNTARY = "#0072B2";
    public static final String MANDATED = "#E69F00";
    public static final String LINE = "#0072B2";
    /**
     * The text on the light levels: black, not the theme's softer text colour, because between
     * white and black one always reaches 4.5:1, whatever the level colour.
     */
    public static final String TEXT = "#000000";
    /** The text on the dark levels and on {@link #STALE}. */
    public static final String WHITE = "#FFFFFF";
    /** A neutral grey, apart from the blue level ramp: what is out of date. */
    public static final String STALE = "#57606A";

    private static final int[] LIGHT = {0xDE, 0xEB, 0xF7};
    private static final int[] DARK = {0x08, 0x30, 0x6B};

    private Palette() {
    }

    /** {@code count} colours from light to dark, one per level, lowest level lightest. */
    public static List<String> levels(int count) {
        List<String> colours = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double t = count == 1 ? 1 : (double) i / (count - 1);
            colours.add(String.format("#%02X%02X%02X", mix(0, t), mix(1, t), mix(2, t)));
        }
        return colours;
    }

    /**
     * Whether text on the level colour should be white for contrast. Measured, not guessed from the
     * position in the ramp: the middle of a five-level ramp has more contrast with the dark text.
     */
    public static boolean darkLevel(int index, int count) {
        double background = luminance(levels(count).get(index));
        return contrast(1.0, background) > contrast(luminance(TEXT), background);
    }

    /**
     * Black or white, whichever stands out more on {@code background} (#RRGGBB): the rule of the
     * level styles. One of the two always reaches 4.5:1, so text in it is always readable.
     */
    public static String textOn(String background) {
        double luminance = luminance(background);
        return contrast(1.0, luminance) > contrast(luminance(TEXT), luminance) ? WHITE : TEXT;
    }

    /** The WCAG contrast ratio of two colours written #RRGGBB. */
    public static double contrast(String a, String b) {
        return contrast(luminance(a), luminance(b));
    }

    /** The WCAG contrast ratio of two relative luminances. */
    static double contrast(double a, double b) {
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** The WCAG relative luminance of a colour written #RRGGBB. */
    static double luminance(String colour) {
        double sum = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int channel = 0; channel < 3; channel++) {
            double value = Integer.parseInt(colour.substring(1 + 2 * channel, 3 + 2 * channel), 16) / 255.0;
            sum += weights[channel] * (value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4));
        }
        return sum;
    }

    private static int mix(int channel, double t) {
        return (int) Math.round(LIGHT[channel] + (DARK[channel] - LIGHT[channel]) * t);
    }
}
