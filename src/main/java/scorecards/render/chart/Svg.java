package scorecards.render.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A small writer of SVG markup: every text and attribute goes through {@link #escape}. */
final class Svg {

    private final StringBuilder out = new StringBuilder();

    Svg open(String id, int width, int height, String title) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" aria-labelledby=\"").append(escape(id))
                .append("-title\"><title id=\"").append(escape(id)).append("-title\">").append(escape(title))
                .append("</title>");
        return this;
    }

    Svg raw(String markup) {
        out.append(markup);
        return this;
    }

    Svg rect(double x, double y, double width, double height, String fill, String label) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" fill=\"").append(escape(fill)).append("\"");
        if (label != null) {
            out.append("><title>").append(escape(label)).append("</title></rect>");
        } else {
            out.append("/>");
        }
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String cssClass) {
        out.append("<line class=\"").append(cssClass).append("\" x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1))
                .append("\" x2=\"").append(n(x2)).append("\" y2=\"").append(n(y2)).append("\"/>");
        return this;
    }

    Svg text(double x, double y, String anchor, String cssClass, String text) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" class=\"").append(cssClass).append("\">").append(escape(text))
                .append("</text>");
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
