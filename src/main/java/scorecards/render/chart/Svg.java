package scorecards.render.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A small writer of SVG markup: every text and attribute goes through {@link #escape}. */
final class Svg {

    private final StringBuilder out = new StringBuilder();

    /**
     * Opens a chart as wide as its container and {@code height} px tall, with no view box: its
     * contents are placed in shares of the width and in px down, so text keeps its size.
     */
    Svg open(String id, int height, String title) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"100%\" height=\"")
                .append(height).append("\" overflow=\"visible\" aria-labelledby=\"").append(escape(id))
                .append("-title\"><title id=\"").append(escape(id)).append("-title\">").append(escape(title))
                .append("</title>");
        return this;
    }

    Svg raw(String markup) {
        out.append(markup);
        return this;
    }

    /** A rectangle; its position and size are written as given (numbers, or shares ending in %). */
    Svg rect(String x, String y, String width, String height, String fill, String label) {
        out.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" fill=\"").append(escape(fill)).append("\"");
        if (label != null) {
            out.append("><title>").append(escape(label)).append("</title></rect>");
        } else {
            out.append("/>");
        }
        return this;
    }

    String close() {
        return out.append("</svg>").toString();
    }

    /** Coordinates with at most two decimals, so the output is short and stable. */
    static String n(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (rounded.scale() < 0 ? rounded.setScale(0) : rounded).toPlainString();
    }

    /**
     * A coordinate with at most two decimals, rounded half up by arithmetic: the charts write
     * hundreds of them per page, and {@link #n} reads each through a decimal string.
     */
    static String coordinate(double value) {
        long hundredths = Math.round(value * 100);
        StringBuilder text = new StringBuilder(12);
        if (hundredths < 0) {
            text.append('-');
            hundredths = -hundredths;
        }
        text.append(hundredths / 100);
        long fraction = hundredths % 100;
        if (fraction != 0) {
            text.append('.').append((char) ('0' + fraction / 10));
            if (fraction % 10 != 0) {
                text.append((char) ('0' + fraction % 10));
            }
        }
        return text.toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
