package scorecards.cli;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the tool in a second Java process whose options suit a short command-line run.
 *
 * <p>Why: a run of {@code validate} or {@code build} lasts seconds, and on a 2-core CI runner
 * Java's defaults spend much of that on themselves. The optimising JIT compiler (C2) compiles
 * code the run has finished with, and the G1 collector sized for a large machine does
 * concurrent work on the second core. Class data archives made by {@code mvn package} (beside
 * the jar, see {@link #archiveFor}) save each run the loading of its classes. None of these can
 * be set inside a jar, so the jar starts itself once more with them; that costs a bare JVM start.
 * What each option saves, measured, is in docs/performance.md ("How the jar runs Java").
 *
 * <p>Options the user gives Java win: a chosen collector, compiler setting, young generation size
 * or class archive is left as it is. A Java with a debugger or profiler attached, and
 * {@code SCORECARDS_JVM_TUNING=off}, run everything in the first process.
 */
final class TunedJvm {

    /** Set in the second process, so that it never starts a third. */
    static final String RELAUNCHED = "scorecards.relaunched";
    /** {@code -Dscorecards.archive.write=FILE}: record the classes this run loads into FILE (used by {@code mvn package}). */
    static final String WRITE_ARCHIVE = "scorecards.archive.write";
    static final String SWITCH = "SCORECARDS_JVM_TUNING";

    /** The commands worth a class archive, and the archive each maps (named by the command that records it). */
    private static final Map<String, String> ARCHIVES = Map.of(
            "build", "build", "serve", "build", "validate", "validate", "diff", "validate");

    static final String QUICK_COMPILER = "-XX:TieredStopAtLevel=1";
    static final String SERIAL_COLLECTOR = "-XX:+UseSerialGC";
    /**
     * A run keeps little alive at any moment, so a small young generation is collected as cheaply
     * as a large one, and touches far fewer fresh pages of memory (each a page fault).
     */
    static final String SMALL_YOUNG_GENERATION = "-Xmn32m";

    /** The options Java reads from the environment: passed on as arguments, so that Java does not read (and announce) them twice. */
    private static final List<String> OPTION_VARIABLES = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS");
    private static final long WATCH_MILLIS = 100;

    private TunedJvm() {
    }

    static boolean isRelaunched() {
        return System.getProperty(RELAUNCHED) != null;
    }

    /** The command line of the tuned process, or empty when this process should do the work itself. */
    static Optional<List<String>> command(String[] args, Map<String, String> environment) {
        if (isRelaunched() || "off".equalsIgnoreCase(environment.get(SWITCH))) {
            return Optional.empty();
        }
        String classPath = System.getProperty("java.class.path");
        Path java = Path.of(System.getProperty("java.home"), "bin", File.separatorChar == '\\' ? "java.exe" : "java");
        if (classPath == null || classPath.isEmpty() || !Files.isExecutable(java)) {
            return Optional.empty();
        }
        List<String> given = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (given.stream().anyMatch(TunedJvm::attachesAnAgent)) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        Optional<Path> jar = jarBeside(classPath);
        command.addAll(options(given, archiveFor(args, jar)));
        command.addAll(given);
        command.add("-D" + RELAUNCHED + "=true");
        command.add("-cp");
        command.add(jar.map(Path::toString).orElse(classPath));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /**
     * A debugger or profiler attached to this Java: the command runs here, where it is attached
     * (passed on, a debugger would also find its port taken).
     */
    static boolean attachesAnAgent(String option) {
        return option.startsWith("-agentlib:") || option.startsWith("-agentpath:") || option.startsWith("-javaagent:")
                || option.startsWith("-Xrunjdwp") || option.equals("-Xdebug");
    }

    /** The tuning options, less those the user has already chosen for themselves. */
    static List<String> options(List<String> given, Optional<Path> archive) {
        List<String> options = new ArrayList<>();
        if (given.stream().noneMatch(option -> option.contains("TieredStopAtLevel") || option.contains("TieredCompilation"))) {
            options.add(QUICK_COMPILER);
        }
        if (given.stream().noneMatch(option -> option.matches("-XX:[+-]Use\\w+GC"))) {
            options.add(SERIAL_COLLECTOR);
        }
        if (given.stream().noneMatch(option -> option.startsWith("-Xmn") || option.contains("NewSize")
                || option.contains("NewRatio"))) {
            options.add(SMALL_YOUNG_GENERATION);
        }
        if (archive.isPresent() && given.stream().noneMatch(option -> option.startsWith("-Xshare")
                || option.contains("SharedArchiveFile") || option.contains("ArchiveClassesAtExit"))) {
            String write = System.getProperty(WRITE_ARCHIVE);
            if (write != null) {
                options.add("-XX:ArchiveClassesAtExit=" + Path.of(write).toAbsolutePath());
            } else if (Files.isRegularFile(archive.get())) {
                options.add("-XX:SharedArchiveFile=" + archive.get());
            }
            // An archive from another Java or an older jar is ignored, silently: it only costs speed.
            options.add("-Xlog:cds=off");
            options.add("-Xlog:cds+dynamic=off");
        }
        return options;
    }

    /** For {@code --verbose}: the Java this process runs on and the options it was given. */
    static String describe() {
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> !option.startsWith("-Xlog:cds") && !option.startsWith("-D" + RELAUNCHED)).toList();
        return "java " + Runtime.version() + (options.isEmpty() ? ", default options" : ", options: " + String.join(" ", options));
    }

    /**
     * The class archive for the command, beside the jar: {@code scorecards.jar} →
     * {@code scorecards-build.jsa} for {@code build} and {@code serve}, {@code scorecards-validate.jsa}
     * for {@code validate} and {@code diff}. One per kind of run, because Java relocates the
     * whole archive as it starts, the site engine's classes included, which a validation never
     * loads.
     */
    static Optional<Path> archiveFor(String[] args, Optional<Path> jar) {
        String kind = args.length == 0 ? null : ARCHIVES.get(args[0]);
        if (kind == null) {
            return Optional.empty();
        }
        return jar.map(path -> {
            String name = path.getFileName().toString();
            return path.resolveSibling(name.substring(0, name.length() - ".jar".length()) + "-" + kind + ".jsa");
        });
    }

    /** The tool's jar, by its real path (the class archive records it), when the class path is one jar. */
    static Optional<Path> jarBeside(String classPath) {
        if (classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(classPath).toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Runs the command with this process's standard streams and returns its exit status; empty
     * when the second process cannot be started.
     */
    static Optional<Integer> run(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        OPTION_VARIABLES.forEach(builder.environment()::remove);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return Optional.empty();
        }
        while (true) {
            try {
                return Optional.of(process.waitFor());
            } catch (InterruptedException e) {
                // Only the second process's end ends the wait: it stops by itself when this one is gone.
            }
        }
    }

    /**
     * In the second process: stop at once when the first one is gone (killed, even by
     * {@code kill -9}), as a build in the first process would have stopped. The launcher's end
     * shows as a new parent. Checked by polling because a thread blocked reading a pipe from the
     * launcher would hold up every exit of Java by 0.3 s.
     */
    static void stopWhenLauncherDies(int status) {
        ProcessHandle self = ProcessHandle.current();
        long launcher = self.parent().map(ProcessHandle::pid).orElse(-1L);
        ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "launcher-watch");
            thread.setDaemon(true);
            return thread;
        });
        watch.scheduleWithFixedDelay(() -> {
            if (self.parent().map(ProcessHandle::pid).orElse(-1L) != launcher) {
                Runtime.getRuntime().halt(status);
            }
        }, WATCH_MILLIS, WATCH_MILLIS, TimeUnit.MILLISECONDS);
    }
}
