package scorecards.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a fragment of a YAML file into the whole file: each top-level key of the fragment, with
 * everything under it, replaces that key of the file where it stands, or is added at the file's
 * end. Line by line, so that the rest of the file keeps its text and its line numbers.
 */
final class YamlFragment {

    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^(\"[^\"]*\"|'[^']*'|[^\\s#\\-][^:]*):(\\s.*)?$");

    /** A top-level key and the lines it spans, from its own through the last one under it. */
    private record Entry(String key, int first, int last) {
    }

    private YamlFragment() {
    }

    static String apply(String file, String fragment) {
        List<String> lines = new ArrayList<>(List.of(file.split("\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        List<String> fragmentLines = List.of(fragment.split("\n", -1));
        List<Entry> added = entries(fragmentLines);
        if (added.isEmpty()) {
            throw new IllegalArgumentException("the fragment has no top-level key");
        }
        // From the last entry of the file back, so that earlier positions stay where they are.
        List<Entry> existing = entries(lines);
        List<String> appended = new ArrayList<>();
        for (Entry entry : added) {
            List<String> text = fragmentLines.subList(entry.first(), entry.last() + 1);
            Entry old = existing.stream().filter(e -> e.key().equals(entry.key())).findFirst().orElse(null);
            if (old == null) {
                appended.addAll(text);
            } else {
                List<String> replaced = new ArrayList<>(lines.subList(0, old.first()));
                replaced.addAll(text);
                replaced.addAll(lines.subList(old.last() + 1, lines.size()));
                lines = replaced;
                existing = entries(lines);
            }
        }
        lines.addAll(appended);
        return String.join("\n", lines) + "\n";
    }

    private static List<Entry> entries(List<String> lines) {
        List<Integer> starts = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher key = TOP_LEVEL_KEY.matcher(lines.get(i));
            if (key.matches()) {
                starts.add(i);
                keys.add(key.group(1));
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int last = (k + 1 < starts.size() ? starts.get(k + 1) : lines.size()) - 1;
            // Blank lines and comments at the left edge before the next key belong to that key.
            while (last > starts.get(k) && (lines.get(last).isBlank() || lines.get(last).startsWith("#"))) {
                last--;
            }
            entries.add(new Entry(keys.get(k), starts.get(k), last));
        }
        return entries;
    }
}
