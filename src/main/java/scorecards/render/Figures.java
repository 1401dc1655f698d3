package scorecards.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import scorecards.export.Numbers;

/**
 * How figures read on the pages: the same rounding as the export, fixed English formatting
 * whatever the machine's locale, and "no data" for a missing value, never zero.
 */
public final class Figures {

    public static final String NO_DATA = "no data";
    /** What a page shows for a survey figure withheld for anonymity: never a number, never "no data". */
    public static final String WITHHELD = "withheld";

    /** DecimalFormat is not thread-safe and costly to make; pages are rendered on every core. */
    private static final ThreadLocal<DecimalFormat> GROUPED = ThreadLocal.withInitial(
            () -> new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH)));

    private Figures() {
    }

    /** 0.755 → "75.5%". */
    public static String percent(Double share) {
        if (share == null) {
            return NO_DATA;
        }
        return plain(BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP)) + "%";
    }

    /** A change of a share in percentage points: "+12.5 pts", "−3 pts", "±0 pts". */
    public static String pointsChange(Double now, Double before) {
        if (now == null || before == null) {
            return "";
        }
        return signed(BigDecimal.valueOf((now - before) * 100).setScale(1, RoundingMode.HALF_UP)) + " pts";
    }

    /** A change of a figure: "+0.3", "−2". */
    public static String change(Double now, Double before) {
        if (now == null || before == null) {
            return "";
        }
        return signed(Numbers.figure(now - before));
    }

    /** A change of a score, between the scores as shown (one decimal): "+13.7". */
    public static String scoreChange(double now, double before) {
        return signed(Numbers.score(now).subtract(Numbers.score(before)));
    }

    public static String figure(Double value) {
        return value == null ? NO_DATA : grouped(Numbers.figure(value));
    }

    public static String score(double value) {
        return Numbers.score(value).toPlainString();
    }

    public static String count(Integer value) {
        return value == null ? NO_DATA : grouped(BigDecimal.valueOf(value));
    }

    public static String money(Double value, String currency) {
        return value == null ? NO_DATA : grouped(Numbers.figure(value)) + " " + currency;
    }

    private static String signed(BigDecimal value) {
        int sign = value.signum();
        String magnitude = plain(value.abs());
        return sign > 0 ? "+" + magnitude : sign < 0 ? "\u2212" + magnitude : "\u00b10";
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static String grouped(BigDecimal value) {
        return GROUPED.get().format(value);
    }
}
