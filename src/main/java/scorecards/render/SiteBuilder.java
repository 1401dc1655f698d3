package scorecards.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import scorecards.export.CsvExport;
import scorecards.export.JsonExport;
import scorecards.model.ContentFile;
import scorecards.render.chart.Palette;
import scorecards.render.page.SitePages;
import scorecards.schema.SchemaWriter;
import scorecards.score.Report;

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

    /** @param siteUrl the published address ("" when unknown), used by the feed and the sitemap */
    public SiteBuilder(Path source, Theme theme, String siteUrl) {
        this.source = source;
        this.theme = theme;
        this.siteUrl = siteUrl.isEmpty() || siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
    }

    /** Writes the site into {@code folder}; {@code scratch} is for the engine's own files. Returns the file count. */
    public int writeInto(Report report, Path folder, Path scratch) throws IOException {
        String name = report.input().organisation().name();
        String period = report.currentPeriod() == null ? "" : report.currentPeriod().toString();
        // The engine spends most of its time starting its database: let it run beside the data pages.
        CompletableFuture<Void> content = CompletableFuture.runAsync(() -> {
            try {
                new ContentBaker(source, theme, name, period, siteUrl).bakeInto(folder, scratch);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            writeDataPages(report, folder, name, period);
        } catch (IOException | RuntimeException e) {
            // Never leave the engine writing into a folder that is about to be deleted.
            content.handle((ignored, error) -> null).join();
            throw e;
        }
        awaitContent(content);
        removeDrafts(report, folder);
        ContentSanitiser.cleanPages(report.input().content().stream().filter(file -> !file.draft())
                .map(file -> folder.resolve(file.uri())).toList());
        ContentSanitiser.cleanFeed(folder.resolve(ContentBaker.FEED));
        Sitemap.write(folder, siteUrl);
        try (Stream<Path> files = Files.walk(folder)) {
            return (int) files.filter(Files::isRegularFile).count();
        }
    }

    private void writeDataPages(Report report, Path folder, String name, String period) throws IOException {
        copyAssets(theme.assets(), folder);
        writeLevelStyles(report, folder.resolve("css/levels.css"));
        List<Map<String, String>> pages = report.input().publishedPages().stream()
                .map(page -> Map.of("title", page.title(), "href", page.uri())).toList();
        new PageRenderer(theme.templates(), Map.of("name", name, "period", period, "pages", pages))
                .renderAll(SitePages.all(report), folder);
        Files.createDirectories(folder.resolve("data"));
        try (OutputStream out = Files.newOutputStream(folder.resolve(JsonExport.PATH))) {
            JsonExport.write(report, out);
        }
        try (OutputStream out = Files.newOutputStream(folder.resolve(CsvExport.PATH))) {
            CsvExport.write(report, out);
        }
        SchemaWriter.writeAll(folder.resolve(SCHEMAS));
    }

    private static void awaitContent(CompletableFuture<Void> content) throws IOException {
        try {
            content.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IOException("the content could not be baked: " + e.getCause(), e.getCause());
        }
    }

    /** The engine writes drafts too, as name-draft.html; a draft is not for publishing. */
    private static void removeDrafts(Report report, Path folder) throws IOException {
        for (ContentFile file : report.input().content()) {
            if (file.draft()) {
                String uri = file.uri();
                Files.deleteIfExists(folder.resolve(uri.substring(0, uri.length() - ".html".length()) + "-draft.html"));
            }
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
        Files.createDirectories(file.getParent());
        Files.writeString(file, css.toString());
    }
}
