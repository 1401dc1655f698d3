package scorecards.maven;

import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import scorecards.pipeline.BuildResult;
import scorecards.pipeline.Refused;
import scorecards.pipeline.SiteBuild;

/**
 * Validates, scores and writes the site and its data export. Bound to {@code package}, so that
 * {@code mvn verify} in a site repository writes {@code target/site}; a problem fails the build
 * and leaves the previous site as it was.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class BuildMojo extends ScorecardsMojo {

    /** Where the site goes. */
    @Parameter(property = "scorecards.output", defaultValue = "${project.build.directory}/site", required = true)
    File output;

    /**
     * The address the site is published at, for the feed and the sitemap: an absolute http or
     * https address such as https://example.github.io/scorecards/; empty when unknown.
     */
    @Parameter(property = "scorecards.siteUrl", defaultValue = "")
    String siteUrl;

    @Override
    void run() throws Refused, IOException, MojoFailureException, MojoExecutionException {
        BuildResult result = new SiteBuild(source(), output.toPath(), siteUrl == null ? "" : siteUrl).run(listener());
        switch (result.outcome()) {
            case BUILT -> getLog().info(result.summary());
            case INVALID_INPUT -> {
                logProblems(result.problems());
                throw new MojoFailureException(result.summary() + "; " + result.outputKept());
            }
            case FAILED -> throw new MojoExecutionException(result.summary() + "; " + result.outputKept());
        }
    }
}
