package scorecards.cli;

import java.io.IOException;
import scorecards.pipeline.BuildListener;
import scorecards.pipeline.BuildResult;
import scorecards.pipeline.ProblemFormat;
import scorecards.pipeline.Refused;
import scorecards.pipeline.SiteBuild;

/** Runs a build with a terminal's progress and prints how it ended: problems on err, the summary. */
final class BuildReport {

    private BuildReport() {
    }

    static ExitCode run(SiteBuild build, Console console) throws Refused, IOException {
        BuildResult result;
        try (Progress progress = Progress.start(console.err())) {
            result = build.run(BuildListener.of(progress::phase, console::detail));
        }
        return print(result, console);
    }

    /** Prints how a build ended and gives the exit code that goes with it. */
    static ExitCode print(BuildResult result, Console console) {
        return switch (result.outcome()) {
            case BUILT -> {
                console.summary(result.summary());
                yield ExitCode.OK;
            }
            case INVALID_INPUT -> failed(result, console, ExitCode.INVALID_INPUT);
            case FAILED -> failed(result, console, ExitCode.USAGE_OR_INTERNAL);
        };
    }

    private static ExitCode failed(BuildResult result, Console console, ExitCode code) {
        ProblemFormat.TEXT.print(result.problems(), console.err(), console.colour());
        console.err().println(result.summary());
        console.err().println(result.outputKept());
        return code;
    }
}
