package scorecards.diff;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import scorecards.load.Quoted;

/**
 * Team-written text inside the Markdown of a pull-request comment: shown as typed, never as
 * markup, HTML, a link, a mention or a reference. GitHub turns {@code @name} and {@code @org/team}
 * into mentions that notify, {@code #1}, {@code GH-1} and {@code owner/repo#1} into references
 * that show up on the issue, a hexadecimal word into a commit link, and addresses into links;
 * none of this happens inside a code span. So a word that could become one is shown as code,
 * and every other word as escaped text, which reads as plain text.
 */
final class MarkdownText {

    /**
     * Words GitHub may turn into a link, mention or reference: anything with {@code @} or
     * {@code #}, an address with a scheme ({@code https://}, {@code mailto:}, {@code xmpp:}) or
     * starting {@code www.}, letters, a hyphen and a number ({@code GH-1}, and the custom
     * autolinks a repository may set up, such as {@code TICKET-12}), and a hexadecimal word of
     * seven characters or more (a commit). Checked on the NFKC form too, since {@code ＠} and
     * {@code ＃} look the same to a reader.
     */
    private static final Pattern LINKABLE = Pattern.compile(
            "[@#]|://|(?i:mailto:|xmpp:|www\\.)|\\p{L}-\\d|(?i:(?<![0-9a-z])[0-9a-f]{7,}(?![0-9a-z]))");

    /** Opening and closing punctuation around a word, and the word. */
    private static final Pattern AROUND = Pattern.compile("([(\\[{\"']*)(.+?)([)\\]}\"'.,;:!?]*)");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\p{javaWhitespace}+");

    private MarkdownText() {
    }

    /**
     * The text as inline Markdown, one line, for a sentence or a table cell. White space (line
     * breaks and tabs included) becomes one space; characters a reader cannot see, or that reorder
     * text, are written as escapes, as problem messages write them.
     */
    static String escape(String text) {
        List<String> words = new ArrayList<>();
        for (String word : WHITE_SPACE.split(text.strip())) {
            if (!word.isEmpty()) {
                words.add(word(Quoted.oneLine(word)));
            }
        }
        return String.join(" ", words);
    }

    /**
     * A word as escaped text, or as code when it could link; punctuation around it stays outside
     * the code span ({@code (`@octocat`),}), as it is not part of a mention or an address.
     */
    private static String word(String word) {
        if (!isLinkable(word)) {
            return plain(word);
        }
        Matcher parts = AROUND.matcher(word);
        return parts.matches() ? plain(parts.group(1)) + codeInCell(parts.group(2)) + plain(parts.group(3))
                : codeInCell(word);
    }

    private static boolean isLinkable(String word) {
        return LINKABLE.matcher(word).find() || LINKABLE.matcher(Normalizer.normalize(word, Normalizer.Form.NFKC)).find();
    }

    private static String plain(String word) {
        StringBuilder escaped = new StringBuilder(word.length());
        for (char c : word.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
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
     * A word as code that is safe in a table cell too: GitHub ends a cell at a {@code |} even
     * inside a code span, so each pipe stands between spans, escaped, which reads as a pipe in a
     * cell and in a sentence alike.
     */
    private static String codeInCell(String word) {
        List<String> pieces = new ArrayList<>();
        for (String piece : word.split("\\|", -1)) {
            pieces.add(piece.isEmpty() ? "" : code(piece));
        }
        return String.join("\\|", pieces);
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
