package scorecards.maven;

import java.io.File;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import scorecards.pipeline.BuildResult;
import scorecards.pipeline.Refused;
import scorecards.pipeline.SiteBuild;
import scorecards.serve.Preview;

/**
 * Builds, serves the site on 127.0.0.1 and rebuilds on every saved change, until Ctrl+C. A
 * change that does not build is logged and the last good site stays served.
 */
@Mojo(name = "serve")
public final class ServeMojo extends ScorecardsMojo {

    /** Where the site is built. */
    @Parameter(property = "scorecards.output", defaultValue = "${project.build.directory}/site", required = true)
    File output;

    /** The port on 127.0.0.1; 0 picks a free one. */
    @Parameter(property = "scorecards.port", defaultValue = "8000")
    int port;

    @Override
    void run() throws Refused, IOException, MojoExecutionException {
        if (port < 0 || port > 65535) {
            throw new Refused("scorecards.port must be a number from 0 to 65535, found " + port);
        }
        SiteBuild build = new SiteBuild(source(), output.toPath(), "");
        try (Preview preview = Preview.start(build, port, listener(), new Preview.Reporter() {
            @Override
            public void built(BuildResult result) {
                logProblems(result.problems());
                if (result.built()) {
                    getLog().info(result.summary());
                } else {
                    getLog().error(result.summary());
                }
            }

            @Override
            public void warn(String message) {
                getLog().warn(message);
            }
        })) {
            getLog().info("serving " + preview.address() + " — press Ctrl+C to stop");
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
