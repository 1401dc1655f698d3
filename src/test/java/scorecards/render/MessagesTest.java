package scorecards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorecards.cli.CliRun;
import scorecards.testing.Fixtures;

/** The theme's texts: one file of keys, each used by a template, each template's key in the file. */
class MessagesTest {

    private static final Path THEME = Path.of("site");
    private static final Pattern USE = Pattern.compile("\\bmsg\\(\"([^\"]+)\"");
    private static final Path JAVA = Path.of("src/main/java/scorecards/render");
    private static final Pattern JAVA_USE = Pattern.compile("\\b(?:text|pattern)\\(\"([a-z][a-z0-9.-]*)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");

    @TempDir
    Path temp;

    @Test
    void every_key_the_templates_and_the_page_builders_use_is_in_the_english_file_and_every_key_of_the_file_is_used()
            throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.list(THEME.resolve("templates"))) {
            for (Path template : templates.filter(path -> path.toString().endsWith(".ftl")).sorted().toList()) {
                Matcher use = USE.matcher(Files.readString(template));
                while (use.find()) {
                    used.add(use.group(1));
                }
            }
        }
        Set<String> inFile = withoutCounts(Messages.read(THEME.resolve(Messages.FILE), Messages.FILE).keys());
        // The page builders in Java: a key is the first value given to text or pattern, or, where the
        // key is chosen (status.on-track or status.behind), any literal in the file.
        Set<String> javaLiterals = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(JAVA)) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                String code = Files.readString(source);
                Matcher use = JAVA_USE.matcher(code);
                while (use.find()) {
                    used.add(use.group(1));
                }
                Matcher literal = LITERAL.matcher(code);
                while (literal.find()) {
                    javaLiterals.add(literal.group(1));
                }
            }
        }
        javaLiterals.retainAll(inFile);
        used.addAll(javaLiterals);

        assertEquals(Set.of(), difference(used, inFile), "used by a template or the page builders, missing from "
                + Messages.FILE);
        assertEquals(Set.of(), difference(inFile, used), "in " + Messages.FILE + ", used by no template nor page builder");
    }

    @Test
    void every_built_in_language_has_exactly_the_keys_of_english_each_text_using_the_same_values()
            throws IOException {
        List<String> english = Messages.read(THEME.resolve(Messages.FILE), Messages.FILE).keys();
        List<String> languages = scorecards.load.SiteLanguage.builtIn();

        assertTrue(languages.contains("en"), languages.toString());
        for (String language : languages) {
            String file = Messages.file(language);
            assertTrue(Files.exists(THEME.resolve(file)), file + " is in theme.list but not in the theme");
            Messages texts = Messages.read(THEME.resolve(file), file);
            assertEquals(english, texts.keys(), file + " has other keys than " + Messages.FILE);
            // A count's text for one may leave its number out ("un equipo"); every other text uses the same values.
            for (String key : english.stream().filter(key -> !key.endsWith(Messages.ONE)).toList()) {
                assertEquals(placeholders(Messages.english().pattern(key)), placeholders(texts.pattern(key)),
                        file + ": " + key + " uses other values than in " + Messages.FILE);
            }
        }
        try (Stream<Path> files = Files.list(THEME)) {
            List<String> present = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith(Messages.PREFIX) && name.endsWith(Messages.SUFFIX)).sorted().toList();
            assertEquals(present, languages.stream().map(Messages::file).sorted().toList(),
                    "every language file of the theme is listed in theme.list");
        }
    }

    /** The values a text uses: {0}, {1}, … */
    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher placeholder = Pattern.compile("\\{\\d{1,2}\\}").matcher(text);
        while (placeholder.find()) {
            found.add(placeholder.group());
        }
        return found;
    }

    /** The keys as the templates use them: a count's key.one and key.other are one key. */
    private static Set<String> withoutCounts(List<String> keys) {
        Set<String> inFile = new TreeSet<>();
        for (String key : keys) {
            inFile.add(key.endsWith(Messages.ONE) ? key.substring(0, key.length() - Messages.ONE.length())
                    : key.endsWith(Messages.OTHER) ? key.substring(0, key.length() - Messages.OTHER.length()) : key);
        }
        return inFile;
    }

    @Test
    void values_take_their_places_and_a_count_picks_its_one_or_other_text() throws TemplateModelException {
        Messages messages = Messages.of("test.properties", Map.of("a", "{1} before {0}, {0} again, {x} and {} kept",
                "teams.one", "{0} team", "teams.other", "{0} teams"));

        assertEquals("b before a, a again, {x} and {} kept", messages.text("a", List.of("a", "b"), false));
        assertEquals("1 team", messages.text("teams", List.of("1"), true));
        assertEquals("2 teams", messages.text("teams", List.of("2"), false));
        TemplateModelException missing = assertThrows(TemplateModelException.class,
                () -> messages.text("b", List.of(), false));
        assertEquals("the text b is not in test.properties", missing.getMessage());
        TemplateModelException short1 = assertThrows(TemplateModelException.class,
                () -> messages.text("a", List.of("a"), false));
        assertEquals("the text a in test.properties wants {1} but is given 1 value", short1.getMessage());
    }

    @Test
    void a_text_is_markup_of_the_page_and_its_values_are_escaped_for_it() throws Exception {
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(templates.resolve("html.ftl"), """
                <#ftl output_format="HTML"><#assign link><a href="x">${"R&D"}</a></#assign>${msg("text", "<b>it's</b>", 1.50, link)}""");
        Files.writeString(templates.resolve("xml.ftl"), """
                <#ftl output_format="XML">${msg("text", "<b>it's</b>", 2, "")}""");
        freemarker.template.Configuration configuration = PageRenderer.configuration(templates,
                Messages.of("test.properties", Map.of("text", "<em>It's</em> {0}, {1} and {2}")));

        java.io.StringWriter html = new java.io.StringWriter();
        configuration.getTemplate("html.ftl").process(Map.of(), html);
        java.io.StringWriter xml = new java.io.StringWriter();
        configuration.getTemplate("xml.ftl").process(Map.of(), xml);

        assertEquals("<em>It's</em> &lt;b&gt;it&#39;s&lt;/b&gt;, 1.5 and <a href=\"x\">R&amp;D</a>", html.toString());
        assertEquals("<em>It's</em> &lt;b&gt;it&apos;s&lt;/b&gt;, 2 and ", xml.toString());
    }

    @Test
    void a_template_asking_for_a_text_the_file_lacks_fails_the_build_in_one_line_naming_the_key_and_template()
            throws IOException {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
        Files.createDirectories(source.resolve("site/templates"));
        Files.writeString(source.resolve("site/templates/needs.ftl"), """
                <#ftl output_format="HTML">
                <h1>${msg("needs.no-such-text")}</h1>
                """);

        CliRun run = CliRun.of("build", "--source", source.toString(), "--output", temp.resolve("site").toString());

        assertEquals(1, run.exitCode(), run.err());
        assertEquals("build failed: template needs.ftl line 2, column 5 failed for needs.html: the text needs.no-such-text"
                + " is not in messages_en.properties", run.err().lines().findFirst().orElseThrow().strip(), run.err());
    }

    @Test
    void a_site_overrides_texts_key_by_key_and_an_old_template_without_texts_still_builds() throws IOException {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
        Files.createDirectories(source.resolve("site/templates"));
        Files.writeString(source.resolve("site/messages_en.properties"), "# Our own words\nnav.needs=Wishes & hopes\n");
        Files.writeString(source.resolve("site/templates/needs.ftl"), """
                <#ftl output_format="HTML">
                <#import "layout.ftl" as layout>
                <@layout.page title=title root=root site=site active="needs">
                <h1>Our wish list</h1>
                </@layout.page>
                """);

        BuiltSite site = BuiltSite.build(source, temp.resolve("site"));

        assertEquals("Wishes & hopes", site.page("needs.html").selectFirst("nav a[aria-current]").text());
        assertEquals("Overview", site.page("needs.html").selectFirst("nav a").text(), "the other texts are the theme's");
        assertEquals("Our wish list", site.page("needs.html").selectFirst("h1").text());
    }

    @Test
    void a_site_text_with_a_key_the_theme_lacks_is_a_located_problem_with_the_closest_key() throws IOException {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
        Files.createDirectories(source.resolve("site"));
        Files.writeString(source.resolve("site/messages_en.properties"), "nav.overveiw=Home\n");

        CliRun run = CliRun.of("build", "--source", source.toString(), "--output", temp.resolve("site").toString());

        assertEquals(1, run.exitCode(), run.err());
        assertEquals("site/messages_en.properties:1:1: the theme has no text nav.overveiw; did you mean"
                + " nav.overview?", run.err().lines().findFirst().orElseThrow().strip(), run.err());
    }

    @Test
    void a_site_file_of_texts_that_cannot_be_read_is_a_located_problem() throws IOException {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
        Files.createDirectories(source.resolve("site"));
        Files.write(source.resolve("site/messages_en.properties"), new byte[] {'a', '=', (byte) 0xff, '\n'});

        CliRun run = CliRun.of("build", "--source", source.toString(), "--output", temp.resolve("site").toString());

        assertEquals(1, run.exitCode(), run.err());
        assertEquals("site/messages_en.properties:1:1: not UTF-8 text",
                run.err().lines().findFirst().orElseThrow().strip(), run.err());
        Files.writeString(source.resolve("site/messages_en.properties"), "nav.needs=\\u00zz\n");

        CliRun escape = CliRun.of("build", "--source", source.toString(), "--output", temp.resolve("site").toString());

        assertEquals(1, escape.exitCode(), escape.err());
        assertEquals("site/messages_en.properties:1:1: Malformed \\uxxxx encoding.",
                escape.err().lines().findFirst().orElseThrow().strip(), escape.err());
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }
}
