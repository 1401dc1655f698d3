package scorecards.pipeline;

/**
 * What a build tells whoever runs it while it works: the phase it is in, for a person waiting,
 * and details such as timings, for someone who asked for them. The command line prints them on
 * a terminal; the Maven plugin logs them.
 */
public interface BuildListener {

    /** Says nothing: for tests and for callers that only want the result. */
    BuildListener SILENT = new BuildListener() {
        @Override
        public void phase(String name) {
        }

        @Override
        public void detail(String line) {
        }
    };

    /** The build has started a new phase, e.g. "scoring 14 teams". */
    void phase(String name);

    /** A detail, such as how long a phase took. */
    void detail(String line);
}
