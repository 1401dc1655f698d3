package scorecards.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;

/** "Did you mean …?": the known name closest to a misspelt one, when it is close enough. */
public final class Suggestions {

    private Suggestions() {
    }

    public static Optional<String> closest(String wrong, Collection<String> known) {
        int allowed = Math.max(2, wrong.length() / 3);
        return known.stream()
                .filter(candidate -> distance(wrong, candidate) <= allowed)
                .min(Comparator.<String>comparingInt(candidate -> distance(wrong, candidate))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** " (did you mean 'x'?)" or, with no close name, the list of known names. */
    public static String hint(String wrong, Collection<String> known) {
        return closest(wrong, known)
                .map(name -> "; did you mean " + Quoted.of(name) + "?")
                .orElseGet(() -> known.isEmpty() ? "" : "; expected one of: "
                        + known.stream().map(Quoted::text).collect(Collectors.joining(", ")));
    }

    /** Levenshtein distance, case-insensitive: a wrong case is a typo like any other. */
    static int distance(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()];
    }
}
