package scorecards.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** {@code serve}: listed so that the command set is complete; not available in this version. */
final class ServeCommand implements Command {

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String synopsis() {
        return "[--source DIR] [--port N]";
    }

    @Override
    public String summary() {
        return "build, serve on localhost and rebuild on change (not available in this version)";
    }

    @Override
    public Options options() {
        return new Options();
    }

    @Override
    public ExitCode run(CommandLine line, Console console) throws UsageException {
        throw new UsageException("'serve' is not available in this version; use 'build' and open "
                + "target/site/data/ instead");
    }
}
