package scorecards.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

/**
 * The random draws and number formats every part of the generator shares. Each is the same on
 * every machine (StrictMath, BigDecimal rounding), so that a seed gives the same files everywhere.
 */
final class Draws {

    private Draws() {
    }

    /**
     * Whether a team gives something that a typical team gives with probability {@code typical};
     * {@code omission} scales how often it is left out (below 1: a careful team).
     */
    static boolean given(SplittableRandom random, double omission, double typical) {
        return random.nextDouble() < 1 - omission * (1 - typical);
    }

    /** A standard normal number (Box-Muller with StrictMath, so that every machine draws the same). */
    static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble(); // (0, 1]: the logarithm stays finite
        double v = random.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * v);
    }

    static int[] permutation(SplittableRandom random, int size) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    /** A whole number of at least 0. */
    static String count(double value) {
        return Long.toString(Math.max(0, Math.round(value)));
    }

    /** A number with at most {@code places} decimals and no trailing zeros, the same on every machine. */
    static String decimal(double value, int places) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP);
        String text = rounded.stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }
}
