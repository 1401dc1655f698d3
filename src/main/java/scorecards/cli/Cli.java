package scorecards.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import scorecards.load.Suggestions;
import scorecards.pipeline.Refused;
import scorecards.pipeline.Release;

/** Finds the sub-command, parses its options and maps every outcome to an exit code. */
public final class Cli {

    private static final String JAR = "java -jar scorecards.jar";

    private final Console console;
    private final List<Command> commands = List.of(
            new BuildCommand(), new ValidateCommand(), new ServeCommand(), new NewTeamCommand(), new DiffCommand(),
            new SchemasCommand(), new InitCommand(), new ImportSurveyCommand());

    public Cli(Console console) {
        this.console = console;
    }

    public ExitCode run(String... args) {
        if (args.length == 0) {
            console.err().println("scorecards: no command given");
            printOverview(console.err());
            return ExitCode.USAGE_OR_INTERNAL;
        }
        String first = args[0];
        if (first.equals("--help") || first.equals("-h") || first.equals("help")) {
            printOverview(console.out());
            return ExitCode.OK;
        }
        if (first.equals("--version") || first.equals("-V")) {
            console.out().println("scorecards " + version());
            return ExitCode.OK;
        }
        Optional<Command> command = commands.stream().filter(c -> c.name().equals(first)).findFirst();
        if (command.isEmpty()) {
            console.err().println("scorecards: unknown command '" + first + "'"
                    + Suggestions.hint(first, commands.stream().map(Command::name).toList()));
            console.err().println("Run '" + JAR + " --help' for the list of commands.");
            return ExitCode.USAGE_OR_INTERNAL;
        }
        return run(command.get(), List.of(args).subList(1, args.length).toArray(String[]::new));
    }

    private ExitCode run(Command command, String[] args) {
        Options options = withHelp(command.options());
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            // Before parsing, so that help never fails on a missing required option.
            printUsage(command, console.out());
            return ExitCode.OK;
        }
        try {
            CommandLine line = DefaultParser.builder().build().parse(options, args);
            if (line.hasOption("quiet") && line.hasOption("verbose")) {
                throw new UsageException("--quiet and --verbose cannot go together");
            }
            Console commandConsole = console.with(line.hasOption("quiet"), line.hasOption("verbose"));
            if (commandConsole.verbose()) {
                commandConsole.detail(TunedJvm.describe());
            }
            return command.run(line, commandConsole);
        } catch (ParseException | UsageException e) {
            console.err().println("scorecards " + command.name() + ": " + e.getMessage());
            printUsage(command, console.err());
            return ExitCode.USAGE_OR_INTERNAL;
        } catch (OutOfMemoryError e) {
            console.err().println("scorecards " + command.name() + ": out of memory; give Java more, e.g. "
                    + "JAVA_TOOL_OPTIONS=-Xmx2g, or use a machine with more memory");
            return ExitCode.USAGE_OR_INTERNAL;
        } catch (Refused e) {
            console.err().println("scorecards " + command.name() + ": " + e.getMessage());
            return ExitCode.USAGE_OR_INTERNAL;
        } catch (Exception e) {
            // A bug or an environment failure, never bad scorecards: say what, without a stack trace.
            console.err().println("scorecards " + command.name() + ": internal error: " + e);
            return ExitCode.USAGE_OR_INTERNAL;
        }
    }

    private static Options withHelp(Options options) {
        Options all = new Options();
        options.getOptions().forEach(all::addOption);
        all.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
        all.addOption(Option.builder("q").longOpt("quiet").desc("print problems only, no summary line").build());
        all.addOption(Option.builder("v").longOpt("verbose").desc("also print what takes how long").build());
        return all;
    }

    private void printOverview(java.io.PrintStream out) {
        out.println("Usage: " + JAR + " COMMAND [OPTIONS]");
        out.println();
        out.println("Validates, scores and publishes platform-as-product team scorecards.");
        out.println();
        out.println("Commands:");
        for (Command command : commands) {
            out.printf("  %-14s %s%n", command.name(), command.summary());
        }
        out.println();
        out.println("Options:");
        out.println("  -h, --help     show this help; COMMAND --help shows a command's options");
        out.println("  -V, --version  show the version");
        out.println();
        out.println("Exit status: 0 valid, 1 invalid scorecards, 2 usage error or internal failure.");
    }

    private static void printUsage(Command command, java.io.PrintStream out) {
        PrintWriter writer = new PrintWriter(out);
        HelpFormatter help = HelpFormatter.builder().get();
        help.printHelp(writer, 100, JAR + " " + command.name() + " " + command.synopsis(),
                command.summary(), withHelp(command.options()), 2, 2, null, false);
        writer.flush();
    }

    static String version() {
        return Release.current().version();
    }
}
