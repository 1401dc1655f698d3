package scorecards.diff;

/** Team-written text inside Markdown: shown as typed, never as markup, links or HTML. */
final class MarkdownText {

    private MarkdownText() {
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '\n', '\r' -> escaped.append(' ');
                default -> {
                    // Inside a sentence or a table cell only these start markup (or end the cell).
                    if ("\\`*_[]|~".indexOf(c) >= 0) {
                        escaped.append('\\');
                    }
                    escaped.append(c);
                }
            }
        }
        return escaped.toString();
    }
}
