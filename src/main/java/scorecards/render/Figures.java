package scorecards.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import scorecards.export.Numbers;

/**
 * How figures read on the pages: the same rounding as the export, written in the site's language
 * (see {@link NumberStyle}) whatever the machine's locale, and the language's "no data" for a
 * missing value, never zero. {@link #ENGLISH} is the command line's, whose reports speak English.
 */
public final class Figures {

    public static final Figures ENGLISH = new Figures(NumberStyle.ENGLISH, "no data", "withheld", "{0} pts");

    private final NumberStyle style;
    private final String noData;
    private final String withheld;
    private final String points;

    /**
     * @param noData   what a page shows for a missing figure
     * @param withheld what a page shows for a survey figure withheld for anonymity: never a number, never "no data"
     * @param points   a change in percentage points, {0} standing for the signed number
     */
    public Figures(NumberStyle style, String noData, String withheld, String points) {
        this.style = style;
        this.noData = noData;
        this.withheld = withheld;
        this.points = points;
    }

    /** The figures of a site in the language of its texts. */
    public static Figures of(Messages messages) {
        return new Figures(messages.numbers(), messages.text("value.no-data"), messages.text("value.withheld"),
                messages.pattern("figure.points"));
    }

    public NumberStyle style() {
        return style;
    }

    /** What a page shows for a missing figure. */
    public String noData() {
        return noData;
    }

    /** What a page shows for a figure withheld for anonymity. */
    public String withheld() {
        return withheld;
    }

    /** 0.755 → "75.5%". */
    public String percent(Double share) {
        if (share == null) {
            return noData;
        }
        return style.percent(plain(BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP)));
    }

    /** A change of a share in percentage points: "+12.5 pts", "−3 pts", "±0 pts". */
    public String pointsChange(Double now, Double before) {
        if (now == null || before == null) {
            return "";
        }
        return points.replace("{0}", signed(BigDecimal.valueOf((now - before) * 100).setScale(1, RoundingMode.HALF_UP)));
    }

    /** A change of a figure: "+0.3", "−2". */
    public String change(Double now, Double before) {
        if (now == null || before == null) {
            return "";
        }
        return signed(Numbers.figure(now - before));
    }

    /** A change of a score, between the scores as shown (one decimal): "+13.7". */
    public String scoreChange(double now, double before) {
        return signed(Numbers.score(now).subtract(Numbers.score(before)));
    }

    public String figure(Double value) {
        return value == null ? noData : style.grouped(Numbers.figure(value));
    }

    /** A score or a progress, one decimal always written: "75.0". */
    public String score(double value) {
        return style.plain(Numbers.score(value));
    }

    public String count(Integer value) {
        return value == null ? noData : style.grouped(BigDecimal.valueOf(value));
    }

    public String money(Double value, String currency) {
        return value == null ? noData : style.grouped(Numbers.figure(value)) + " " + currency;
    }

    private String signed(BigDecimal value) {
        int sign = value.signum();
        String magnitude = plain(value.abs());
        return sign > 0 ? "+" + magnitude : sign < 0 ? "\u2212" + magnitude : "\u00b10";
    }

    private String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return style.plain(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }
}
