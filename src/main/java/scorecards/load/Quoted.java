package scorecards.load;

import java.util.Locale;

/**
 * User text (keys, values, ids, file names) as it may stand inside a message, which is one line
 * of a terminal, a log or a workflow annotation. A line break in a key would start a line that
 * no longer reads {@code path:line:column: message}, and an escape character would reach the
 * terminal as a command; so every character that is not shown as itself is written as an
 * escape, and a long text is cut, since the location already says where the whole of it is.
 */
public final class Quoted {

    /**
     * Longest text shown, in characters after escaping. Above the 63 characters of the longest
     * id, so that an id is always shown whole.
     */
    public static final int MAX_LENGTH = 80;
    static final String ELLIPSIS = "…";

    private Quoted() {
    }

    /** The text in single quotes, escaped and cut: {@code 'foo\nbar'}. */
    public static String of(String text) {
        return "'" + text(text) + "'";
    }

    /** The text escaped and cut to {@link #MAX_LENGTH}, without quotes. */
    public static String text(String text) {
        return escape(text, MAX_LENGTH);
    }

    /**
     * The text escaped but never cut: the last safety net for whole messages and paths, which
     * are long on purpose at times.
     */
    public static String oneLine(String text) {
        return escape(text, Integer.MAX_VALUE);
    }

    /** Whether the text holds a character that {@link #oneLine} would escape. */
    public static boolean needsEscaping(String text) {
        return text.codePoints().anyMatch(Quoted::isHidden);
    }

    private static String escape(String text, int maxLength) {
        if (text.length() <= maxLength && !needsEscaping(text)) {
            return text;
        }
        StringBuilder shown = new StringBuilder(Math.min(text.length(), maxLength) + 8);
        int length = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            String piece = isHidden(codePoint) ? escapeOf(codePoint) : Character.toString(codePoint);
            if (length + piece.length() > maxLength) {
                return shown.append(ELLIPSIS).toString();
            }
            shown.append(piece);
            length += piece.length();
        }
        return shown.toString();
    }

    /**
     * Characters a terminal does not show as themselves: C0 and C1 controls and DEL, the line and
     * paragraph separators, the marks that reorder text (bidirectional embeddings, overrides and
     * isolates, which can make a message read differently from what it says) and surrogates
     * without their pair.
     */
    private static boolean isHidden(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE
                || codePoint >= 0x202A && codePoint <= 0x202E
                || codePoint >= 0x2066 && codePoint <= 0x2069;
    }

    private static String escapeOf(int codePoint) {
        return switch (codePoint) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> String.format(Locale.ROOT, "\\u%04X", codePoint);
        };
    }
}
