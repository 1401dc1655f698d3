package scorecards.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import scorecards.load.ContentReader;
import scorecards.load.SourceLoader;
import scorecards.model.Scorecards;
import scorecards.render.ContentBaker;
import scorecards.render.GeneratedPaths;
import scorecards.render.OutputDirectory;
import scorecards.render.PageRenderer;
import scorecards.render.SiteBuilder;
import scorecards.render.Theme;
import scorecards.score.Report;
import scorecards.score.Scorer;

/**
 * One build, the recipe of {@code build} and of every rebuild of {@code serve}, whichever door
 * it comes through: check the output → load and validate → score → write the site, swapping it
 * in only when complete. It prints nothing: the result says how it ended, and the previous
 * output stays as it was unless all went well.
 */
public final class SiteBuild {

    /** The folders of a source a build reads: an output may not lie in one, a preview watches them. */
    public static final List<String> SOURCE_FOLDERS = List.of(SourceLoader.FOLDER, ContentReader.FOLDER,
            Theme.SOURCE_FOLDER);

    private final Path source;
    private final Path output;
    private final String siteUrl;

    /** @param siteUrl the address the site is published at, or "" when unknown */
    public SiteBuild(Path source, Path output, String siteUrl) {
        this.source = source;
        this.output = output;
        this.siteUrl = siteUrl;
    }

    public Path source() {
        return source;
    }

    public Path output() {
        return output;
    }

    /**
     * @throws Refused     when the site URL is no http(s) address, the source is not a scorecards repository or
     *                     the output may not be replaced
     * @throws IOException when the machine fails before anything is written (the output is untouched)
     */
    public BuildResult run(BuildListener listener) throws Refused, IOException {
        long start = System.nanoTime();
        SiteUrl.check(siteUrl);
        OutputDirectory directory = new OutputDirectory(output);
        SourceLoader.Result loaded;
        CompletableFuture<Void> engineStarted;
        try {
            directory.checkUsable(source, SOURCE_FOLDERS);
            engineStarted = ContentBaker.startEngine();
            loaded = new SourceLoader(GeneratedPaths.of(source)).load(source);
        } catch (OutputDirectory.RefusedException | SourceLoader.NotASourceException e) {
            throw new Refused(e.getMessage());
        }
        listener.detail("read and checked " + Summaries.plural(loaded.filesRead(), "file") + " in "
                + Summaries.seconds(System.nanoTime() - start));
        if (!loaded.isValid()) {
            return failure(BuildResult.Outcome.INVALID_INPUT, loaded.problems(), Summaries.validation(loaded));
        }
        Scorecards scorecards = loaded.scorecards().orElseThrow();
        AtomicInteger files = new AtomicInteger();
        Report report;
        Path scratch = Files.createTempDirectory("scorecards-build-");
        try {
            listener.phase("scoring " + Summaries.plural(scorecards.teams().size(), "team"));
            long scoring = System.nanoTime();
            report = Scorer.score(scorecards);
            listener.detail("scored in " + Summaries.seconds(System.nanoTime() - scoring));
            listener.phase("writing the site");
            long writing = System.nanoTime();
            Theme theme = Theme.prepare(source, Files.createDirectories(scratch.resolve("theme")),
                    scorecards.organisation().language());
            SiteBuilder site = new SiteBuilder(source, theme, siteUrl, engineStarted);
            try {
                directory.replace(staging -> files.set(site.writeInto(report, staging, scratch)));
            } catch (OutputDirectory.RefusedException e) {
                throw new Refused(e.getMessage());
            }
            listener.detail("wrote the site in " + Summaries.seconds(System.nanoTime() - writing));
        } catch (PageRenderer.TemplateFailure | ContentBaker.BakeFailure e) {
            // A theme override or a content file the engine rejects: the user's to fix, like a scorecard.
            return failure(BuildResult.Outcome.INVALID_INPUT, List.of(), "build failed: " + e.getMessage());
        } catch (IOException e) {
            return failure(BuildResult.Outcome.FAILED, List.of(), "build failed: " + e.getMessage());
        } finally {
            OutputDirectory.deleteTree(scratch);
        }
        String summary = "built " + output + ": " + Summaries.plural(files.get(), "file") + ", "
                + Summaries.plural(scorecards.teams().size(), "team") + ", "
                + Summaries.plural(report.periods().size(), "period") + " in "
                + Summaries.seconds(System.nanoTime() - start);
        return new BuildResult(BuildResult.Outcome.BUILT, output, List.of(), summary);
    }

    private BuildResult failure(BuildResult.Outcome outcome, List<scorecards.load.Problem> problems, String summary) {
        return new BuildResult(outcome, output, problems, summary);
    }
}
