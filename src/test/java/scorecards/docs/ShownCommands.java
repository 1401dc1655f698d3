package scorecards.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import scorecards.cli.CliRun;

/**
 * Checks a command the documentation shows but a test cannot run (a whole Maven build, the
 * benchmark, a package installation): that what it names exists. A scorecards command and each
 * of its options, a plugin goal and each {@code -Dscorecards.*} property, each test class of
 * {@code -Dtest}, a class run from the jar, and a script of this repository.
 */
final class ShownCommands {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Pattern GOAL = Pattern.compile("<goal>([^<]+)</goal>");
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{(scorecards\\.[A-Za-z]+)}");

    private ShownCommands() {
    }

    static void check(ShellCommands.Command command) {
        switch (command.program()) {
            case "java" -> java(command.arguments());
            case "mvn" -> maven(command.arguments());
            case "cd", "apt-get" -> {
                // Nothing of this repository to check.
            }
            default -> {
                Path script = PROJECT.resolve(command.program());
                assertTrue(Files.isExecutable(script) && !command.program().startsWith("/"),
                        "the test knows no program " + command.program() + " and there is no such script here");
            }
        }
    }

    private static void java(List<String> arguments) {
        if (arguments.size() >= 3 && arguments.get(0).equals("-jar") && arguments.get(1).equals("target/scorecards.jar")) {
            scorecards(arguments.subList(2, arguments.size()));
        } else if (arguments.size() >= 3 && arguments.get(0).equals("-cp") && arguments.get(1).equals("target/scorecards.jar")) {
            // The jar holds the compiled main sources, not the tests (the synthetic organisations are
            // test code): a class the test class path has may still be missing from the jar.
            Path compiled = PROJECT.resolve("target/classes/" + arguments.get(2).replace('.', '/') + ".class");
            assertTrue(Files.isRegularFile(compiled), "the jar has no class " + arguments.get(2));
        } else {
            fail("the test knows only java -jar target/scorecards.jar and java -cp target/scorecards.jar CLASS");
        }
    }

    /** A command of the tool: known, and each of its options in its help. */
    static void scorecards(List<String> arguments) {
        if (arguments.get(0).startsWith("-")) {
            assertEquals(0, CliRun.of(arguments.get(0)).exitCode(), "no option " + arguments.get(0));
            return;
        }
        CliRun help = CliRun.of(arguments.get(0), "--help");
        assertEquals(0, help.exitCode(), "no command " + arguments.get(0) + ": " + help.err());
        arguments.stream().filter(argument -> argument.startsWith("--"))
                .forEach(option -> assertTrue(help.out().contains(option + " ") || help.out().contains(option + "\n"),
                        "the command " + arguments.get(0) + " has no option " + option));
    }

    private static void maven(List<String> arguments) {
        String plugin = read(PROJECT.resolve("target/classes/META-INF/maven/plugin.xml"));
        List<String> goals = GOAL.matcher(plugin).results().map(match -> "scorecards:" + match.group(1)).toList();
        List<String> properties = PROPERTY.matcher(plugin).results().map(match -> match.group(1)).toList();
        for (String argument : arguments) {
            if (argument.startsWith("scorecards:")) {
                assertTrue(goals.contains(argument), "the plugin has no goal " + argument + "; it has " + goals);
            } else if (argument.startsWith("-Dscorecards.")) {
                String property = argument.substring(2).split("=", 2)[0];
                assertTrue(properties.contains(property), "the plugin has no property " + property);
            } else if (argument.startsWith("-Dtest=")) {
                for (String test : argument.substring("-Dtest=".length()).split(",")) {
                    assertTrue(testClassExists(test), "there is no test class " + test);
                }
            }
        }
    }

    private static boolean testClassExists(String name) {
        try (Stream<Path> files = Files.walk(PROJECT.resolve("src/test/java"))) {
            return files.anyMatch(file -> file.getFileName().toString().equals(name + ".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
