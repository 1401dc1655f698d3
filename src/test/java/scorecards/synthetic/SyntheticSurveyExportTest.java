package scorecards.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorecards.cli.CliRun;

/** The benchmark's survey export: the same bytes for the same arguments, and one that imports cleanly. */
class SyntheticSurveyExportTest {

    @TempDir
    Path temp;

    @Test
    void an_export_of_a_synthetic_organisation_imports_and_builds() throws Exception {
        Path org = temp.resolve("org");
        new SyntheticOrganisation(30, 4, 42).writeInto(org);
        Path export = temp.resolve("export.csv");
        Path again = temp.resolve("again.csv");

        assertEquals(30 * 7, SyntheticSurveyExport.write(org, 7, 42, export));
        SyntheticSurveyExport.write(org, 7, 42, again);
        assertArrayEquals(Files.readAllBytes(export), Files.readAllBytes(again));

        List<String> args = new ArrayList<>(List.of("import-survey", export.toString(), "--period", "2026-Q4",
                "--source", org.toString()));
        args.addAll(SyntheticSurveyExport.IMPORT_OPTIONS);
        CliRun imported = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, imported.exitCode(), imported.out() + imported.err());
        assertEquals(30 * 7 + 1, Files.readAllLines(org.resolve("scorecards/surveys/2026-Q4.csv")).size());
        CliRun build = CliRun.of("build", "--source", org.toString(), "--output", temp.resolve("site").toString());
        assertEquals(0, build.exitCode(), build.out() + build.err());
    }
}
