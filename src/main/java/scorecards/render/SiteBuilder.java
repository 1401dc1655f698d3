package scorecards.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import scorecards.export.CsvExport;
import scorecards.export.JsonExport;
import scorecards.model.ContentFile;
import scorecards.model.MetricRollup;
import scorecards.render.chart.Charts;
import scorecards.render.chart.Palette;
import scorecards.render.page.SitePages;
import scorecards.render.page.CampaignBadges;
import scorecards.render.page.TeamBadges;
import scorecards.schema.ExportSchema;
import scorecards.schema.SchemaWriter;
import scorecards.score.CampaignScore;
import scorecards.score.Report;
import scorecards.score.TeamScore;

/**
 * Writes the whole site for a scored report: the hand-written content baked by the site
 * engine, the data pages, the assets, the data export and the sitemap.
 */
public final class SiteBuilder {

    /** Where the JSON Schemas of the file kinds are published, for editors to fetch. */
    public static final String SCHEMAS = "schemas";

    private final Path source;
    private final Theme theme;
    private final String siteUrl;
    private final CompletableFuture<Void> engineStarted;

    /**
     * @param siteUrl       the published address ("" when unknown), used by the feed and the sitemap
     * @param engineStarted from {@link ContentBaker#startEngine()}, or a completed future
     */
    public SiteBuilder(Path source, Theme theme, String siteUrl, CompletableFuture<Void> engineStarted) {
        this.source = source;
        this.theme = theme;
        this.engineStarted = engineStarted;
        this.siteUrl = siteUrl.isEmpty() || siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
    }

