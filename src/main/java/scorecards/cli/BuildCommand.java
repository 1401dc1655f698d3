package scorecards.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import scorecards.load.SourceLoader;
import scorecards.model.Scorecards;
import scorecards.render.ContentBaker;
import scorecards.render.OutputDirectory;
import scorecards.render.PageRenderer;
import scorecards.render.SiteBuilder;
import scorecards.render.Theme;
import scorecards.score.Report;
import scorecards.score.Scorer;

/** {@code build}: load → validate → score → render, and the output only replaced on success. */
final class BuildCommand implements Command {

    private static final Option OUTPUT = Option.builder("o").longOpt("output").hasArg().argName("DIR")
            .desc("where the site goes (default: target/site)").build();

    private static final Option SITE_URL = Option.builder().longOpt("site-url").hasArg().argName("URL")
            .desc("the address the site is published at, for the feed and the sitemap "
                    + "(e.g. https://example.github.io/scorecards/)").build();

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
        long start = System.nanoTime();
        Path source = SourceOption.from(line);
        Path output = Path.of(line.getOptionValue(OUTPUT, "target/site"));
        OutputDirectory directory = new OutputDirectory(output);
        try {
            directory.checkUsable(source);
        } catch (OutputDirectory.RefusedException e) {
            throw new UsageException(e.getMessage());
        }
        SourceLoader.Result loaded;
        try {
            loaded = new SourceLoader().load(source);
            console.detail("read and checked " + Summaries.plural(loaded.filesRead(), "file") + " in "
                    + Summaries.seconds(System.nanoTime() - start));
        } catch (SourceLoader.NotASourceException e) {
            throw new UsageException(e.getMessage());
        }
        if (!loaded.isValid()) {
            ProblemFormat.TEXT.print(loaded.problems(), console.err(), console);
            console.err().println(Summaries.validation(loaded));
            console.err().println("build failed; " + output + " was left as it was");
            return ExitCode.INVALID_INPUT;
        }
        Scorecards scorecards = loaded.scorecards().orElseThrow();
        AtomicInteger files = new AtomicInteger();
        Report report;
        Path scratch = Files.createTempDirectory("scorecards-build-");
        try (Progress progress = Progress.start(console.err())) {
            progress.phase("scoring " + Summaries.plural(scorecards.teams().size(), "team"));
            long scoring = System.nanoTime();
            report = Scorer.score(scorecards);
            console.detail("scored in " + Summaries.seconds(System.nanoTime() - scoring));
            progress.phase("writing the site");
            long writing = System.nanoTime();
            Theme theme = Theme.prepare(source, Files.createDirectories(scratch.resolve("theme")));
            SiteBuilder site = new SiteBuilder(source, theme, line.getOptionValue(SITE_URL, ""));
            directory.replace(staging -> files.set(site.writeInto(report, staging, scratch)));
            console.detail("wrote the site in " + Summaries.seconds(System.nanoTime() - writing));
        } catch (PageRenderer.TemplateFailure | ContentBaker.BakeFailure e) {
            // A theme override or a content file the engine rejects: the user's to fix, like a scorecard.
            console.err().println("build failed: " + e.getMessage());
            console.err().println(output + " was left as it was");
            return ExitCode.INVALID_INPUT;
        } catch (IOException e) {
            console.err().println("build failed: " + e.getMessage());
            console.err().println(output + " was left as it was");
            return ExitCode.USAGE_OR_INTERNAL;
        } finally {
            OutputDirectory.deleteTree(scratch);
        }
        console.summary("built " + output + ": " + Summaries.plural(files.get(), "file") + ", "
                + Summaries.plural(scorecards.teams().size(), "team") + ", "
                + Summaries.plural(report.periods().size(), "period") + " in "
                + Summaries.seconds(System.nanoTime() - start));
        return ExitCode.OK;
    }
}
