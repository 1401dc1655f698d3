package scorecards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import scorecards.synthetic.SyntheticOrganisation;
import scorecards.testing.ExampleSite;
import scorecards.testing.Fixtures;

/**
 * Every page, style sheet and SVG file of the example site (in English and in Spanish), of a site with
 * own metrics, facts and flagged assessments, and of a 200-team synthetic site, read by the W3C's Nu Html Checker in one run
 * per site: no error, no remark, and no warning but those listed below as limits of the checker
 * rather than faults of the pages.
 */
@ExtendWith(ExampleSite.class)
class NuHtmlCheckerTest {

    /**
     * vnu reads each page as a {@code file:} URL, whose origin is opaque, so the page's
     * Content-Security-Policy {@code style-src 'self'} matches nothing for it and it reports the
     * site's own three style sheets as blocked. Served over HTTP, as the site is published, 'self' is
     * the site's origin; and Chromium opening the pages from disk lets 'self' match {@code file:}
     * URLs, so the style sheets load (SiteInBrowserTest opens every page both ways and finds no
     * policy refusal). The page is right; only this reading of it differs.
     */
    private static final Pattern STYLE_SHEET_ON_DISK = Pattern.compile(
            "Resource violates Content Security Policy \\(meta tag\\): external stylesheet “(\\.\\./)*css/(site|levels|charts)\\.css”"
                    + " blocked by “style-src” directive\\.");
    /** The style sheets every page links: site.css, levels.css and charts.css. */
    private static final long STYLE_SHEETS = 3;
    /**
     * vnu's CSS checker predates CSS Containment Level 3: it calls {@code container-type} and
     * {@code @container} unknown, which every current browser supports and the charts use to show
     * the period axis that fits the chart's width (without them the narrowest one shows). Only in
     * style sheets; no HTML page may have an error.
     */
    private static final Pattern CONTAINER_QUERY = Pattern.compile(
            "CSS: (“container-type”: Property “container-type” doesn't exist\\.|Unrecognized at-rule “@container”)");
    private static final Map<Pattern, String> CHECKER_LIMITS = Map.of(STYLE_SHEET_ON_DISK,
            "'self' on a file: page, which vnu matches to nothing; over HTTP and in browsers it is the site",
            CONTAINER_QUERY, "container queries, which vnu's CSS checker does not know yet");

