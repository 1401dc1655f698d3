package scorecards.render;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The axe-core accessibility engine, from the npm registry, injected into a page and run there.
 * It is installed into target/axe on first use, so the version below is the only place it is named.
 */
final class Axe {

    static final String VERSION = "4.14.1";
    static final Path HOME = Path.of("target", "axe");
    static final Path SCRIPT = HOME.resolve("node_modules/axe-core/axe.min.js");

    /** One violation of one rule at one element. */
    record Violation(String rule, String impact, String target, String help) {
    }

    /** Why axe-core cannot be had, empty when it can; null until first asked. */
    private static String unavailable;
    private static boolean told;

    private final String source;

    private Axe(String source) {
        this.source = source;
    }

    /** Loads axe-core, installing it with npm first where it is missing; skips (fails in CI) without npm. */
    static Axe load() {
        if (unavailable == null) {
            unavailable = installedVersion().equals(VERSION) ? "" : install();
        }
        if (!unavailable.isEmpty()) {
            if (Browser.inCi()) {
                fail(unavailable + " (CI=true, so the check may not be skipped)");
            }
            if (!told) {
                told = true;
                System.err.println("SKIPPED the accessibility check: " + unavailable);
            }
            Assumptions.assumeTrue(false, unavailable);
        }
        try {
            return new Axe(Files.readString(SCRIPT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String installedVersion() {
        Path manifest = HOME.resolve("node_modules/axe-core/package.json");
        if (!Files.isRegularFile(manifest) || !Files.isRegularFile(SCRIPT)) {
            return "";
        }
        try {
            return Browser.readJson(Files.readString(manifest)).path("version").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Installs axe-core with npm; returns why it could not, or an empty text. */
    private static String install() {
        String command = "npm install --no-save --prefix target/axe axe-core@" + VERSION;
        try {
            Files.createDirectories(HOME);
            Path log = HOME.resolve("npm.log");
            Process npm = new ProcessBuilder("npm", "install", "--no-save", "--no-audit", "--no-fund",
                    "--loglevel=error", "--prefix", HOME.toString(), "axe-core@" + VERSION)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!npm.waitFor(180, TimeUnit.SECONDS)) {
                npm.destroyForcibly();
                return command + " took over 180 s";
            }
            if (npm.exitValue() != 0) {
                return command + " exited " + npm.exitValue() + ":\n" + Files.readString(log);
            }
            return installedVersion().equals(VERSION) ? "" : command + " did not install " + SCRIPT;
        } catch (IOException e) {
            // No npm on the PATH: ProcessBuilder cannot start it.
            return "npm is not installed (" + e.getMessage() + "): apt-get install npm";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return command + " was interrupted";
        }
    }

    /**
     * Runs every rule of axe-core on the page the browser shows. WebDriver's scripts run outside the
     * page's Content-Security-Policy, so the site's strict policy needs no exception for them.
     */
    List<Violation> run(JavascriptExecutor page) {
        page.executeScript(source);
        Object result = page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                    .then(results => done(JSON.stringify(results.violations)))
                    .catch(error => done(JSON.stringify({ error: String(error) })));
                """);
        JsonNode violations = Browser.readJson(String.valueOf(result));
        if (violations.has("error")) {
            fail("axe-core did not run: " + violations.get("error").asText());
        }
        List<Violation> found = new ArrayList<>();
        for (JsonNode violation : violations) {
            for (JsonNode node : violation.path("nodes")) {
                found.add(new Violation(violation.path("id").asText(), violation.path("impact").asText(),
                        node.path("target").toString(), violation.path("help").asText()));
            }
        }
        return found;
    }
}
