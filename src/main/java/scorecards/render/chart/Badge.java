package scorecards.render.chart;

import java.util.regex.Pattern;

/**
 * A small status badge in two halves, "label | value", as READMEs show them: one SVG, 20 px high,
 * as wide as its text. It names itself to screen readers ({@code role="img"} and a title), fetches
 * nothing, runs nothing, and writes every text through {@link Svg#escape}. Each half's text is black
 * or white, whichever stands out more on its background ({@link Palette#textOn}), so that it always
 * reaches 4.5:1.
 *
 * @param label            the left half's text, e.g. "scorecards"
 * @param value            the right half's text, e.g. a level's name
 * @param title            what a screen reader says, e.g. "Payments: overall level Self-service in 2025-Q4"
 * @param labelBackground  #RRGGBB
 * @param valueBackground  #RRGGBB
 */
public record Badge(String label, String value, String title, String labelBackground, String valueBackground) {

    /** The left half's background when a caller has no reason for another: a dark grey. */
    public static final String LABEL_BACKGROUND = "#444D56";
    public static final int HEIGHT = 20;

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final double PADDING = 6;
    private static final double FONT_SIZE = 11;

    public Badge {
        for (String colour : new String[] {labelBackground, valueBackground}) {
            if (colour == null || !COLOUR.matcher(colour).matches()) {
                throw new IllegalArgumentException("a badge colour is written #RRGGBB, not " + colour);
            }
        }
        if (label == null || value == null || title == null) {
            throw new IllegalArgumentException("a badge needs a label, a value and a title");
        }
    }

    /** A badge with the default label background. */
    public static Badge of(String label, String value, String title, String valueBackground) {
        return new Badge(label, value, title, LABEL_BACKGROUND, valueBackground);
    }

    public String labelText() {
        return Palette.textOn(labelBackground);
    }

    public String valueText() {
        return Palette.textOn(valueBackground);
    }

    public double labelWidth() {
        return Math.ceil(textWidth(label) + 2 * PADDING);
    }

    public double valueWidth() {
        return Math.ceil(textWidth(value) + 2 * PADDING);
    }

    public double width() {
        return labelWidth() + valueWidth();
    }

    /**
     * The badge as one SVG element, the same bytes for the same badge.
     *
     * @param id the id of its title, unique in any page that shows the badge inline
     */
    public String svg(String id) {
        double labelWidth = labelWidth();
        double valueWidth = valueWidth();
        String width = Svg.n(labelWidth + valueWidth);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + HEIGHT
                + "\" viewBox=\"0 0 " + width + " " + HEIGHT + "\" role=\"img\" aria-labelledby=\"" + Svg.escape(id)
                + "\"><title id=\"" + Svg.escape(id) + "\">" + xml(title) + "</title>"
                + "<rect width=\"" + Svg.n(labelWidth) + "\" height=\"" + HEIGHT + "\" fill=\"" + labelBackground + "\"/>"
                + "<rect x=\"" + Svg.n(labelWidth) + "\" width=\"" + Svg.n(valueWidth) + "\" height=\"" + HEIGHT
                + "\" fill=\"" + valueBackground + "\"/>"
                + "<g font-family=\"Verdana,DejaVu Sans,Geneva,sans-serif\" font-size=\"" + Svg.n(FONT_SIZE)
                + "\" text-anchor=\"middle\" aria-hidden=\"true\">"
                + text(labelWidth / 2, label, labelText())
                + text(labelWidth + valueWidth / 2, value, valueText())
                + "</g></svg>";
    }

    /**
     * Fonts differ from machine to machine, so the width is estimated from the characters and the
     * text is then stretched or squeezed to exactly that width: the badge never clips its text.
     */
    private static String text(double centre, String text, String colour) {
        return "<text x=\"" + Svg.n(centre) + "\" y=\"14\" fill=\"" + colour + "\" textLength=\""
                + Svg.n(textWidth(text)) + "\" lengthAdjust=\"spacingAndGlyphs\">" + xml(text) + "</text>";
    }

    /**
     * Text escaped for XML, with what XML 1.0 cannot hold at all (control characters, a lone
     * surrogate) shown as U+FFFD: a badge is a file of its own and must parse wherever it is used.
     */
    static String xml(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            kept.appendCodePoint(allowed ? c : 0xFFFD);
        }
        return Svg.escape(kept.toString());
    }

    /** The width of {@code text} in 11 px Verdana, estimated per character class. */
    static double textWidth(String text) {
        double width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            width += charWidth(c);
        }
        return Math.round(width * 10) / 10.0;
    }

    private static double charWidth(int c) {
        if (c >= 0x2E80) {
            return 11; // ideographs and other full-width letters
        }
        if ("iljI.,:;'|!`".indexOf(c) >= 0) {
            return 3.6;
        }
        if ("ftr()[]{}/\\\"- ".indexOf(c) >= 0) {
            return 4.8;
        }
        if ("mwMW@%".indexOf(c) >= 0) {
            return 10.6;
        }
        if (c >= 'A' && c <= 'Z') {
            return 7.6;
        }
        if (c >= 0x80) {
            return 7.6; // accented and other letters: as wide as capitals, to be safe
        }
        return 6.9;
    }
}
