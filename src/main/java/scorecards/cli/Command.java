package scorecards.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** One sub-command of the command line. */
interface Command {

    String name();

    /** The arguments after the name, for the usage line, e.g. "ID [--name NAME]". */
    String synopsis();

    /** One line for the command list. */
    String summary();

    Options options();

    ExitCode run(CommandLine line, Console console) throws UsageException, Exception;
}
