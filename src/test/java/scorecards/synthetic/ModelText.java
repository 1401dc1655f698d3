package scorecards.synthetic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds items to a top-level list of a YAML file's text, keeping every other line as it is: the
 * model's comments and layout survive, which a YAML library writing the file anew would lose.
 * Whether the result is a valid model is for the tool's reader to say ({@link ModelFile}).
 */
final class ModelText {

    private static final Pattern ITEM = Pattern.compile("^(\\s*)- ");

    private ModelText() {
    }

    /**
     * The text with {@code items} (lines of list items, indented from 0) added at the end of the
     * block list under the top-level {@code key}, at the indentation of its items; or, when there
     * is no such key, a new list under it at the end of the text.
     */
    static String appendToList(String text, String key, List<String> items) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        boolean endsWithBreak = text.endsWith("\n");
        if (endsWithBreak) {
            lines.remove(lines.size() - 1);
        }
        int keyLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(key + ":")) {
                keyLine = i;
                break;
            }
        }
        if (keyLine < 0) {
            lines.add(key + ":");
            lines.addAll(indented(items, "  "));
            return String.join("\n", lines) + "\n";
        }
        String rest = lines.get(keyLine).substring(key.length() + 1).strip();
        if (!rest.isEmpty() && !rest.startsWith("#")) {
            throw new IllegalArgumentException("the model writes its '" + key + "' on one line (" + rest
                    + "); the additions can only join a list written one item a line");
        }
        // The list runs to the next top-level key; the comments just before that key are the key's.
        int last = keyLine;
        String indent = null;
        for (int i = keyLine + 1; i < lines.size() && isInList(lines.get(i)); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && !line.startsWith("#")) {
                last = i;
            }
            Matcher item = ITEM.matcher(line);
            if (indent == null && item.find()) {
                indent = item.group(1);
            }
        }
        lines.addAll(last + 1, indented(items, indent == null ? "  " : indent));
        return String.join("\n", lines) + (endsWithBreak ? "\n" : "");
    }

    private static boolean isInList(String line) {
        return line.isEmpty() || Character.isWhitespace(line.charAt(0)) || line.startsWith("#") || line.startsWith("- ");
    }

    private static List<String> indented(List<String> items, String indent) {
        return items.stream().map(line -> indent + line).toList();
    }
}
