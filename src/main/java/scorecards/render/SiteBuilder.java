package scorecards.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import scorecards.export.CsvExport;
import scorecards.export.JsonExport;
import scorecards.render.chart.Palette;
import scorecards.render.page.Page;
import scorecards.render.page.SitePages;
import scorecards.score.Report;

/** Writes everything a build produces for a scored report into a folder. */
public final class SiteBuilder {

    private SiteBuilder() {
    }

    /**
     * Writes the site into {@code folder} with the theme prepared in {@code theme} and returns
     * how many files were written.
     */
    public static int writeInto(Report report, Theme theme, Path folder) throws IOException {
        copyAssets(theme.assets(), folder);
        writeLevelStyles(report, folder.resolve("css/levels.css"));
        List<Page> pages = SitePages.all(report);
        new PageRenderer(theme.templates(), siteModel(report)).renderAll(pages, folder);
        Path data = folder.resolve("data");
        Files.createDirectories(data);
        try (OutputStream out = Files.newOutputStream(folder.resolve(JsonExport.PATH))) {
            JsonExport.write(report, out);
        }
        try (OutputStream out = Files.newOutputStream(folder.resolve(CsvExport.PATH))) {
            CsvExport.write(report, out);
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return (int) files.filter(Files::isRegularFile).count();
        }
    }

    /** What every template sees as {@code site}. */
    static Map<String, Object> siteModel(Report report) {
        List<Map<String, Object>> nav = new ArrayList<>();
        nav.add(Map.of("id", "overview", "title", "Overview", "href", "index.html"));
        nav.add(Map.of("id", "model", "title", "Maturity model", "href", "model.html"));
        nav.add(Map.of("id", "needs", "title", "Needs", "href", "needs.html"));
        nav.add(Map.of("id", "business-case", "title", "Business case", "href", "business-case.html"));
        nav.add(Map.of("id", "journal", "title", "Change journal", "href", "journal/index.html"));
        return Map.of(
                "name", report.input().organisation().name(),
                "period", report.currentPeriod() == null ? "" : report.currentPeriod().toString(),
                "generator", "Scorecards",
                "nav", nav);
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
                    .append(Palette.darkLevel(rank, count) ? "#ffffff" : "#1b1f24").append("; }\n");
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, css.toString());
    }
}
