package scorecards.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import scorecards.cli.CliRun;
import scorecards.testing.Fixtures;

/**
 * A copy of a repository in a temporary folder, in which the documentation's examples are put and
 * its commands run as a reader would run them. The folder stands for the reader's file system:
 * the repository is the current folder, {@code /tmp/site} and {@code ~/Downloads/…} lie inside it,
 * and what the commands print is written back with the paths as the documentation wrote them.
 */
final class ExampleRepository {

    private static final Pattern PATH_OPTION = Pattern.compile("--([a-z-]+) <(?:DIR|FILE)>");
    private static final Pattern OUTPUT_DEFAULT = Pattern.compile("--output <DIR>[^\\n]*\\(default: ([^)]+)\\)");
    private static final Pattern USAGE = Pattern.compile("usage: java -jar scorecards\\.jar \\S+((?: [A-Z]+)*)");

    private final Path root;
    private final Path repository;
    private Path current;
    /** The site built from the repository as it stands, if it has been built since its last change. */
    private Path built;
    /** Absolute paths the commands were given, and how the documentation wrote each. */
    private final Map<String, String> written = new LinkedHashMap<>();

    private ExampleRepository(Path root, Path repository, Path built) {
        this.root = root;
        this.repository = repository;
        this.current = repository;
        this.built = built;
        written.put(repository.toString(), ".");
    }

    /**
     * A copy of the example organisation ({@code example}) or of the fixture {@code src/test/resources/NAME}.
     * Until the copy of the example changes, its site is {@code exampleSite}, the shared build of the
     * example (read, never written).
     */
    static ExampleRepository of(String base, Path temporary, Path exampleSite) {
        Path repository = temporary.resolve("work/repository");
        if (base.equals("example")) {
            Fixtures.exampleCopy(repository);
            Fixtures.copy(Fixtures.example().resolve("content"), repository.resolve("content"));
            return new ExampleRepository(temporary, repository, exampleSite);
        }
        Fixtures.copy(Fixtures.resource(base), repository);
        return new ExampleRepository(temporary, repository, null);
    }

    /** A path as the documentation writes it, in the temporary file system. */
    Path path(String text) {
        Path path;
        if (text.startsWith("~/")) {
            path = root.resolve("home").resolve(text.substring(2));
        } else if (text.startsWith("/")) {
            path = root.resolve(text.substring(1));
        } else {
            path = current.resolve(text);
        }
        path = path.normalize();
        written.putIfAbsent(path.toString(), text);
        return path;
    }

    void write(String file, String text) {
        built = null;
        Path path = path(file);
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts a YAML fragment into a file the repository has. */
    void merge(String file, String fragment) {
        built = null;
        Path path = path(file);
        if (!Files.isRegularFile(path)) {
            throw new AssertionError("the repository has no " + file + " to put the fragment into");
        }
        try {
            Files.writeString(path, YamlFragment.apply(Files.readString(path), fragment));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void changeFolder(String folder) {
        current = path(folder);
    }

    CliRun validate() {
        return CliRun.of("validate", "--source", repository.toString());
    }

    /** The site of the repository as it stands, built into a folder of its own once per change. */
    Path build() {
        if (built == null) {
            Path output = root.resolve("built-site");
            CliRun run = CliRun.of("build", "--source", repository.toString(), "--output", output.toString());
            assertEquals(0, run.exitCode(), "the repository does not build: " + run.out() + run.err());
            built = output;
        }
        return built;
    }

    /**
     * Runs {@code java -jar target/scorecards.jar ARGUMENTS} in-process. Paths the command takes
     * (its options of a folder or file, and its folder or file arguments) are read from the
     * current folder; a command that reads a source or writes an output by default gets them
     * spelt out, so that nothing is read or written outside the temporary folder.
     */
    CliRun run(List<String> arguments) {
        built = null;
        if (arguments.isEmpty() || arguments.get(0).startsWith("-")) {
            return CliRun.of(arguments.toArray(String[]::new));
        }
        String help = CliRun.of(arguments.get(0), "--help").out();
        List<String> pathOptions = new ArrayList<>();
        PATH_OPTION.matcher(help).results().forEach(match -> pathOptions.add("--" + match.group(1)));
        Matcher usage = USAGE.matcher(help);
        List<String> positional = usage.find() ? List.of(usage.group(1).strip().split(" ")) : List.of();

        List<String> args = new ArrayList<>(List.of(arguments.get(0)));
        int position = 0;
        for (int i = 1; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (pathOptions.contains(argument) && i + 1 < arguments.size()) {
                args.add(argument);
                args.add(path(arguments.get(++i)).toString());
            } else if (argument.startsWith("-")) {
                args.add(argument);
                if (!help.contains(argument + " <") || i + 1 >= arguments.size()) {
                    continue;
                }
                args.add(arguments.get(++i));
            } else {
                String name = position < positional.size() ? positional.get(position) : "";
                position++;
                args.add(name.equals("DIR") || name.equals("FILE") ? path(argument).toString() : argument);
            }
        }
        if (pathOptions.contains("--source") && !arguments.contains("--source")) {
            args.addAll(List.of("--source", current.toString()));
        }
        Matcher output = OUTPUT_DEFAULT.matcher(help);
        if (output.find() && !arguments.contains("--output")) {
            String defaultOutput = output.group(1);
            args.addAll(List.of("--output", path(defaultOutput).toString()));
        }
        return CliRun.of(args.toArray(String[]::new));
    }

    /** What a command printed, with every path it was given written as the documentation wrote it. */
    String asWritten(String printed) {
        String text = printed;
        List<Map.Entry<String, String>> paths = new ArrayList<>(written.entrySet());
        paths.sort(Comparator.comparing((Map.Entry<String, String> entry) -> entry.getKey().length()).reversed());
        for (Map.Entry<String, String> path : paths) {
            text = text.replace(path.getKey(), path.getValue());
        }
        return text;
    }
}
