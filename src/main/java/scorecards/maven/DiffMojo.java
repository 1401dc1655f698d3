package scorecards.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import scorecards.pipeline.ChangeSummary;
import scorecards.pipeline.Refused;

/**
 * The Markdown summary of what a change does, against the checkout before it: the text for a
 * pull request. Printed on standard output without the log's prefixes ({@code mvn -q} leaves
 * it alone there), or written to {@code scorecards.diffOutput}. An invalid change fails the
 * build after its summary, which then lists the problems.
 */
@Mojo(name = "diff", threadSafe = true)
public final class DiffMojo extends ScorecardsMojo {

    /** The checkout before the change, e.g. the pull request's target branch. */
    @Parameter(property = "scorecards.base", required = true)
    File base;

    /** A file to write the summary to instead of standard output. */
    @Parameter(property = "scorecards.diffOutput")
    File diffOutput;

    @Override
    void run() throws Refused, IOException, MojoFailureException {
        ChangeSummary summary = ChangeSummary.between(base.toPath(), source());
        if (diffOutput == null) {
            standardOutput().print(summary.markdown());
        } else {
            Files.createDirectories(diffOutput.toPath().toAbsolutePath().getParent());
            Files.writeString(diffOutput.toPath(), summary.markdown(), StandardCharsets.UTF_8);
            getLog().info("wrote the summary of the change to " + diffOutput);
        }
        if (!summary.valid()) {
            throw new MojoFailureException("the change has problems; the summary lists them");
        }
    }
}
