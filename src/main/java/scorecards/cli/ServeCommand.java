package scorecards.cli;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import scorecards.load.Quoted;
import scorecards.pipeline.BuildListener;
import scorecards.pipeline.BuildResult;
import scorecards.pipeline.Refused;
import scorecards.pipeline.SiteBuild;
import scorecards.serve.Preview;

/**
 * {@code serve}: builds, serves the site on localhost and rebuilds on every saved change. An
 * invalid change prints its problems and the last good site stays served.
 */
final class ServeCommand implements Command {

    private static final Option PORT = Option.builder("p").longOpt("port").hasArg().argName("N")
            .desc("the port on 127.0.0.1 (default 8000; 0 picks a free one)").build();
    private static final Option OUTPUT = Option.builder("o").longOpt("output").hasArg().argName("DIR")
            .desc("where the site is built (default: target/site)").build();

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String synopsis() {
        return "[--source DIR] [--port N] [--output DIR]";
    }

    @Override
    public String summary() {
        return "build, serve on localhost and rebuild when a source file changes";
    }

    @Override
    public Options options() {
        return new Options().addOption(SourceOption.OPTION).addOption(PORT).addOption(OUTPUT);
    }

    @Override
    public ExitCode run(CommandLine line, Console console) throws Exception {
        int port = port(line.getOptionValue(PORT, "8000"));
        SiteBuild build = new SiteBuild(SourceOption.from(line), Path.of(line.getOptionValue(OUTPUT, "target/site")), "");
        try (Preview preview = start(build, port, console)) {
            console.out().println("serving " + preview.address() + " — press Ctrl+C to stop");
            new CountDownLatch(1).await(); // until the process is interrupted
        }
        return ExitCode.OK;
    }

    /** Starts a preview that prints each build's outcome as {@code build} does. */
    static Preview start(SiteBuild build, int port, Console console) throws Refused, java.io.IOException {
        return Preview.start(build, port, BuildListener.of(name -> { }, console::detail), new Preview.Reporter() {
            @Override
            public void built(BuildResult result) {
                BuildReport.print(result, console);
            }

            @Override
            public void warn(String message) {
                console.err().println(message);
            }
        });
    }

    private static int port(String text) throws UsageException {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--port must be a number from 0 to 65535, found " + Quoted.of(text));
    }
}
