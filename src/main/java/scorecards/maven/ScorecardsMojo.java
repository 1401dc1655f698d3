package scorecards.maven;

import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import scorecards.load.Problem;
import scorecards.pipeline.BuildListener;
import scorecards.pipeline.Refused;

/**
 * What every goal shares: the site repository it reads ({@code scorecards.source}), the switch
 * that skips it ({@code scorecards.skip}) and how the pipeline's outcomes become Maven's. A goal
 * only translates: the work is the pipeline's, the same as the command line's.
 */
abstract class ScorecardsMojo extends AbstractMojo {

    /**
     * The site engine logs each file it reads and writes through SLF4J, which in Maven's JVM is
     * Maven's log; it warns of engines for formats a site repository does not use, and its
     * configuration library notes what it ignores. A line per file drowns the goal's own lines,
     * so these loggers start at errors, unless the user has set them (for example
     * -Dorg.slf4j.simpleLogger.log.org.jbake=info). The properties name those loggers alone.
     */
    private static final List<String> ENGINE_LOGGERS = List.of("org.jbake", "org.apache.commons.beanutils");

    static {
        for (String logger : ENGINE_LOGGERS) {
            String property = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(property) == null) {
                System.setProperty(property, "error");
            }
        }
    }

    /** The site repository: the folder that holds {@code scorecards/}. */
    @Parameter(property = "scorecards.source", defaultValue = "${project.basedir}", required = true)
    File source;

    /** Skips the goal, e.g. {@code -Dscorecards.skip} for a build that only needs something else. */
    @Parameter(property = "scorecards.skip", defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("skipped (scorecards.skip)");
            return;
        }
        try {
            run();
        } catch (Refused e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("scorecards: " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw new MojoExecutionException("out of memory; give Maven's Java more, e.g. MAVEN_OPTS=-Xmx2g");
        }
    }

    abstract void run() throws Refused, IOException, MojoFailureException, MojoExecutionException;

    Path source() {
        return source.toPath();
    }

    /**
     * Standard output itself, for text that programs read (annotations, JSON, Markdown). Maven
     * wraps {@code System.out} in a console filter that writes colour resets even in batch mode
     * (an ESC[0m before a line), and some versions write them even under {@code -q}, before any
     * line of their own: the text starts on a fresh line, so that a workflow runner still finds
     * "::error" at the start of one.
     */
    static PrintStream standardOutput() {
        System.out.flush();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        out.println();
        return out;
    }

    /** Each problem on a line of its own, in the form editors and terminals link. */
    void logProblems(List<Problem> problems) {
        problems.forEach(problem -> getLog().error(problem.toString()));
    }

    /** Phases at Maven's normal level, timings only with {@code -X}. */
    BuildListener listener() {
        return BuildListener.of(getLog()::info, getLog()::debug);
    }
}
