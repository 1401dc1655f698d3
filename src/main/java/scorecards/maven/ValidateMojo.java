package scorecards.maven;

import java.io.IOException;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import scorecards.load.Quoted;
import scorecards.load.SourceLoader;
import scorecards.load.Suggestions;
import scorecards.pipeline.ProblemFormat;
import scorecards.pipeline.Refused;
import scorecards.pipeline.Summaries;
import scorecards.pipeline.Validation;

/** Checks every scorecards file and lists every problem; a problem fails the build. */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class ValidateMojo extends ScorecardsMojo {

    /**
     * {@code text} (Maven's log), {@code github} (workflow annotations on standard output) or
     * {@code json} (a list on standard output).
     */
    @Parameter(property = "scorecards.format", defaultValue = "text")
    String format;

    @Override
    void run() throws Refused, IOException, MojoFailureException {
        Optional<ProblemFormat> chosen = ProblemFormat.byId(format);
        if (chosen.isEmpty()) {
            throw new Refused("unknown scorecards.format " + Quoted.of(format) + Suggestions.hint(format, ProblemFormat.ids()));
        }
        SourceLoader.Result result = Validation.of(source());
        if (chosen.get() == ProblemFormat.TEXT) {
            logProblems(result.problems());
        } else {
            // Annotations and JSON are for programs: they go alone on standard output, without
            // the log's prefixes, which would stop a runner from reading them.
            chosen.get().print(result.problems(), standardOutput(), false);
        }
        String summary = Summaries.validation(result);
        if (!result.isValid()) {
            throw new MojoFailureException(summary);
        }
        getLog().info(summary);
    }
}
