package scorecards.render;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Set;

/**
 * How numbers are written in the site's language, the one place that knows: the decimal separator,
 * the grouping of thousands and the place of the percent sign come from the language's locale
 * (Java's CLDR data), whatever the machine's own locale.
 * <ul>
 * <li>English (the default) writes as the site always has: {@code 1,234.5}, {@code 92.3%}.</li>
 * <li>A language whose locale puts a space before the percent sign gets a no-break space (U+00A0),
 * so that the sign never wraps away from its number: Spanish {@code 92,3 %}.</li>
 * <li>Spanish, like CLDR, groups thousands only from five digits: {@code 1234}, but {@code 12.345}.
 * Every other language groups from four, as Java's formats do.</li>
 * <li>A number a template writes itself ({@code ${count}}) is never grouped, in any language; only
 * its decimal separator follows the language.</li>
 * </ul>
 * Instances are immutable and safe to share between threads.
 */
public final class NumberStyle {

    public static final NumberStyle ENGLISH = of("en");

    /** The languages that, as CLDR says (minimum grouping digits 2), leave four-digit numbers ungrouped. */
    private static final Set<String> GROUP_FROM_FIVE_DIGITS = Set.of("es");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final String language;
    private final Locale locale;
    private final DecimalFormatSymbols symbols;
    private final String percentBefore;
    private final String percentAfter;

    private NumberStyle(String language) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        this.symbols = DecimalFormatSymbols.getInstance(locale);
        // Where the locale puts the sign: what its percent format writes around a number, spaces made no-break.
        String written = NumberFormat.getPercentInstance(locale).format(0.5);
        String digits = NumberFormat.getIntegerInstance(locale).format(50);
        int at = written.indexOf(digits);
        String before = at < 0 ? "" : written.substring(0, at);
        String after = at < 0 ? "%" : written.substring(at + digits.length());
        this.percentBefore = noBreak(before);
        this.percentAfter = noBreak(after);
    }

    /** The style of a language given as a lower-case code such as {@code en} or {@code es}. */
    public static NumberStyle of(String language) {
        return new NumberStyle(language);
    }

    public String language() {
        return language;
    }

    /** The locale of the language: month names in dates, Freemarker's own formatting. */
    public Locale locale() {
        return locale;
    }

    /** A number with its fraction as given, ungrouped: {@code 12.5} ({@code 12,5} in Spanish). */
    public String plain(BigDecimal value) {
        String text = value.toPlainString();
        return symbols.getDecimalSeparator() == '.' ? text : text.replace('.', symbols.getDecimalSeparator());
    }

    /** A number with at most two decimals, its thousands grouped as the language groups them. */
    public String grouped(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        if (GROUP_FROM_FIVE_DIGITS.contains(language) && value.abs().compareTo(TEN_THOUSAND) < 0) {
            format.setGroupingUsed(false);
        }
        return format.format(value);
    }

    /** A percentage already multiplied by 100 and rounded, with the sign where the language puts it. */
    public String percent(String number) {
        return percentBefore + number + percentAfter;
    }

    /**
     * The number format of Freemarker for the language's templates: English keeps Freemarker's
     * "computer" format (as the site always has); any other language writes the same digits,
     * ungrouped, with its own decimal separator.
     */
    public String templateFormat() {
        return language.equals("en") ? "computer" : "0.##########";
    }

    private static String noBreak(String text) {
        return text.replace(' ', '\u00a0');
    }
}
