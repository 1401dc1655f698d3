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

    /**
     * Whatever a reader quoted, a problem stays one line in every output: a line break or a
     * control character left in a message or a path is written as an escape here.
     */
    public Problem {
        file = Quoted.oneLine(file);
        message = Quoted.oneLine(message);
    }

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
