package scorecards.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import scorecards.export.CsvExport;
import scorecards.export.JsonExport;
import scorecards.score.Report;

/** Writes everything a build produces for a scored report into a folder. */
public final class SiteBuilder {

    private SiteBuilder() {
    }

    /** Writes the files and returns how many were written. */
    public static int writeInto(Report report, Path folder) throws IOException {
        Path data = folder.resolve("data");
        Files.createDirectories(data);
        try (OutputStream out = Files.newOutputStream(folder.resolve(JsonExport.PATH))) {
            JsonExport.write(report, out);
        }
        try (OutputStream out = Files.newOutputStream(folder.resolve(CsvExport.PATH))) {
            CsvExport.write(report, out);
        }
        return 2;
    }
}
