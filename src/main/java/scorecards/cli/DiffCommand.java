package scorecards.cli;

import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import scorecards.pipeline.ChangeSummary;

/** {@code diff --base DIR}: what a change does, as Markdown for a pull request. */
final class DiffCommand implements Command {

    private static final Option BASE = Option.builder("b").longOpt("base").hasArg().argName("DIR").required()
            .desc("the checkout before the change, e.g. the target branch").build();

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
        return "Markdown summary of what changed between two checkouts, for a pull request";
    }

    @Override
    public Options options() {
        return new Options().addOption(BASE).addOption(SourceOption.OPTION);
    }

    @Override
    public ExitCode run(CommandLine line, Console console) throws Exception {
        ChangeSummary summary = ChangeSummary.between(Path.of(line.getOptionValue(BASE)), SourceOption.from(line));
        console.out().print(summary.markdown());
        return summary.valid() ? ExitCode.OK : ExitCode.INVALID_INPUT;
    }
}
