package scorecards.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import scorecards.cli.CliRun;
import scorecards.testing.ExampleSite;

/**
 * Every example of {@code README.md} and {@code docs/*.md} does what its page says, and every
 * link between those pages leads somewhere. Each fenced block says what it is in the words after
 * its language; {@code docs/contributing.md} ("Tested examples") lists them and what is checked.
 * Each example is a test of its own, named by its page and line.
 */
@ExtendWith(ExampleSite.class)
class DocumentationExamplesTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    /** Pages being written on other branches: a link to one is accepted until the page exists, then checked. */
    private static final Set<String> KINDS = Set.of("file", "fragment", "run", "not-run", "output", "site-file", "figure");
    private static final Set<String> WORDS = Set.of("file", "fragment", "run", "not-run", "output", "site-file", "figure",
            "in", "session", "exit");
    private static final Set<String> FILE_LANGUAGES = Set.of("yaml", "csv");
    private static final Pattern PLACEHOLDER = Pattern.compile("<[a-z][a-z ]*>");
    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*:.*");

    @TestFactory
    Stream<DynamicContainer> every_example_validates_runs_or_prints_what_its_page_says(@TempDir Path temporary,
            @ExampleSite.Built Path exampleSite) {
        return pages().stream().map(page -> dynamicContainer(page.name(),
                examples(page, temporary.resolve(page.name().replace('/', '-')), exampleSite)));
    }

    @TestFactory
    Stream<DynamicTest> every_link_between_the_pages_and_every_anchor_leads_somewhere() {
        return pages().stream().flatMap(page -> page.links().stream()
                .filter(link -> !SCHEME.matcher(link.target()).matches())
                .map(link -> dynamicTest(page.name() + ":" + link.line() + " → " + link.target(),
                        located(page, link.line(), () -> checkLink(page, link.target())))));
    }

    @TestFactory
    Stream<DynamicTest> every_page_of_docs_starts_by_saying_what_it_answers() {
        return pages().stream().filter(page -> page.name().startsWith("docs/"))
                .map(page -> dynamicTest(page.name(), () -> {
                    List<String> paragraphs = List.of(Files.readString(page.file()).split("\n\\s*\n"));
                    assertTrue(paragraphs.get(0).startsWith("# ") && paragraphs.get(1).startsWith("This page answers: "),
                            page.name() + ":1: a page of docs/ opens with its title, then \"This page answers: …\"");
                }));
    }

    static List<MarkdownPage> pages() {
        List<MarkdownPage> pages = new ArrayList<>(List.of(MarkdownPage.read(PROJECT.resolve("README.md"), "README.md")));
        try (Stream<Path> files = Files.list(PROJECT.resolve("docs"))) {
            files.filter(file -> file.toString().endsWith(".md")).sorted()
                    .forEach(file -> pages.add(MarkdownPage.read(file, "docs/" + file.getFileName())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    private static Stream<DynamicTest> examples(MarkdownPage page, Path folder, Path exampleSite) {
        Map<String, ExampleRepository> sessions = new HashMap<>();
        List<MarkdownPage.Block> blocks = page.blocks();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            MarkdownPage.Block block = blocks.get(i);
            MarkdownPage.Block previous = i == 0 ? null : blocks.get(i - 1);
            MarkdownPage.Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            String name = page.name() + ":" + block.line() + " " + block.language() + " "
                    + block.words().entrySet().stream()
                            .map(word -> word.getValue().isEmpty() ? word.getKey() : word.getKey() + "=" + word.getValue())
                            .collect(Collectors.joining(" "));
            Path own = folder.resolve("line-" + block.line());
            Executable check = () -> {
                checkMarking(block, previous);
                if (block.has("file") || block.has("fragment") || block.has("run") || block.has("site-file")) {
                    String base = block.words().getOrDefault("in", "example");
                    ExampleRepository repository = block.has("session")
                            ? sessions.computeIfAbsent(block.word("session"), session -> ExampleRepository.of(base,
                                    folder.resolve("session-" + session), exampleSite))
                            : ExampleRepository.of(base, own, exampleSite);
                    check(block, next, repository);
                } else if (block.has("not-run")) {
                    ShellCommands.parse(block.body()).forEach(ShownCommands::check);
                }
            };
            // A figure is not checked, and an output is checked with the example before it.
            boolean checked = !block.has("figure") && !block.has("output");
            if (checked || !markingProblem(block, previous).isEmpty()) {
                tests.add(dynamicTest(name.strip(), located(page, block.line(), check)));
            }
        }
        return tests.stream();
    }

    /** Why a block's words do not say what it is, or "" when they do. */
    private static String markingProblem(MarkdownPage.Block block, MarkdownPage.Block previous) {
        Set<String> kinds = block.words().keySet().stream().filter(KINDS::contains).collect(Collectors.toSet());
        Set<String> unknown = block.words().keySet().stream().filter(word -> !WORDS.contains(word)).collect(Collectors.toSet());
        if (!unknown.isEmpty()) {
            return "unknown words after the language: " + unknown + "; known: " + WORDS;
        }
        if (kinds.size() != 1) {
            return "the words after the language must say what the example is, with exactly one of " + KINDS
                    + " (see docs/contributing.md, \"Tested examples\")";
        }
        String kind = kinds.iterator().next();
        if (FILE_LANGUAGES.contains(block.language()) && !kind.equals("file") && !(kind.equals("fragment") && block.language().equals("yaml"))) {
            return "a " + block.language() + " example is a whole file (file=PATH)"
                    + (block.language().equals("yaml") ? " or part of one (fragment=PATH)" : "");
        }
        if (block.language().equals("sh") && !kind.equals("run") && !kind.equals("not-run")) {
            return "a shell example is run (run) or only shown (not-run)";
        }
        if (kind.equals("output") && (previous == null
                || !(previous.has("file") || previous.has("fragment") || previous.has("run")))) {
            return "output follows the example that prints it (file, fragment or run)";
        }
        if (block.has("exit") && !kind.equals("run")) {
            return "exit=N is for commands that are run";
        }
        return "";
    }

    private static void checkMarking(MarkdownPage.Block block, MarkdownPage.Block previous) {
        String problem = markingProblem(block, previous);
        if (!problem.isEmpty()) {
            fail(problem);
        }
    }

    private static void check(MarkdownPage.Block block, MarkdownPage.Block next, ExampleRepository repository)
            throws IOException {
        MarkdownPage.Block output = next != null && next.has("output") ? next : null;
        if (block.has("file") || block.has("fragment")) {
            if (block.has("file")) {
                repository.write(block.word("file"), block.body());
            } else {
                repository.merge(block.word("fragment"), block.body());
            }
            CliRun validation = repository.validate();
            if (next != null && next.has("run") && block.has("session")
                    && block.word("session").equals(next.word("session"))) {
                return; // the commands that follow show what comes of it
            }
            if (output == null) {
                assertEquals(0, validation.exitCode(), "the repository with this example is not valid:\n"
                        + validation.out() + validation.err());
            } else {
                assertPrints(output, repository.asWritten(validation.out() + validation.err()), true);
            }
        } else if (block.has("run")) {
            run(block, output, repository);
        } else {
            Path site = repository.build();
            String file = Files.readString(site.resolve(block.word("site-file")));
            if (block.word("site-file").endsWith(".json")) {
                assertTrue(JsonFragment.parse(block.body()).isIn(file),
                        "the built site's " + block.word("site-file") + " does not hold:\n" + block.body());
                return;
            }
            String wanted = block.body().lines().map(String::strip).collect(Collectors.joining("\n"));
            assertTrue(file.lines().map(String::strip).collect(Collectors.joining("\n")).contains(wanted),
                    "the built site's " + block.word("site-file") + " does not hold:\n" + wanted);
        }
    }

    private static void run(MarkdownPage.Block block, MarkdownPage.Block output, ExampleRepository repository) {
        List<ShellCommands.Command> commands = ShellCommands.parse(block.body());
        int last = -1;
        for (int i = 0; i < commands.size(); i++) {
            if (isScorecards(commands.get(i))) {
                last = i;
            }
        }
        assertTrue(last >= 0, "no java -jar target/scorecards.jar command to run; shown only? write not-run");
        StringBuilder printed = new StringBuilder();
        for (int i = 0; i < commands.size(); i++) {
            ShellCommands.Command command = commands.get(i);
            if (isScorecards(command)) {
                List<String> arguments = command.arguments().subList(2, command.arguments().size());
                assertTrue(!arguments.isEmpty() && !arguments.get(0).equals("serve"),
                        "serve runs until stopped: show it with not-run");
                CliRun run = repository.run(arguments);
                printed.append(run.out()).append(run.err());
                int wanted = i == last && block.has("exit") ? Integer.parseInt(block.word("exit")) : 0;
                assertEquals(wanted, run.exitCode(), "java -jar target/scorecards.jar " + String.join(" ", arguments)
                        + " (line " + (command.line() + 1) + " of the block) exits " + run.exitCode() + ":\n"
                        + repository.asWritten(run.out() + run.err()));
            } else if (command.program().equals("cd")) {
                repository.changeFolder(command.arguments().get(0));
            } else {
                ShownCommands.check(command);
            }
        }
        if (output != null) {
            assertPrints(output, repository.asWritten(printed.toString()), false);
        }
    }

    private static boolean isScorecards(ShellCommands.Command command) {
        return command.program().equals("java") && command.arguments().size() > 2
                && command.arguments().subList(0, 2).equals(List.of("-jar", "target/scorecards.jar"));
    }

    /**
     * The output block against what was printed, line by line; {@code <word>} stands for one word.
     * After a file or fragment the block may leave out the count that ends {@code validate}'s output.
     */
    private static void assertPrints(MarkdownPage.Block output, String printed, boolean countMayBeLeftOut) {
        String wanted = trimLines(output.body());
        String actual = trimLines(printed);
        StringBuilder pattern = new StringBuilder();
        int end = 0;
        var placeholders = PLACEHOLDER.matcher(wanted);
        while (placeholders.find()) {
            pattern.append(Pattern.quote(wanted.substring(end, placeholders.start()))).append("\\S+");
            end = placeholders.end();
        }
        pattern.append(Pattern.quote(wanted.substring(end)));
        Pattern expected = Pattern.compile(pattern.toString());
        String withoutCount = actual.contains("\n") ? actual.substring(0, actual.lastIndexOf('\n')) : "";
        if (expected.matcher(actual).matches() || countMayBeLeftOut && expected.matcher(withoutCount).matches()) {
            return;
        }
        assertEquals(wanted, countMayBeLeftOut && !withoutCount.isEmpty() ? withoutCount : actual,
                "the output shown at line " + output.line() + " is not what is printed");
    }

    private static String trimLines(String text) {
        return text.lines().map(String::stripTrailing).collect(Collectors.joining("\n")).strip();
    }

    private static void checkLink(MarkdownPage page, String target) {
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        Path file = path.isEmpty() ? page.file() : page.file().getParent().resolve(path).normalize();
        String name = PROJECT.relativize(file).toString().replace('\\', '/');
        assertTrue(Files.exists(file), "no file " + name);
        if (hash >= 0) {
            assertTrue(name.endsWith(".md"), "an anchor into " + name + ", which is not a page");
            Set<String> anchors = MarkdownPage.read(file, name).anchors();
            String anchor = target.substring(hash + 1);
            assertTrue(anchors.contains(anchor), name + " has no heading #" + anchor + "; its anchors: " + anchors);
        }
    }

    /** Runs a check and, when it fails, says on which page and line. */
    private static Executable located(MarkdownPage page, int line, Executable check) {
        return () -> {
            try {
                check.execute();
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(page.name() + ":" + line + ": " + e.getMessage(), e);
            }
        };
    }
}
