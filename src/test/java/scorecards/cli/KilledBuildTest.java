package scorecards.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import scorecards.testing.ExampleSite;
import scorecards.testing.Fixtures;

/**
 * A build process killed at different moments: the previous site is always there, whole. The
 * same input gives the same bytes, so "whole" means identical to the site before.
 */
@ExtendWith(ExampleSite.class)
class KilledBuildTest {

    @TempDir
    Path temp;

    private Process start(Path output) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "build", "--source", Fixtures.example().toString(), "--output", output.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /**
     * As a CI runner cancels a job: every process of the command, at once. (The jar runs the build
     * in a second Java; that one also stops by itself when the first is killed alone.)
     */
    private static void killTree(Process process) throws Exception {
        List<ProcessHandle> tree = new java.util.ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : tree) {
            handle.onExit().get(60, TimeUnit.SECONDS);
        }
    }

    private static TreeMap<String, String> snapshot(Path site) throws IOException {
        TreeMap<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(site)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(path).toString(), Integer.toHexString(java.util.Arrays.hashCode(Files.readAllBytes(path))));
            }
        }
        return files;
    }

    @Test
    void a_build_killed_at_any_moment_leaves_the_previous_site_whole(@ExampleSite.Built Path example) throws Exception {
        // The previous site: the example as a build wrote it, copied, so that it is this test's to replace.
        Path output = Fixtures.copy(example, temp.resolve("site"));
        TreeMap<String, String> before = snapshot(output);

        for (long delay : List.of(100L, 400L, 800L, 1200L, 1600L, 2000L, 2500L, 3000L)) {
            Process build = start(output);
            Thread.sleep(delay);
            killTree(build);

            assertEquals(before, snapshot(output), "after a kill at " + delay + " ms");
        }
        Process after = start(output);
        assertTrue(after.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, after.exitValue(), "the next build cleans up and succeeds");
        assertEquals(before, snapshot(output));
        try (Stream<Path> entries = Files.list(temp)) {
            assertEquals(List.of(".site.lock", "site"), entries.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
