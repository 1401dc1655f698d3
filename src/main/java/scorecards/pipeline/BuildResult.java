package scorecards.pipeline;

import java.nio.file.Path;
import java.util.List;
import scorecards.load.Problem;

/**
 * How one build ended. A build that did not end {@link Outcome#BUILT} left its output exactly
 * as it was before.
 *
 * @param problems what is wrong with the scorecards, sorted; empty unless the input was invalid
 * @param summary  one line: what was built, how many problems were found, or why the build failed
 */
public record BuildResult(Outcome outcome, Path output, List<Problem> problems, String summary) {

    /** The three ways a build ends, which the command line maps to its exit codes. */
    public enum Outcome {
        /** The site was written and swapped in. */
        BUILT,
        /** The user's input is wrong: problems in the scorecards, a theme or content the engine rejects. */
        INVALID_INPUT,
        /** The tool or the machine failed, e.g. a full disk. */
        FAILED
    }

    public BuildResult {
        problems = List.copyOf(problems);
    }

    public boolean built() {
        return outcome == Outcome.BUILT;
    }

    /** The line that goes with a failure: the previous output is untouched. */
    public String outputKept() {
        return output + " was left as it was";
    }
}