    @TempDir
    Path temp;

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> path.toString().matches(".*\\.(html|css|svg)")).sorted().toList();
        }
    }

    /** What the checker said that is neither listed above nor expected: empty for a clean site. */
    private static List<String> unexpected(List<NuHtmlChecker.Message> messages, Set<Pattern> seen) {
        List<String> unexpected = new ArrayList<>();
        for (NuHtmlChecker.Message message : messages) {
            Pattern limit = CHECKER_LIMITS.keySet().stream()
                    .filter(pattern -> (message.kind().equals("warning")
                            || pattern == CONTAINER_QUERY && message.file().toString().endsWith(".css"))
                            && pattern.matcher(message.text()).matches())
                    .findFirst().orElse(null);
            if (limit == null) {
                unexpected.add(message.toString());
            } else {
                seen.add(limit);
            }
        }
        return unexpected;
    }

    private static long styleSheetWarnings(List<NuHtmlChecker.Message> messages) {
        return messages.stream().filter(message -> STYLE_SHEET_ON_DISK.matcher(message.text()).matches()).count();
    }

    @Test
    void the_example_site_has_no_error_and_no_warning_but_the_checkers_own_limits(@ExampleSite.Built Path example)
            throws Exception {
        NuHtmlChecker checker = NuHtmlChecker.load();
        BuiltSite site = new BuiltSite(example);
        // A page with known faults, in the same run: the run must find them, or it proves nothing.
        Path broken = Files.createDirectories(temp.resolve("control")).resolve("broken.html");
        Files.writeString(broken, """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
                <body><main><p id="a">One</p><p id="a">Two</p><table><tr><td>x</td></tr></table></main>
                <span onclick="x()" role="buttn">Three</div></body></html>
                """);
        List<Path> files = new ArrayList<>(files(site.root()));
        files.add(broken);

        List<NuHtmlChecker.Message> messages = checker.check(files, temp.resolve("vnu"));

        List<NuHtmlChecker.Message> ofControl = messages.stream().filter(m -> m.file().equals(broken.toAbsolutePath()))
                .toList();
        assertTrue(ofControl.stream().filter(m -> m.kind().equals("error")).count() >= 4, ofControl.toString());
        List<NuHtmlChecker.Message> ofSite = messages.stream().filter(m -> !ofControl.contains(m)).toList();
        Set<Pattern> seen = new TreeSet<>((a, b) -> a.pattern().compareTo(b.pattern()));
        assertEquals(List.of(), unexpected(ofSite, seen), checker.toString());
        // Each page links the same three style sheets: three such warnings per page show every page was read.
        assertEquals(STYLE_SHEETS * site.htmlPages().size(), styleSheetWarnings(ofSite));
        assertEquals(CHECKER_LIMITS.size(), seen.size(), "every listed limit is still one: " + seen);
        assertTrue(files.stream().anyMatch(f -> f.toString().endsWith(".svg")) && files.stream().anyMatch(f -> f.toString()
                .endsWith(".css")), "style sheets and SVG files are checked too");
    }

    @Test
    void the_example_in_spanish_has_no_error_and_no_warning_but_the_checkers_own_limits(
            @ExampleSite.Built(language = "es") Path spanish) throws Exception {
        // vnu also warns when a page's text is in another language than its lang attribute says.
        NuHtmlChecker checker = NuHtmlChecker.load();
        BuiltSite site = new BuiltSite(spanish);

        List<NuHtmlChecker.Message> all = checker.check(files(site.root()), temp.resolve("vnu"));
        // vnu guesses a page's language from its words. A dimension's page is mostly the model's own
        // words (its checks' metrics, levels and advice), which the example's model.yaml gives in
        // English and the site shows as written; there, and only there, vnu may guess English. Every
        // other page, where the site's own Spanish words carry the page, must read as Spanish.
        List<NuHtmlChecker.Message> guessedEnglish = all.stream()
                .filter(m -> m.kind().equals("warning") && m.text().startsWith("This document appears to be written in English"))
                .toList();
        List<NuHtmlChecker.Message> messages = all.stream().filter(m -> !guessedEnglish.contains(m)).toList();

        assertTrue(site.page("index.html").selectFirst("html").attr("lang").equals("es"), "the pages say they are Spanish");
        assertEquals(List.of(), guessedEnglish.stream().map(m -> site.root().toAbsolutePath().relativize(m.file()).toString())
                .filter(page -> !page.startsWith("dimensions/")).toList(), "pages guessed English outside the dimensions");
        assertEquals(List.of(), unexpected(messages, new TreeSet<>((a, b) -> a.pattern().compareTo(b.pattern()))),
                checker.toString());
        assertEquals(STYLE_SHEETS * site.htmlPages().size(), styleSheetWarnings(messages));
    }

    @Test
    void a_site_with_own_metrics_facts_and_second_looks_has_no_error_and_no_warning_but_the_checkers_own_limits()
            throws Exception {
        NuHtmlChecker checker = NuHtmlChecker.load();
        BuiltSite site = BuiltSite.build(Fixtures.resource("own-metrics-site"), temp.resolve("site"));

        List<NuHtmlChecker.Message> messages = checker.check(files(site.root()), temp.resolve("vnu"));

        assertTrue(site.htmlPages().containsAll(List.of("dimensions/delivery.html", "directory/second-look.html")),
                "the own dimension's page and the second look are among them");
        assertEquals(List.of(), unexpected(messages, new TreeSet<>((a, b) -> a.pattern().compareTo(b.pattern()))),
                checker.toString());
        assertEquals(STYLE_SHEETS * site.htmlPages().size(), styleSheetWarnings(messages));
    }

    @Test
    void a_200_team_synthetic_site_has_no_error_and_no_warning_but_the_checkers_own_limits() throws Exception {
        NuHtmlChecker checker = NuHtmlChecker.load();
        Path source = temp.resolve("source");
        new SyntheticOrganisation(200, 12, 42).writeInto(source);
        BuiltSite site = BuiltSite.build(source, temp.resolve("site"));

        List<NuHtmlChecker.Message> messages = checker.check(files(site.root()), temp.resolve("vnu"));

        assertTrue(site.htmlPages().size() > 200, "a page per team at least");
        assertEquals(List.of(), unexpected(messages, new TreeSet<>((a, b) -> a.pattern().compareTo(b.pattern()))),
                checker.toString());
        assertEquals(STYLE_SHEETS * site.htmlPages().size(), styleSheetWarnings(messages));
    }
}
