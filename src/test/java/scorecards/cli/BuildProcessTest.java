package scorecards.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorecards.testing.Fixtures;

/** The build as its own process, as a user runs it: what it prints, and what it leaves behind. */
class BuildProcessTest {

    @TempDir
    Path temp;

    @Test
    void a_build_prints_one_summary_line_and_the_site_engine_stays_quiet() throws IOException, InterruptedException {
        Path output = temp.resolve("site");
        Path workingDirectory = Files.createDirectories(temp.resolve("cwd"));
        Process process = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "build", "--source", Fixtures.example().toString(), "--output", output.toString())
                .directory(workingDirectory.toFile())
                .redirectOutput(temp.resolve("out.txt").toFile())
                .redirectError(temp.resolve("err.txt").toFile())
                .start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the build ends");

        List<String> out = Files.readAllLines(temp.resolve("out.txt"), StandardCharsets.UTF_8);
        String err = Files.readString(temp.resolve("err.txt"), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), err);
        assertEquals("", err);
        assertEquals(1, out.size(), out.toString());
        assertTrue(out.get(0).matches("built .*: \\d+ files, 14 teams, 8 periods in \\d+\\.\\d\\d s"), out.get(0));
        try (var left = Files.list(workingDirectory)) {
            assertEquals(0, left.count(), "nothing is written into the working folder");
        }
    }
}
