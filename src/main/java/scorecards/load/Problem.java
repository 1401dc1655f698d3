package scorecards.load;

import java.util.Comparator;

/**
 * One thing wrong with the input, where it is: a path relative to the source repository (with
 * '/' separators) and a 1-based line and column.
 */
public record Problem(String file, int line, int column, String message) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    /** The form compilers use, which editors and terminals turn into links. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
