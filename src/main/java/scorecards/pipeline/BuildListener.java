package scorecards.pipeline;

import java.util.function.Consumer;

/**
 * What a build tells whoever runs it while it works: the phase it is in, for a person waiting,
 * and details such as timings, for someone who asked for them. The command line prints them on
 * a terminal; the Maven plugin logs them.
 */
public interface BuildListener {

    /** Says nothing: for tests and for callers that only want the result. */
    BuildListener SILENT = of(name -> { }, line -> { });

    /** A listener that hands phases and details to the given consumers. */
    static BuildListener of(Consumer<String> phases, Consumer<String> details) {
        return new BuildListener() {
            @Override
            public void phase(String name) {
                phases.accept(name);
            }

            @Override
            public void detail(String line) {
                details.accept(line);
            }
        };
    }

    /** The build has started a new phase, e.g. "scoring 14 teams". */
    void phase(String name);

    /** A detail, such as how long a phase took. */
    void detail(String line);
}
