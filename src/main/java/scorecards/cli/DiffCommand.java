package scorecards.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** {@code diff}: listed so that the command set is complete; not available in this version. */
final class DiffCommand implements Command {

    @Override
    public String name() {
        return "diff";
    }

    @Override
    public String synopsis() {
        return "--base DIR [--source DIR]";
    }

    @Override
    public String summary() {
        return "Markdown summary of what changed between two checkouts (not available in this version)";
    }

    @Override
    public Options options() {
        return new Options();
    }

    @Override
    public ExitCode run(CommandLine line, Console console) throws UsageException {
        throw new UsageException("'diff' is not available in this version");
    }
}
