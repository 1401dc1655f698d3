package scorecards.cli;

import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import scorecards.pipeline.SiteBuild;
import scorecards.pipeline.SiteUrl;

/** {@code build}: load → validate → score → render, and the output only replaced on success. */
final class BuildCommand implements Command {

    private static final Option OUTPUT = Option.builder("o").longOpt("output").hasArg().argName("DIR")
            .desc("where the site goes (default: target/site)").build();

    private static final Option SITE_URL = Option.builder().longOpt("site-url").hasArg().argName("URL")
            .desc("the address the site is published at, for the feed and the sitemap "
                    + "(an absolute http or https address, e.g. " + SiteUrl.EXAMPLE + ")").build();

    @Override
    public String name() {
        return "build";
    }

    @Override
    public String synopsis() {
        return "[--source DIR] [--output DIR] [--site-url URL]";
    }

    @Override
    public String summary() {
        return "validate, score and write the site and its data export";
    }

    @Override
    public Options options() {
        return new Options().addOption(SourceOption.OPTION).addOption(OUTPUT).addOption(SITE_URL);
    }

    @Override
    public ExitCode run(CommandLine line, Console console) throws Exception {
        Path source = SourceOption.from(line);
        Path output = Path.of(line.getOptionValue(OUTPUT, "target/site"));
        return BuildReport.run(new SiteBuild(source, output, line.getOptionValue(SITE_URL, "")), console);
    }
}
