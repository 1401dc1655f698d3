package scorecards.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorecards.testing.Fixtures;

/** The jar starts itself again with options for short runs; the user's own options win. */
class TunedJvmTest {

    @TempDir
    Path temp;

    private record Ran(int status, String out, String err) {
    }

    /** Runs {@code java [javaOptions] -cp <test class path> scorecards.cli.Main args} as a user would. */
    private Ran run(List<String> javaOptions, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        Process process = start(javaOptions, environment, args);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the command ends");
        return new Ran(process.exitValue(), Files.readString(temp.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(temp.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private Process start(List<String> javaOptions, Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(temp.resolve("out.txt").toFile())
                .redirectError(temp.resolve("err.txt").toFile());
        builder.environment().remove(TunedJvm.SWITCH);
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static String javaLine(String err) {
        return err.lines().filter(line -> line.startsWith("java ")).findFirst().orElse("(no java line in: " + err + ")");
    }

    @Test
    void the_command_runs_in_a_second_java_with_the_quick_compiler_and_the_serial_collector() throws Exception {
        Ran ran = run(List.of(), Map.of(), "validate", "--verbose", "--source", Fixtures.example().toString());

        assertEquals(0, ran.status(), ran.err());
        String java = javaLine(ran.err());
        assertTrue(java.contains(TunedJvm.QUICK_COMPILER), java);
        assertTrue(java.contains(TunedJvm.SERIAL_COLLECTOR), java);
        assertTrue(ran.out().startsWith("valid: "), ran.out());
    }

    @Test
    void a_collector_and_a_compiler_setting_the_user_chose_are_kept_and_not_doubled() throws Exception {
        Ran ran = run(List.of("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=4"), Map.of(),
                "validate", "--verbose", "--source", Fixtures.example().toString());

        assertEquals(0, ran.status(), ran.err());
        String java = javaLine(ran.err());
        assertTrue(java.contains("-XX:+UseParallelGC") && java.contains("-XX:TieredStopAtLevel=4"), java);
        assertFalse(java.contains(TunedJvm.SERIAL_COLLECTOR) || java.contains(TunedJvm.QUICK_COMPILER), java);
    }

    @Test
    void the_switch_off_runs_everything_in_the_first_java_as_it_was_started() throws Exception {
        Ran ran = run(List.of(), Map.of(TunedJvm.SWITCH, "off"), "validate", "--verbose", "--source",
                Fixtures.example().toString());

        assertEquals(0, ran.status(), ran.err());
        assertTrue(javaLine(ran.err()).endsWith("default options"), ran.err());
    }

    @Test
    void a_java_with_a_debugger_attached_runs_the_command_itself() throws Exception {
        Ran ran = run(List.of("-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:0"), Map.of(),
                "validate", "--verbose", "--source", Fixtures.example().toString());

        assertEquals(0, ran.status(), ran.err());
        String java = javaLine(ran.err());
        assertTrue(java.contains("-agentlib:jdwp") && !java.contains(TunedJvm.QUICK_COMPILER), java);
        assertTrue(TunedJvm.attachesAnAgent("-javaagent:/tmp/profiler.jar") && !TunedJvm.attachesAnAgent("-Xmx2g"));
    }

    @Test
    void the_exit_status_and_the_problems_of_the_second_java_reach_the_caller() throws Exception {
        Path source = Fixtures.exampleCopy(temp.resolve("source"));
        Path team = source.resolve("scorecards/teams/returns.yaml");
        Files.writeString(team, Files.readString(team) + "colour: blue\n");

        Ran ran = run(List.of(), Map.of(), "validate", "--source", source.toString());

        assertEquals(1, ran.status());
        assertTrue(ran.out().contains("returns.yaml:") && ran.out().contains("unknown key 'colour'"), ran.out() + ran.err());
    }

    @Test
    void options_from_the_environment_are_read_and_announced_once() throws Exception {
        Ran ran = run(List.of(), Map.of("JDK_JAVA_OPTIONS", "-Dscorecards.test=1"), "validate", "--verbose",
                "--source", Fixtures.example().toString());

        assertEquals(0, ran.status(), ran.err());
        assertEquals(1, ran.err().lines().filter(line -> line.contains("Picked up JDK_JAVA_OPTIONS")).count(), ran.err());
        assertTrue(javaLine(ran.err()).contains("-Dscorecards.test=1"), ran.err());
    }

    @Test
    void killing_the_first_java_stops_the_second_at_once() throws Exception {
        Process launcher = start(List.of(), Map.of(), "serve", "--port", "0", "--source", Fixtures.example().toString(),
                "--output", temp.resolve("site").toString());
        waitForLine(temp.resolve("out.txt"), "serving ");
        List<ProcessHandle> second = launcher.descendants().toList();
        assertEquals(1, second.size(), "one second java");

        launcher.destroyForcibly();

        second.get(0).onExit().get(10, TimeUnit.SECONDS); // a TimeoutException fails the test
        assertFalse(second.get(0).isAlive(), "the second java stops with the first");
    }

    private static void waitForLine(Path file, String start) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (Files.exists(file)) {
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                        StandardCharsets.UTF_8))) {
                    if (reader.lines().anyMatch(line -> line.startsWith(start))) {
                        return;
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no line starting '" + start + "' in " + Files.readString(file));
    }

    @Test
    void tuning_leaves_out_what_the_user_set_and_maps_an_archive_that_exists() throws IOException {
        Path archive = Files.createFile(temp.resolve("scorecards-build.jsa"));
        Path missing = temp.resolve("scorecards-validate.jsa");

        assertEquals(List.of(TunedJvm.QUICK_COMPILER, TunedJvm.SERIAL_COLLECTOR, TunedJvm.SMALL_YOUNG_GENERATION),
                TunedJvm.options(List.of(), Optional.empty()));
        assertEquals(List.of(TunedJvm.SERIAL_COLLECTOR, TunedJvm.SMALL_YOUNG_GENERATION),
                TunedJvm.options(List.of("-XX:-TieredCompilation"), Optional.empty()));
        assertEquals(List.of(TunedJvm.QUICK_COMPILER, TunedJvm.SMALL_YOUNG_GENERATION),
                TunedJvm.options(List.of("-XX:+UseG1GC", "-Xmx2g"), Optional.empty()));
        assertEquals(List.of(TunedJvm.QUICK_COMPILER, TunedJvm.SERIAL_COLLECTOR),
                TunedJvm.options(List.of("-Xmn256m"), Optional.empty()));
        assertEquals(List.of(TunedJvm.QUICK_COMPILER, TunedJvm.SERIAL_COLLECTOR, TunedJvm.SMALL_YOUNG_GENERATION,
                "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"),
                TunedJvm.options(List.of(), Optional.of(archive)));
        assertEquals(List.of(TunedJvm.QUICK_COMPILER, TunedJvm.SERIAL_COLLECTOR, TunedJvm.SMALL_YOUNG_GENERATION,
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off"), TunedJvm.options(List.of(), Optional.of(missing)));
        assertEquals(List.of(TunedJvm.QUICK_COMPILER, TunedJvm.SERIAL_COLLECTOR, TunedJvm.SMALL_YOUNG_GENERATION),
                TunedJvm.options(List.of("-Xshare:off"), Optional.of(archive)));
    }

    @Test
    void each_kind_of_command_maps_its_own_archive_beside_the_jar() throws IOException {
        Path jar = Files.createFile(temp.resolve("scorecards.jar")).toRealPath();
        Optional<Path> found = TunedJvm.jarBeside(jar.toString());

        assertEquals(Optional.of(jar), found);
        assertEquals(Optional.of(jar.resolveSibling("scorecards-build.jsa")), TunedJvm.archiveFor(new String[] {"build", "-q"}, found));
        assertEquals(Optional.of(jar.resolveSibling("scorecards-build.jsa")), TunedJvm.archiveFor(new String[] {"serve"}, found));
        assertEquals(Optional.of(jar.resolveSibling("scorecards-validate.jsa")), TunedJvm.archiveFor(new String[] {"validate"}, found));
        assertEquals(Optional.of(jar.resolveSibling("scorecards-validate.jsa")), TunedJvm.archiveFor(new String[] {"diff"}, found));
        assertEquals(Optional.empty(), TunedJvm.archiveFor(new String[] {"new-team", "x"}, found));
        assertEquals(Optional.empty(), TunedJvm.archiveFor(new String[] {}, found));
        Optional<Path> twoEntries = TunedJvm.jarBeside(jar + java.io.File.pathSeparator + "other.jar");
        assertEquals(Optional.empty(), twoEntries);
        assertEquals(Optional.empty(), TunedJvm.archiveFor(new String[] {"build"}, twoEntries));
    }
}
