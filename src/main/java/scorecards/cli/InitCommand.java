package scorecards.cli;

import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import scorecards.pipeline.NewSiteRepository;
import scorecards.pipeline.NewTeam;
import scorecards.pipeline.Release;

/** {@code init DIR}: a new site repository that uses this release's Maven plugin, refusing a non-empty folder. */
final class InitCommand implements Command {

    private static final Option NAME = Option.builder("n").longOpt("name").hasArg().argName("ORG")
            .desc("the organisation's name (default: made from the folder's name)").build();

    @Override
    public String name() {
        return "init";
    }

    @Override
    public String synopsis() {
        return "DIR [--name ORG]";
    }

    @Override
    public String summary() {
        return "write a new site repository: pom.xml, scorecards/, content/, site/, workflows";
    }

    @Override
    public Options options() {
        return new Options().addOption(NAME);
    }

    @Override
    public ExitCode run(CommandLine line, Console console) throws Exception {
        if (line.getArgList().size() != 1) {
            throw new UsageException("give exactly one folder, e.g. init my-scorecards");
        }
        Path folder = Path.of(line.getArgList().get(0));
        Path fileName = folder.toAbsolutePath().normalize().getFileName();
        String name = line.getOptionValue(NAME, fileName == null ? "Our organisation" : NewTeam.displayName(fileName.toString()));
        console.summary(NewSiteRepository.write(folder, name, Release.current()).summary());
        return ExitCode.OK;
    }
}
