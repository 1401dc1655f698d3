package scorecards.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import scorecards.load.Quoted;
import scorecards.load.SourceLoader;
import scorecards.load.Suggestions;
import scorecards.pipeline.ProblemFormat;
import scorecards.pipeline.Summaries;
import scorecards.pipeline.Validation;

/** {@code validate}: checks every file and prints every problem. */
final class ValidateCommand implements Command {

    private static final Option FORMAT = Option.builder("f").longOpt("format").hasArg().argName("FORMAT")
            .desc("text (default), github (workflow annotations) or json").build();

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String synopsis() {
        return "[--source DIR] [--format text|github|json]";
    }

    @Override
    public String summary() {
        return "check every scorecards file and print every problem";
    }

    @Override
    public Options options() {
        return new Options().addOption(SourceOption.OPTION).addOption(FORMAT);
    }

    @Override
    public ExitCode run(CommandLine line, Console console) throws Exception {
        String formatId = line.getOptionValue(FORMAT, ProblemFormat.TEXT.id());
        ProblemFormat format = ProblemFormat.byId(formatId).orElseThrow(() -> new UsageException(
                "unknown format " + Quoted.of(formatId) + Suggestions.hint(formatId, ProblemFormat.ids())));
        SourceLoader.Result result = Validation.of(SourceOption.from(line));
        format.print(result.problems(), console.out(), console.colour());
        if (format == ProblemFormat.TEXT) {
            console.summary(Summaries.validation(result));
        } else if (!console.quiet()) {
            // Machine-readable output stays alone on the output stream.
            console.err().println(Summaries.validation(result));
        }
        return result.isValid() ? ExitCode.OK : ExitCode.INVALID_INPUT;
    }
}
