package scorecards.cli;

import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import scorecards.pipeline.NewTeam;

/** {@code new-team ID}: writes a valid, commented starter scorecard, never over an existing one. */
final class NewTeamCommand implements Command {

    private static final Option NAME = Option.builder("n").longOpt("name").hasArg().argName("NAME")
            .desc("the team's display name (default: made from the id)").build();

    @Override
    public String name() {
        return "new-team";
    }

    @Override
    public String synopsis() {
        return "ID [--name NAME] [--source DIR]";
    }

    @Override
    public String summary() {
        return "write a starter scorecards/teams/ID.yaml for the current period";
    }

    @Override
    public Options options() {
        return new Options().addOption(NAME).addOption(SourceOption.OPTION);
    }

    @Override
    public ExitCode run(CommandLine line, Console console) throws Exception {
        if (line.getArgList().size() != 1) {
            throw new UsageException("give exactly one team id, e.g. new-team payments");
        }
        NewTeam.Written written = NewTeam.write(SourceOption.from(line), line.getArgList().get(0),
                Optional.ofNullable(line.getOptionValue(NAME)));
        console.summary(written.summary());
        return ExitCode.OK;
    }
}
