package scorecards.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import scorecards.export.CsvExport;
import scorecards.export.JsonExport;
import scorecards.load.ContentReader;
import scorecards.load.SourceLoader;
import scorecards.model.Scorecards;
import scorecards.render.BadgeFiles;
import scorecards.render.ContentBaker;
import scorecards.render.GeneratedFiles;
import scorecards.render.GeneratedPaths;
import scorecards.render.LevelStyles;
import scorecards.render.OutputDirectory;
import scorecards.render.PageRenderer;
import scorecards.render.Sitemap;
import scorecards.render.Theme;
import scorecards.render.page.SitePages;
import scorecards.schema.ExportSchema;
import scorecards.schema.SchemaWriter;
import scorecards.schema.Shape;
import scorecards.score.Report;
import scorecards.score.Scorer;

/**
 * One build, the recipe of {@code build} and of every rebuild of {@code serve}, whichever door
 * it comes through: check the output → load and validate → score → write the site (theme,
 * content's paths, assets, pages, content, exports, schemas, badges, sitemap), swapping it in
 * only when complete. Each input is read once and each file of the site written once, straight
 * into the output being built. It prints nothing: the result says how it ended, and the previous
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
        try {
            directory.checkUsable(source, SOURCE_FOLDERS);
        } catch (OutputDirectory.RefusedException e) {
            throw new Refused(e.getMessage());
        }
        // Started now, the content engine's database overlaps the loading and the scoring.
        try (ContentBaker.Engine engine = ContentBaker.startEngine()) {
            SourceLoader.Result loaded = load(listener, start);
            if (!loaded.isValid()) {
                return failure(BuildResult.Outcome.INVALID_INPUT, loaded.problems(), Summaries.validation(loaded));
            }
            Scorecards scorecards = loaded.scorecards().orElseThrow();
            Report report = score(scorecards, listener);
            int files;
            try {
                files = write(report, directory, engine, listener);
            } catch (PageRenderer.TemplateFailure | ContentBaker.BakeFailure e) {
                // A theme override or a content file the engine rejects: the user's to fix, like a scorecard.
                return failure(BuildResult.Outcome.INVALID_INPUT, List.of(), "build failed: " + e.getMessage());
            } catch (IOException e) {
                return failure(BuildResult.Outcome.FAILED, List.of(), "build failed: " + e.getMessage());
            }
            String summary = "built " + output + ": " + Summaries.plural(files, "file") + ", "
                    + Summaries.plural(scorecards.teams().size(), "team") + ", "
                    + Summaries.plural(report.periods().size(), "period") + " in "
                    + Summaries.seconds(System.nanoTime() - start);
            return new BuildResult(BuildResult.Outcome.BUILT, output, List.of(), summary);
        }
    }

    private SourceLoader.Result load(BuildListener listener, long start) throws Refused, IOException {
        SourceLoader.Result loaded;
        try {
            loaded = new SourceLoader(GeneratedPaths.of(source)).load(source);
        } catch (SourceLoader.NotASourceException e) {
            throw new Refused(e.getMessage());
        }
        listener.detail("read and checked " + Summaries.plural(loaded.filesRead(), "file") + " in "
                + Summaries.seconds(System.nanoTime() - start));
        return loaded;
    }

    private static Report score(Scorecards scorecards, BuildListener listener) {
        listener.phase("scoring " + Summaries.plural(scorecards.teams().size(), "team"));
        long scoring = System.nanoTime();
        Report report = Scorer.score(scorecards);
        listener.detail("scored in " + Summaries.seconds(System.nanoTime() - scoring));
        return report;
    }

    /** Writes the site into a new folder and swaps it in for the output; returns the number of files. */
    private int write(Report report, OutputDirectory directory, ContentBaker.Engine engine, BuildListener listener)
            throws Refused, IOException {
        listener.phase("writing the site");
        long writing = System.nanoTime();
        AtomicInteger files = new AtomicInteger();
        Path scratch = Files.createTempDirectory("scorecards-build-");
        try {
            directory.replace(staging -> files.set(writeSite(report, staging, scratch, engine)));
        } catch (OutputDirectory.RefusedException e) {
            throw new Refused(e.getMessage());
        } finally {
            OutputDirectory.deleteTree(scratch);
        }
        listener.detail("wrote the site in " + Summaries.seconds(System.nanoTime() - writing));
        return files.get();
    }

    /**
     * The site of a scored report, written into {@code folder} (empty) step by step, each file once;
     * {@code scratch} is for the templates and the content engine's own files. The content engine
     * and the exports work on threads of their own while the pages have every core. Returns the
     * number of files written.
     */
    public int writeSite(Report report, Path folder, Path scratch, ContentBaker.Engine engine) throws IOException {
        String url = siteUrl.isEmpty() || siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
        String name = report.input().organisation().name();
        String period = report.currentPeriod() == null ? "" : report.currentPeriod().toString();
        GeneratedFiles site = GeneratedFiles.in(folder);
        Theme theme = Theme.prepare(source, Files.createDirectories(scratch.resolve("theme")),
                report.input().organisation().language());
        ContentBaker content = new ContentBaker(theme, name, period, url, report.input().content());
        content.claim(site);
        theme.copyAssetsInto(site);
        LevelStyles.writeInto(report, site);
        CompletableFuture<Void> baked = alongside("site-engine", () -> content.bakeInto(site, scratch, engine));
        CompletableFuture<Void> exported = alongside("site-exports", () -> {
            exports(report, site);
            BadgeFiles.writeInto(report, theme.messages(), site);
        });
        IOException failed = null;
        try {
            pages(report, theme, site, name, period, url);
        } catch (IOException e) {
            failed = e;
        } finally {
            // No step is still writing when the build goes on, or gives up.
            CompletableFuture.allOf(baked, exported).handle((ignored, error) -> null).join();
        }
        if (failed != null) {
            throw failed;
        }
        join(baked, "the content could not be baked");
        join(exported, "the data export could not be written");
        content.copyImages(source, site);
        schemas(report, site);
        Sitemap.write(site, url);
        return site.count();
    }

    private void pages(Report report, Theme theme, GeneratedFiles site, String name, String period, String url)
            throws IOException {
        List<Map<String, String>> pages = report.input().publishedPages().stream()
                .map(page -> Map.of("title", page.title(), "href", page.uri())).toList();
        new PageRenderer(theme.templates(), theme.messages(), Map.of("name", name, "period", period, "pages", pages))
                .renderAll(SitePages.all(report, url, theme.messages()), site);
    }

    private static void exports(Report report, GeneratedFiles site) throws IOException {
        try (OutputStream out = site.create(JsonExport.PATH)) {
            JsonExport.write(report, out);
        }
        try (OutputStream out = site.create(ExportSchema.PATH)) {
            ExportSchema.write(out);
        }
        try (OutputStream out = site.create(CsvExport.PATH)) {
            CsvExport.write(report, out);
        }
    }

    /** The JSON Schemas of the file kinds, generated from the model's metrics, for editors to fetch. */
    private static void schemas(Report report, GeneratedFiles site) throws IOException {
        Map<String, Shape.Mapping> schemas = SchemaWriter.files(report.input().model().metrics());
        for (String file : schemas.keySet().stream().sorted().toList()) {
            try (OutputStream out = site.create(SchemaWriter.SITE_FOLDER + "/" + file)) {
                SchemaWriter.write(file, schemas.get(file), out);
            }
        }
    }

    private interface Step {
        void run() throws IOException;
    }

    /** Runs a step on a thread of its own. */
    private static CompletableFuture<Void> alongside(String thread, Step step) {
        return CompletableFuture.runAsync(() -> {
            try {
                step.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, task -> new Thread(task, thread).start());
    }

    /** Waits for a step; its failure becomes this thread's, an I/O error as itself. */
    private static void join(CompletableFuture<Void> task, String failure) throws IOException {
        try {
            task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IOException(failure + ": " + e.getCause(), e.getCause());
        }
    }

    private BuildResult failure(BuildResult.Outcome outcome, List<scorecards.load.Problem> problems, String summary) {
        return new BuildResult(outcome, output, problems, summary);
    }
}
