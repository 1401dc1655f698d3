package scorecards.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text of a CSV file, for locating what a message is about. The CSV library gives the
 * character position where each record starts; this finds, by the same RFC 4180 rules, where
 * each cell of a record starts and what breaks those rules, and turns a position into a 1-based
 * line and column. A column is the character's place in its line, counted in Unicode characters,
 * as editors count them. Line breaks inside a quoted cell start a new line here too, as they do
 * in an editor.
 */
final class CsvText {

    private final String text;
    /** Start position of each line; built on the first location asked for. */
    private int[] lineStarts;

    CsvText(String text) {
        this.text = text;
    }

    /** The line and column of a character position. */
    Location at(int position) {
        int[] starts = lineStarts();
        int index = Arrays.binarySearch(starts, position);
        int line = index >= 0 ? index : -index - 2;
        int start = starts[line];
        return new Location(line + 1, text.codePointCount(start, Math.min(position, text.length())) + 1);
    }

    /** Where each cell of the record starting at {@code recordStart} starts, in order. */
    List<Integer> cellStarts(int recordStart) {
        List<Integer> starts = new ArrayList<>();
        int position = recordStart;
        while (true) {
            starts.add(position);
            position = cellEnd(position);
            if (position >= text.length() || text.charAt(position) != ',') {
                return starts;
            }
            position++;
        }
    }

    /** Where the cell {@code index} (0-based) of the record starting at {@code recordStart} starts. */
    Location cell(int recordStart, int index) {
        List<Integer> starts = cellStarts(recordStart);
        return at(starts.get(Math.min(index, starts.size() - 1)));
    }

    /** Where the record starting at {@code recordStart} ends: the position of its line break, or the text's end. */
    int recordEnd(int recordStart) {
        List<Integer> starts = cellStarts(recordStart);
        return cellEnd(starts.get(starts.size() - 1));
    }

    /** The start of the record after the one starting at {@code recordStart}. */
    int nextRecord(int recordStart) {
        int end = recordEnd(recordStart);
        if (end < text.length() && text.charAt(end) == '\r') {
            end++;
        }
        if (end < text.length() && text.charAt(end) == '\n') {
            end++;
        }
        return end;
    }

    /**
     * What breaks RFC 4180 in the record starting at {@code recordStart}, with where: a quoted
     * cell that is never closed, or text after a closing quote. Null when the record is sound.
     */
    Malformed malformation(int recordStart) {
        int position = recordStart;
        while (true) {
            if (position < text.length() && text.charAt(position) == '"') {
                int close = closingQuote(position);
                if (close < 0) {
                    return new Malformed(at(position), "a quoted cell starts here and is never closed; "
                            + "end it with \" (a quote inside a quoted cell is written \"\")");
                }
                int after = close + 1;
                if (after < text.length() && !isCellEnd(text.charAt(after))) {
                    return new Malformed(at(after), "text after the closing quote of a quoted cell; quote the "
                            + "whole cell, and write a quote inside it as \"\"");
                }
                position = after;
            } else {
                position = cellEnd(position);
            }
            if (position >= text.length() || text.charAt(position) != ',') {
                return null;
            }
            position++;
        }
    }

    /** Where a CSV problem is and what it is. */
    record Malformed(Location location, String message) {
    }

    /** The position just after the cell starting at {@code start}: a comma, a line break or the end. */
    private int cellEnd(int start) {
        int position = start;
        if (position < text.length() && text.charAt(position) == '"') {
            int close = closingQuote(position);
            position = close < 0 ? text.length() : close + 1;
        }
        while (position < text.length() && !isCellEnd(text.charAt(position))) {
            position++;
        }
        return position;
    }

    /** The quote that closes the quoted cell opening at {@code open}, or -1; {@code ""} is a quote inside it. */
    private int closingQuote(int open) {
        int position = open + 1;
        while (position < text.length()) {
            if (text.charAt(position) == '"') {
                if (position + 1 < text.length() && text.charAt(position + 1) == '"') {
                    position += 2;
                    continue;
                }
                return position;
            }
            position++;
        }
        return -1;
    }

    private static boolean isCellEnd(char c) {
        return c == ',' || c == '\n' || c == '\r';
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }
        return lineStarts;
    }
}