    /** Writes the site into {@code folder}; {@code scratch} is for the engine's own files. Returns the file count. */
    public int writeInto(Report report, Path folder, Path scratch) throws IOException {
        String name = report.input().organisation().name();
        String period = report.currentPeriod() == null ? "" : report.currentPeriod().toString();
        List<ContentFile> content = report.input().content();
        // The engine bakes into a folder of its own, beside the data pages, on a thread of its own so
        // that the pages have every core of the common pool; what it wrote joins the site once cleaned.
        Path baked = scratch.resolve("baked");
        CompletableFuture<Void> bake = engineStarted.thenRunAsync(() -> {
            try {
                new ContentBaker(theme, name, period, siteUrl, content).bakeInto(baked, scratch);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, task -> new Thread(task, "site-engine").start());
        try {
            writeDataPages(report, folder, name, period);
        } catch (IOException | RuntimeException e) {
            // Never leave a task writing while the build gives up.
            bake.handle((ignored, error) -> null).join();
            throw e;
        }
        join(bake, "the content could not be baked");
        Map<String, String> sources = new HashMap<>();
        content.forEach(file -> sources.put(file.uri(), file.path()));
        GeneratedFiles written = GeneratedFiles.in(folder);
        for (String file : cleanBaked(baked)) {
            written.add(file, sources.getOrDefault(file, "the site engine's " + file), baked.resolve(file));
        }
        for (ContentFile image : content.stream().filter(ContentFile::isImage).toList()) {
            Path original = source.resolve(image.path());
            if (!Files.isRegularFile(original, LinkOption.NOFOLLOW_LINKS)) {
                throw new ContentBaker.BakeFailure(image.path() + " changed while the site was built; build again");
            }
            written.add(image.uri(), image.path(), original);
        }
        Sitemap.write(folder, siteUrl);
        try (Stream<Path> files = Files.walk(folder)) {
            return (int) files.filter(Files::isRegularFile).count();
        }
    }

    /**
     * Cleans everything the engine wrote, found by walking its folder rather than from a list of
     * what it should have written: each page's body, and each entry of the feed. The journal's index
     * holds no content body of its own (titles and dates, escaped by its template). Returns the
     * files, relative to {@code baked}, sorted.
     */
    private static List<String> cleanBaked(Path baked) throws IOException {
        List<String> files;
        try (Stream<Path> paths = Files.walk(baked)) {
            files = paths.filter(path -> !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))
                    .map(path -> baked.relativize(path).toString().replace('\\', '/')).sorted().toList();
        }
        for (String file : files) {
            Path path = baked.resolve(file);
            if (file.equals(ContentBaker.FEED)) {
                ContentSanitiser.cleanFeed(path);
            } else if (file.endsWith(".html") && Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                ContentSanitiser.cleanPage(path, !file.equals(ContentBaker.JOURNAL_INDEX));
            } else {
                throw new ContentBaker.BakeFailure("the site engine wrote " + file + ", which the build did not ask for");
            }
        }
        return files;
    }

    private void writeDataPages(Report report, Path folder, String name, String period) throws IOException {
        copyAssets(theme.assets(), folder);
        writeLevelStyles(report, folder.resolve("css/levels.css"));
        List<Map<String, String>> pages = report.input().publishedPages().stream()
                .map(page -> Map.of("title", page.title(), "href", page.uri())).toList();
        Files.createDirectories(folder.resolve("data"));
        CompletableFuture<Void> exports = CompletableFuture.runAsync(() -> {
            try {
                writeExports(report, folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            new PageRenderer(theme.templates(), theme.messages(), Map.of("name", name, "period", period, "pages", pages))
                    .renderAll(SitePages.all(report, siteUrl, theme.messages()), folder);
        } catch (IOException | RuntimeException e) {
            exports.handle((ignored, error) -> null).join();
            throw e;
        }
        join(exports, "the data export could not be written");
        SchemaWriter.writeAll(folder.resolve(SCHEMAS), report.input().model().metrics());
    }

    private void writeExports(Report report, Path folder) throws IOException {
        try (OutputStream out = Files.newOutputStream(folder.resolve(JsonExport.PATH))) {
            JsonExport.write(report, out);
        }
        try (OutputStream out = Files.newOutputStream(folder.resolve(ExportSchema.PATH))) {
            ExportSchema.write(out);
        }
        try (OutputStream out = Files.newOutputStream(folder.resolve(CsvExport.PATH))) {
            CsvExport.write(report, out);
        }
        writeBadges(report, folder);
    }

    /** Every team's and every campaign's README badge, beside the exports: like them, a file for other sites to fetch. */
    private void writeBadges(Report report, Path folder) throws IOException {
        Files.createDirectories(folder.resolve(TeamBadges.FOLDER));
        for (TeamScore team : report.teams()) {
            Files.writeString(folder.resolve(TeamBadges.path(team.team().id())),
                    TeamBadges.file(team, report.input().model(), theme.messages()), StandardCharsets.UTF_8);
        }
        Files.createDirectories(folder.resolve(CampaignBadges.FOLDER));
        for (CampaignScore campaign : report.campaigns()) {
            Files.writeString(folder.resolve(CampaignBadges.path(campaign.campaign().id())), CampaignBadges.file(campaign, theme.messages()),
                    StandardCharsets.UTF_8);
        }
    }

    /** Waits for a task of the build; its failure becomes this thread's, an I/O error as itself. */
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

    private static void copyAssets(Path assets, Path folder) throws IOException {
        if (!Files.isDirectory(assets)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(assets)) {
            for (Path path : paths.sorted().toList()) {
                Path target = folder.resolve(assets.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    /** One class per level rank, coloured from the same ramp as the charts. */
    private static void writeLevelStyles(Report report, Path file) throws IOException {
        int count = report.input().model().levels().size();
        List<String> colours = Palette.levels(count);
        StringBuilder css = new StringBuilder("/* Level colours, light (lowest) to dark (highest); written by each build. */\n");
        for (int rank = 0; rank < count; rank++) {
            css.append(".lvl-").append(rank).append(" { background: ").append(colours.get(rank)).append("; color: ")
                    .append(Palette.darkLevel(rank, count) ? "#ffffff" : Palette.TEXT).append("; }\n");
        }
        css.append("/* Legend keys of the charts' series. */\n").append(Charts.legendStyles());
        List<Integer> choices = report.input().model().metrics().own().stream()
                .filter(metric -> metric.rollup() == MetricRollup.DISTRIBUTION).map(metric -> metric.choices().size())
                .toList();
        if (!choices.isEmpty()) {
            css.append("/* Legend keys of the choice metrics' distributions. */\n").append(Charts.choiceStyles(choices));
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, css.toString());
    }
}
