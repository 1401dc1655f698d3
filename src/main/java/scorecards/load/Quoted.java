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
            String piece = shown(codePoint);
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
     * paragraph separators, the bidirectional controls (embeddings, overrides and isolates, which
     * can make a message read differently from what it says, and the invisible direction marks)
     * and surrogates without their pair. Team-written text may not hold them either
     * ({@link Fields}), except tabs and, in Markdown, line breaks.
     */
    public static boolean isHidden(int codePoint) {
        return kindOf(codePoint) != null;
    }

    /** What a hidden character is, in words for a message; null for a character shown as itself. */
    static String kindOf(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL -> "control character";
            case Character.LINE_SEPARATOR -> "line separator";
            case Character.PARAGRAPH_SEPARATOR -> "paragraph separator";
            case Character.SURROGATE -> "unpaired surrogate";
            default -> isBidiControl(codePoint) ? "bidirectional control character" : null;
        };
    }

    /** The characters of Unicode's Bidi_Control property. */
    private static boolean isBidiControl(int codePoint) {
        return codePoint == 0x061C || codePoint == 0x200E || codePoint == 0x200F
                || codePoint >= 0x202A && codePoint <= 0x202E
                || codePoint >= 0x2066 && codePoint <= 0x2069;
    }

    /**
     * A character as a message shows it: itself, or its escape ({@code \n}, {@code \t}, else a
     * backslash, u and four hexadecimal digits).
     */
    static String shown(int codePoint) {
        return isHidden(codePoint) ? escapeOf(codePoint) : Character.toString(codePoint);
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
