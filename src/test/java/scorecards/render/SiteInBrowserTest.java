package scorecards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import scorecards.serve.PreviewServer;
import scorecards.testing.ExampleSite;
import scorecards.testing.Fixtures;

/**
 * The example organisation's site in headless Chromium: every page loads cleanly under its own
 * Content-Security-Policy, the overview and a team page work at phone and desktop widths, and axe-core
 * finds no serious or critical accessibility problem. The pages of own metrics, facts and second
 * looks are tried the same way on a site built from the {@code own-metrics-site} fixture, and the
 * Spanish words, longer than the English ones, on the example built with {@code language: es}.
 * Without a browser it is skipped, except in CI.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ExampleSite.class)
class SiteInBrowserTest {

    /** The pages a person opens first: photographed, and their navigation tried, at both widths. */
    private static final List<String> KEY_PAGES = List.of("index.html", "teams/payments.html", "tribes/index.html");

    private BuiltSite site;
    private PreviewServer server;
    /** A site with own metrics, facts and flagged assessments, served on its own. */
    private BuiltSite own;
    private PreviewServer ownServer;
    /** The example in Spanish, served on its own. */
    private BuiltSite spanish;
    private PreviewServer spanishServer;
    private Browser browser;

    /** A site and the server that serves it. */
    private record Served(String name, BuiltSite site, PreviewServer server) {
        String url(String page) {
            return server.address() + page;
        }
    }

    /** Both sites, each page of which every check below opens. */
    private List<Served> sites() {
        return List.of(new Served("example", site, server), new Served("own-metrics-site", own, ownServer),
                new Served("example-es", spanish, spanishServer));
    }

    @BeforeAll
    void start(@TempDir Path temp, @ExampleSite.Built Path example, @ExampleSite.Built(language = "es") Path spanishExample)
            throws Exception {
        // Without a browser there is nothing to start; each test then skips, or fails in CI.
        if (!Browser.missing().isEmpty()) {
            return;
        }
        site = new BuiltSite(example);
        server = new PreviewServer(site.root(), 0);
        own = BuiltSite.build(Fixtures.resource("own-metrics-site"), temp.resolve("own"));
        ownServer = new PreviewServer(own.root(), 0);
        spanish = new BuiltSite(spanishExample);
        spanishServer = new PreviewServer(spanish.root(), 0);
        browser = Browser.start(temp.resolve("profile"));
    }

    @BeforeEach
    void needs_a_browser() {
        Browser.assumeInstalled();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        if (ownServer != null) {
            ownServer.close();
        }
        if (spanishServer != null) {
            spanishServer.close();
        }
    }

    private String served(String page) {
        return server.address() + page;
    }

    @Test
    void the_checks_catch_a_refused_inline_style_a_missing_file_and_an_image_without_text(@TempDir Path temp)
            throws Exception {
        // An empty list proves nothing unless the same reading finds problems where there are some.
        Files.writeString(temp.resolve("broken.html"), """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
                <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'">
                <title>Broken</title><style>main { color: red; }</style></head>
                <body><main><h1>Broken</h1><img src="missing.png"></main></body></html>
                """);
        try (PreviewServer broken = new PreviewServer(temp, 0)) {
            List<String> problems = new ArrayList<>(browser.load(broken.address() + "broken.html"));
            // On a busy machine the browser may report the failed request a moment after the load.
            String missing = "request: " + broken.address() + "missing.png answered 404";
            for (int wait = 0; wait < 50 && !problems.contains(missing); wait++) {
                Thread.sleep(100);
                problems.addAll(browser.problems());
            }
            assertTrue(problems.stream().anyMatch(p -> p.startsWith("console: ") && p.contains("Content Security Policy")),
                    problems.toString());
            assertTrue(problems.contains(missing), problems.toString());
            // The policy forbids every script, yet axe-core runs: WebDriver's scripts are exempt.
            List<Axe.Violation> violations = Axe.load().run(browser.driver());
            assertTrue(violations.stream().anyMatch(v -> v.rule().equals("image-alt") && v.impact().equals("critical")),
                    violations.toString());
        }
    }

    @Test
    void every_page_served_over_http_loads_with_no_console_error_or_failed_request() {
        browser.viewport(1280, 900);
        Map<String, List<String>> problems = new TreeMap<>();
        for (Served served : sites()) {
            for (String page : served.site().htmlPages()) {
                List<String> found = browser.load(served.url(page));
                if (!found.isEmpty()) {
                    problems.put(served.name() + ": " + page, found);
                }
            }
        }
        assertTrue(own.htmlPages().contains("directory/second-look.html"), "the second look is among them");
        assertTrue(site.htmlPages().size() > 30, "the example has a page per team, dimension and product");
        assertEquals(5, site.htmlPages().stream().filter(page -> page.startsWith("tribes/")).count(),
                "the tribes index and a page per tribe are among them");
        assertEquals(Map.of(), problems);
    }

    @Test
    void every_badge_opens_on_its_own_as_an_image_named_by_its_title_and_as_wide_as_it_says() throws Exception {
        // A README shows the badge from another site, outside any page of this one; in Spanish its
        // longer words must still fit the width the file declares.
        List<String> problems = new ArrayList<>();
        for (Served served : List.of(sites().get(0), sites().get(2))) {
            List<Path> badges;
            try (var files = Files.walk(served.site().root().resolve("badges"))) {
                badges = files.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path badge : badges) {
                String path = served.site().root().relativize(badge).toString().replace('\\', '/');
                problems.addAll(browser.load(served.url(path)));
                Object name = browser.driver().executeScript("""
                        const svg = document.documentElement;
                        const title = document.getElementById(svg.getAttribute('aria-labelledby'));
                        const right = Math.max(...[...svg.querySelectorAll('text')].map(t => t.getBBox().x + t.getBBox().width));
                        return svg.localName + ' ' + svg.getAttribute('role') + ' ' + Math.round(svg.getBoundingClientRect().width)
                            + ' ' + (right <= svg.getBoundingClientRect().width + 0.5 ? 'fits' : 'overflows at ' + right)
                            + ' ' + (title ? title.textContent : 'no title');
                        """);
                String width = Files.readString(badge).replaceAll("(?s)^<svg[^>]* width=\"([0-9.]+)\".*", "$1");
                String label = served.name() + ": " + badge + ": " + name;
                assertTrue(String.valueOf(name).startsWith("svg img " + Math.round(Double.parseDouble(width)) + " fits "), label);
                if (served.site() == site) {
                    assertTrue(String.valueOf(name).contains(path.startsWith("badges/campaigns/")
                            ? " teams meet the goal in " : ": overall level "), label);
                }
            }
            assertEquals(14 + 3, badges.size(), served.name() + ": a badge per team and per campaign");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void every_page_opened_from_disk_loads_with_no_console_error_or_failed_request() {
        // The README promises the site works straight from disk, where 'self' in the policy and
        // relative links behave differently from a server.
        browser.viewport(1280, 900);
        Map<String, List<String>> problems = new TreeMap<>();
        for (Served served : sites()) {
            for (String page : served.site().htmlPages()) {
                List<String> found = browser.load(served.site().root().resolve(page).toUri().toString());
                if (!found.isEmpty()) {
                    problems.put(served.name() + ": " + page, found);
                }
            }
        }
        assertEquals(Map.of(), problems);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"phone, 390, 844", "desktop, 1280, 900"})
    void no_page_has_a_serious_or_critical_accessibility_violation(String name, int width, int height) {
        // Both widths: a table that scrolls sideways on a phone must still be reachable by keyboard.
        Axe axe = Axe.load();
        browser.viewport(width, height);
        List<String> serious = new ArrayList<>();
        for (Served served : sites()) {
            for (String page : served.site().htmlPages()) {
                browser.load(served.url(page));
                for (Axe.Violation violation : axe.run(browser.driver())) {
                    if (violation.impact().equals("serious") || violation.impact().equals("critical")) {
                        serious.add(served.name() + ": " + page + ": " + violation.rule() + " (" + violation.impact()
                                + ") at " + violation.target() + ": " + violation.help());
                    }
                }
            }
        }
        assertEquals(List.of(), serious, "axe-core " + Axe.VERSION + " at " + width + " px");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"phone, 390, 844", "desktop, 1280, 900"})
    void every_page_fits_the_width_without_sideways_scrolling(String name, int width, int height) {
        browser.viewport(width, height);
        Map<String, String> tooWide = new TreeMap<>();
        for (Served served : sites()) {
            for (String page : served.site().htmlPages()) {
                String label = served.name() + ": " + page;
                assertEquals(List.of(), browser.load(served.url(page)), label);
                if (served.site() != own && KEY_PAGES.contains(page)) {
                    browser.screenshot(page.replace('/', '-').replace(".html", "")
                            + (served.site() == spanish ? "-es-" : "-") + name);
                }
                // Wide tables scroll inside a .scroll container; nothing else may stick out. An
                // absolutely positioned element inside one escapes its scrolling unless the container
                // is its containing block, so those are listed too.
                @SuppressWarnings("unchecked")
                Map<String, Object> layout = (Map<String, Object>) browser.driver().executeScript("""
                        const width = arguments[0];
                        const outside = [];
                        for (const element of document.body.querySelectorAll('*')) {
                          const position = getComputedStyle(element).position;
                          const box = position === 'absolute' ? element.offsetParent : element.parentElement;
                          if (position !== 'fixed' && box && box.closest('.scroll')) continue;
                          const right = element.getBoundingClientRect().right;
                          if (right > width + 1) {
                            outside.push({ right: Math.round(right), what: element.tagName.toLowerCase()
                                + (element.className ? '.' + String(element.className).replaceAll(' ', '.') : '') });
                          }
                        }
                        outside.sort((a, b) => b.right - a.right);
                        return { viewport: window.innerWidth, scrollWidth: document.documentElement.scrollWidth,
                                 outside: outside.slice(0, 5).map(o => o.what + ' ends at ' + o.right) };
                        """, width);
                // A phone zooms out to show a page wider than itself, which widens the viewport.
                long viewport = ((Number) layout.get("viewport")).longValue();
                long scrollWidth = ((Number) layout.get("scrollWidth")).longValue();
                if (viewport != width || scrollWidth > width + 1 || !((List<?>) layout.get("outside")).isEmpty()) {
                    tooWide.put(label, "viewport " + viewport + " px, page " + scrollWidth + " px: "
                            + layout.get("outside"));
                }
            }
        }
        assertEquals(Map.of(), tooWide, "at " + width + " px");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"phone, 390, 844", "desktop, 1280, 900"})
    void the_main_navigation_is_visible_and_leads_to_the_maturity_model(String name, int width, int height) {
        browser.viewport(width, height);
        for (String page : KEY_PAGES) {
            assertEquals(List.of(), browser.load(served(page)), page);
            List<WebElement> links = browser.driver().findElements(By.cssSelector("nav[aria-label='Site'] a"));
            assertEquals(7, links.size(), page);
            for (WebElement link : links) {
                assertTrue(link.isDisplayed(), page + ": " + link.getText() + " is shown");
                // Shown is not enough: at a phone width a link could lie off screen or under
                // another element, where a finger cannot reach it.
                Object reachable = browser.driver().executeScript("""
                        const link = arguments[0];
                        const box = link.getBoundingClientRect();
                        const x = box.left + box.width / 2, y = box.top + box.height / 2;
                        return box.left >= 0 && box.right <= window.innerWidth
                            && link.contains(document.elementFromPoint(x, y));
                        """, link);
                assertEquals(Boolean.TRUE, reachable, page + " at " + width + " px: " + link.getText() + " can be tapped");
            }

            browser.driver().findElement(By.linkText("Maturity model")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(driver -> driver.getCurrentUrl().endsWith("/model.html"));
            assertEquals(served("model.html"), browser.driver().getCurrentUrl(), page);
            assertEquals(site.page("model.html").selectFirst("h1").text(),
                    browser.driver().findElement(By.tagName("h1")).getText(), page);
            assertEquals(List.of(), browser.problems(), "model.html, reached from " + page);
        }
    }
}
