package scorecards.render;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's headless Chromium, driven through Debian's ChromeDriver. Where either is missing the
 * tests that need it are skipped with a message, except in CI, where they fail: a CI run must not
 * pass by skipping them.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String INSTALL = "apt-get install chromium chromium-driver";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FAVICON = "/favicon.ico";
    /** Held, since a logger nobody references may be collected along with its level. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** True when CI runs the tests: there, a missing tool is a failure, not a skip. */
    static boolean inCi() {
        return "true".equals(System.getenv("CI"));
    }

    private static boolean told;

    /** The browser or driver that is missing, or none. */
    static List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (Path tool : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(tool)) {
                missing.add(tool.toString());
            }
        }
        return missing;
    }

    /**
     * Skips the calling test (fails it in CI) unless Chromium and ChromeDriver are installed. Called
     * per test rather than per class, so that the test report counts each skipped test.
     */
    static void assumeInstalled() {
        List<String> missing = missing();
        if (missing.isEmpty()) {
            return;
        }
        String why = "browser tests need " + String.join(" and ", missing) + ": " + INSTALL;
        if (inCi()) {
            fail(why + " (CI=true, so they may not be skipped)");
        }
        if (!told) {
            told = true;
            System.err.println("SKIPPED " + why + ", then run mvn verify again");
        }
        Assumptions.assumeTrue(false, why);
    }

    /**
     * Starts a browser with an empty profile in {@code profile}. Both paths are given explicitly, so
     * Selenium Manager has nothing to look up and downloads nothing.
     */
    static Browser start(Path profile) {
        assumeInstalled();
        // Selenium logs a warning at every start that it has no DevTools module for this exact
        // Chromium version; these tests use none, so the warning is noise.
        SELENIUM_LOG.setLevel(Level.SEVERE);
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The flags the machine's notes ask for: without the background-networking ones Chromium
        // keeps calling Google's hosts, and this closed network refuses them many at a time.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--force-device-scale-factor=1", "--window-size=1280,900",
                "--user-data-dir=" + profile.toAbsolutePath());
        // The browser log holds console errors, CSP refusals and failed loads; the performance log
        // holds every network event, so a failed request is seen even when nothing is printed.
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL", LogType.PERFORMANCE, "ALL"));
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return new Browser(driver);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens {@code url} and returns what went wrong while loading it, with the logs emptied first. */
    List<String> load(String url) {
        drainLogs();
        driver.get(url);
        return problems();
    }

    /** Empties both logs, so that what is read next belongs to the next page. */
    void drainLogs() {
        driver.manage().logs().get(LogType.BROWSER);
        driver.manage().logs().get(LogType.PERFORMANCE);
    }

    /**
     * Console errors (SEVERE entries) and failed requests since the logs were last read. Chromium
     * asks every new origin for /favicon.ico by itself, whatever the page says; the site declares no
     * icon, so that one request is the browser's, not the page's, and is left out.
     */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !entry.getMessage().contains(FAVICON)) {
                problems.add("console: " + entry.getMessage());
            }
        }
        Map<String, String> urls = new HashMap<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = readJson(entry.getMessage()).path("message");
            JsonNode params = message.path("params");
            String requestId = params.path("requestId").asText();
            switch (message.path("method").asText()) {
                case "Network.requestWillBeSent" -> urls.put(requestId, params.path("request").path("url").asText());
                case "Network.responseReceived" -> {
                    String url = params.path("response").path("url").asText();
                    int status = params.path("response").path("status").asInt();
                    if (status >= 400 && !url.endsWith(FAVICON)) {
                        problems.add("request: " + url + " answered " + status);
                    }
                }
                case "Network.loadingFailed" -> {
                    String url = urls.getOrDefault(requestId, requestId);
                    if (!url.endsWith(FAVICON)) {
                        problems.add("request: " + url + " failed: " + params.path("errorText").asText()
                                + (params.has("blockedReason") ? " (blocked: " + params.path("blockedReason").asText() + ")" : ""));
                    }
                }
                default -> {
                }
            }
        }
        return problems;
    }

    /**
     * Sets the page's viewport as a device would, through DevTools (ChromeDriver relays the command,
     * so no version-matched DevTools module is needed). A window size would include the window's own
     * parts; below 600 px the device is a phone, with overlay scroll bars and the viewport meta tag
     * honoured.
     */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Saves a screenshot as target/screenshots/{@code name}.png (not committed) and returns its path. */
    Path screenshot(String name) {
        try {
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves a picture of one element as target/screenshots/{@code name}.png (not committed) and returns its path. */
    Path screenshot(String name, org.openqa.selenium.WebElement element) {
        try {
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            Files.copy(element.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
