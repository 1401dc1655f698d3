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

    /** Whether text on the level colour should be white for contrast. */
    public static boolean darkLevel(int index, int count) {
        return count > 1 && (double) index / (count - 1) >= 0.5;
    }

    private static int mix(int channel, double t) {
        return (int) Math.round(LIGHT[channel] + (DARK[channel] - LIGHT[channel]) * t);
    }
}
