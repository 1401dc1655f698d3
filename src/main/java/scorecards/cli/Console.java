package scorecards.cli;

import java.io.PrintStream;

/**
 * Where a command writes: results to {@code out}, problems and errors to {@code err}.
 * {@code quiet} drops the closing summary line, {@code verbose} adds timings on {@code err},
 * and {@code colour} is on only for a terminal that wants it.
 */
public record Console(PrintStream out, PrintStream err, boolean quiet, boolean verbose, boolean colour) {

    public Console(PrintStream out, PrintStream err) {
        this(out, err, false, false, false);
    }

    Console with(boolean quiet, boolean verbose) {
        return new Console(out, err, quiet, verbose, colour);
    }

    /** The closing line of a command that succeeded, unless --quiet. */
    void summary(String line) {
        if (!quiet) {
            out.println(line);
        }
    }

    /** A detail for --verbose, on the error stream so that output stays clean for scripts. */
    void detail(String line) {
        if (verbose) {
            err.println(line);
        }
    }

    /** Colour for an interactive terminal that has not asked for none (https://no-color.org). */
    static boolean terminalWantsColour() {
        return System.console() != null && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
    }
}
