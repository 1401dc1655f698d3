package scorecards.render;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import scorecards.testing.NpmPackage;

/**
 * The axe-core accessibility engine, from the npm registry, injected into a page and run there.
 * It is installed into target/axe on first use, so the version below is the only place it is named.
 */
final class Axe {

    static final String VERSION = "4.14.1";
    private static final NpmPackage PACKAGE = new NpmPackage("axe-core", VERSION, "axe");

    /** One violation of one rule at one element. */
    record Violation(String rule, String impact, String target, String help) {
    }

    private final String source;

    private Axe(String source) {
        this.source = source;
    }

    /** Loads axe-core, installing it with npm first where it is missing; skips (fails in CI) without npm. */
    static Axe load() {
        try {
            return new Axe(Files.readString(PACKAGE.assumeInstalled().resolve("axe.min.js")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
