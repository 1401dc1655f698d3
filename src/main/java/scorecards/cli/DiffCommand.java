package scorecards.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import scorecards.diff.ReportDiff;
import scorecards.load.SourceLoader;
import scorecards.score.Report;
import scorecards.score.Scorer;

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
        Path base = Path.of(line.getOptionValue(BASE));
        if (!Files.isDirectory(base)) {
            throw new UsageException("base " + base + " is not a folder");
        }
        Path source = SourceOption.from(line);
        SourceLoader.Result after = load(source);
        if (!after.isValid()) {
            console.out().print(ReportDiff.problems(after.problems()));
            return ExitCode.INVALID_INPUT;
        }
        SourceLoader.Result before = load(base);
        Report changed = Scorer.score(after.scorecards().orElseThrow());
        if (!before.isValid()) {
            // The base was broken already: show the change's figures against nothing rather than fail it.
            console.out().println("## Scorecards\n\nThe base has " + Summaries.plural(before.problems().size(), "problem")
                    + ", so there is nothing to compare with. This change is valid: "
                    + Summaries.plural(changed.teams().size(), "team") + ", current period " + changed.currentPeriod() + ".");
            return ExitCode.OK;
        }
        console.out().print(new ReportDiff(Scorer.score(before.scorecards().orElseThrow()), changed).markdown());
        return ExitCode.OK;
    }

    private static SourceLoader.Result load(Path folder) throws Exception {
        try {
            return new SourceLoader().load(folder);
        } catch (SourceLoader.NotASourceException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
