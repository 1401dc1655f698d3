package scorecards.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import scorecards.load.SourceLoader;
import scorecards.model.Scorecards;
import scorecards.render.ContentBaker;
import scorecards.render.OutputDirectory;
import scorecards.render.PageRenderer;
import scorecards.render.SiteBuilder;
import scorecards.render.Theme;
import scorecards.score.Report;
import scorecards.score.Scorer;

/**
 * One build, the recipe of {@code build} and of every rebuild of {@code serve}:
 * check the output → load and validate → score → write the site, swapping it in only when
 * complete. Problems are printed; the previous output stays as it was unless all went well.
 */
final class SiteBuild {

    private final Path source;
    private final Path output;
    private final String siteUrl;

    SiteBuild(Path source, Path output, String siteUrl) {
        this.source = source;
        this.output = output;
        this.siteUrl = siteUrl;
    }

    Path source() {
        return source;
    }

    Path output() {
        return output;
    }

    ExitCode run(Console console) throws UsageException, CommandFailure, IOException {
        long start = System.nanoTime();
        OutputDirectory directory = new OutputDirectory(output);
        SourceLoader.Result loaded;
        CompletableFuture<Void> engineStarted;
        try {
            directory.checkUsable(source);
            engineStarted = ContentBaker.startEngine();
            loaded = new SourceLoader().load(source);
        } catch (OutputDirectory.RefusedException | SourceLoader.NotASourceException e) {
            throw new UsageException(e.getMessage());
        }
        console.detail("read and checked " + Summaries.plural(loaded.filesRead(), "file") + " in "
                + Summaries.seconds(System.nanoTime() - start));
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
            SiteBuilder site = new SiteBuilder(source, theme, siteUrl, engineStarted);
            try {
                directory.replace(staging -> files.set(site.writeInto(report, staging, scratch)));
            } catch (OutputDirectory.RefusedException e) {
                throw new CommandFailure(e.getMessage());
            }
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
