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

    /**
     * Text as a code span, shown as typed: fenced by one backtick more than its longest run of
     * backticks, so that a backtick in a file name cannot end the span and let the rest be markup.
     */
    static String code(String text) {
        int longest = 0;
        int run = 0;
        for (char c : text.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        // A span that starts or ends with a backtick needs a space inside its fence, which Markdown drops.
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return fence + pad + text + pad + fence;
    }
}
