package scorecards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scorecards.cli.CliRun;
import scorecards.model.Metric;
import scorecards.model.MetricType;
import scorecards.testing.Fixtures;

/**
 * organisation.yaml's {@code language}: a site in a language whose every text is its own key
 * ({@code ⟦nav.overview⟧}) shows no English word of the theme's texts anywhere a reader sees text,
 * which proves that no page, badge, chart or feed writes English of its own; and a language's
 * problems are located errors, from validate as from build.
 */
class SiteLanguageTest {

    private static final Path ENGLISH = Path.of("site", "messages_en.properties");
    /** A word as a reader sees one: three letters or more (shorter ones are "a", "of", "to" in any language). */
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private static final Pattern KEY_TEXT = Pattern.compile("⟦[^⟧]*⟧");

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"minimal", "surveys", "exemptions", "own-metrics-site", "facts", "edit-url", "example"})
    void a_site_whose_every_text_is_its_key_shows_no_english_word_of_the_default_texts(String fixture) throws IOException {
        Path source = source(fixture, temp.resolve("source"));
        Set<String> watched = englishWords();
        watched.removeAll(inputWords(source));
        // The ids of the format's own metrics and dimensions, and the keywords a model's own metric is
        // declared with (its type, which way is better), are words of the files, shown as written.
        Metric.BUILT_IN.forEach(metric -> watched.removeAll(words(metric.id() + " " + metric.dimension())));
        Stream.of(MetricType.values()).forEach(type -> watched.removeAll(words(type.id())));
        Stream.of(Metric.Better.values()).forEach(better -> watched.removeAll(words(better.id())));
        BuiltSite english = BuiltSite.build(source, temp.resolve("en"));
        Set<String> shownInEnglish = new TreeSet<>(wordsShown(english.root()).keySet());
        shownInEnglish.retainAll(watched);
        inLanguageXx(source);

        BuiltSite site = BuiltSite.build(source, temp.resolve("xx"));

        // Not vacuous: the words watched are the theme's own, and the English site shows many of them.
        assertTrue(watched.size() >= 60, "only " + watched + " are watched");
        assertTrue(shownInEnglish.size() >= 20, "the English site shows only " + shownInEnglish + " of them");
        Map<String, String> leaked = new TreeMap<>(wordsShown(site.root()));
        leaked.keySet().retainAll(watched);
        assertEquals(Map.of(), leaked, "English words of the theme's texts on the site in language xx, and where");
        assertEquals("xx", site.page("index.html").selectFirst("html").attr("lang"));
        assertTrue(site.page("index.html").text().contains("⟦nav.overview⟧"));
    }

    @Test
    void a_language_not_built_in_without_a_file_of_its_own_is_a_located_error_of_validate_and_build() throws IOException {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
        Files.writeString(organisation(source), Files.readString(organisation(source)) + "language: xx\n");
        int line = (int) Files.readString(organisation(source)).lines().count();

        CliRun validate = CliRun.of("validate", "--source", source.toString());
        CliRun build = CliRun.of("build", "--source", source.toString(), "--output", temp.resolve("site").toString());

        String expected = "scorecards/organisation.yaml:" + line + ":11: the language 'xx' is not built in (built in: "
                + String.join(", ", scorecards.load.SiteLanguage.builtIn()) + "): the repository needs"
                + " site/messages_xx.properties giving every text of the theme's messages_en.properties";
        assertEquals(1, validate.exitCode(), validate.err());
        assertEquals(expected, validate.out().lines().findFirst().orElseThrow(), validate.out());
        assertEquals(1, build.exitCode(), build.err());
        assertTrue((build.out() + build.err()).contains(expected), build.out() + build.err());
    }

    @Test
    void each_text_a_language_file_lacks_is_a_located_error_naming_the_key_all_in_one_run() throws IOException {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
        inLanguageXx(source);
        Path file = source.resolve("site/messages_xx.properties");
        List<String> lines = Files.readAllLines(file);
        List<String> kept = lines.stream().filter(line -> !line.startsWith("nav.overview=")
                && !line.startsWith("value.no-data=") && !line.startsWith("headline.exempt.detail.one=")).toList();
        Files.write(file, kept);
        int line = (int) Files.readString(organisation(source)).lines().count();

        CliRun run = CliRun.of("validate", "--source", source.toString());

        assertEquals(1, run.exitCode(), run.err());
        String where = "scorecards/organisation.yaml:" + line + ":11: the language 'xx' lacks the text ";
        String why = ": site/messages_xx.properties must give every text of the theme's messages_en.properties";
        assertEquals(List.of(where + "headline.exempt.detail.one" + why, where + "nav.overview" + why,
                where + "value.no-data" + why), run.out().lines().filter(l -> l.contains(": the language")).toList(),
                run.out());
    }

    @Test
    void a_key_of_the_sites_own_language_file_that_the_theme_lacks_is_an_error_at_its_line_with_the_closest_key()
            throws IOException {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
        inLanguageXx(source);
        Path file = source.resolve("site/messages_xx.properties");
        Files.writeString(file, Files.readString(file) + "# A misspelt key\nnav.overveiw = Start\n");
        int line = (int) Files.readString(file).lines().count();

        CliRun run = CliRun.of("validate", "--source", source.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertEquals("site/messages_xx.properties:" + line + ":1: the theme has no text nav.overveiw; did you mean"
                + " nav.overview?", run.out().lines().findFirst().orElseThrow(), run.out());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"EN", "e", "english", "'12'", "es-ES"})
    void a_language_that_is_no_code_of_two_or_three_lower_case_letters_is_a_located_error(String value)
            throws IOException {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
        Files.writeString(organisation(source), Files.readString(organisation(source)) + "language: " + value + "\n");
        int line = (int) Files.readString(organisation(source)).lines().count();

        CliRun run = CliRun.of("validate", "--source", source.toString());

        assertEquals(1, run.exitCode(), run.err());
        String shown = value.replace("'", "");
        assertEquals("scorecards/organisation.yaml:" + line + ":11: '" + shown + "' is not a language code: 'language'"
                + " is 2 or 3 lower-case letters, such as en, es or pt",
                run.out().lines().findFirst().orElseThrow(), run.out());
    }

    @Test
    void english_given_outright_builds_the_same_site_as_no_language_and_an_own_english_file_still_overrides()
            throws IOException {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
        BuiltSite before = BuiltSite.build(source, temp.resolve("before"));
        Files.writeString(organisation(source), Files.readString(organisation(source)) + "language: en\n");
        Files.createDirectories(source.resolve("site"));
        Files.writeString(source.resolve("site/messages_xx.properties"), "nav.overview=Not used\n");

        BuiltSite after = BuiltSite.build(source, temp.resolve("after"));

        for (String page : before.htmlPages()) {
            assertEquals(Files.readString(before.root().resolve(page)), Files.readString(after.root().resolve(page)), page);
        }
        assertEquals("en", after.page("index.html").selectFirst("html").attr("lang"));
    }

    /** A writable copy of a fixture, or of the example with its content. */
    private static Path source(String fixture, Path target) {
        if (fixture.equals("example")) {
            Fixtures.exampleCopy(target);
            return Fixtures.copy(Fixtures.example().resolve("content"), target.resolve("content")).getParent();
        }
        return Fixtures.copy(Fixtures.resource(fixture), target);
    }

    private static Path organisation(Path source) {
        return source.resolve("scorecards/organisation.yaml");
    }

    /** Sets the language xx, whose file gives every text of the theme as its own key. */
    static void inLanguageXx(Path source) throws IOException {
        Files.writeString(organisation(source), Files.readString(organisation(source)) + "language: xx\n");
        StringBuilder texts = new StringBuilder("# Every text is its key\n");
        for (String key : Messages.read(ENGLISH, Messages.FILE).keys()) {
            // A date's text is a date pattern, whose letters are fields: the key is quoted to stay text.
            texts.append(key).append('=').append(key.equals("date.long") ? "'⟦" + key + "⟧'" : "⟦" + key + "⟧").append('\n');
        }
        Files.createDirectories(source.resolve("site"));
        Files.writeString(source.resolve("site/messages_xx.properties"), texts);
    }

    /** The words of the theme's English texts, markup and placeholders left out, in lower case. */
    private static Set<String> englishWords() throws IOException {
        Set<String> words = new TreeSet<>();
        Messages english = Messages.read(ENGLISH, Messages.FILE);
        for (String key : english.keys()) {
            words.addAll(words(Jsoup.parse(english.pattern(key)).text()));
        }
        return words;
    }

    /** Every word of the source's files: names, descriptions and notes are shown as written, in any language. */
    private static Set<String> inputWords(Path source) throws IOException {
        Set<String> words = new TreeSet<>();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.startsWith(source.resolve("site"))).toList()) {
                words.addAll(words(Files.readString(file)));
            }
        }
        return words;
    }

    /**
     * Every word a reader of the site meets, in lower case: the text of each page (with its title), the
     * titles, labels and alternative texts of its elements, the text and titles of each SVG badge and
     * chart, and the feed's; the texts of the key language (⟦…⟧) left out.
     */
    private static Map<String, String> wordsShown(Path root) {
        Map<String, String> words = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                boolean html = name.endsWith(".html");
                if (!html && !name.endsWith(".svg") && !name.equals("feed.xml")) {
                    continue;
                }
                String text = Files.readString(file);
                Document document = html ? Jsoup.parse(text) : Jsoup.parse(text, "", Parser.xmlParser());
                // Code is the files' own words (ids, keys, paths), in no language.
                document.select("code").remove();
                StringBuilder shown = new StringBuilder(document.text());
                for (Element element : document.select("[title], [aria-label], [alt]")) {
                    shown.append(' ').append(element.attr("title")).append(' ').append(element.attr("aria-label"))
                            .append(' ').append(element.attr("alt"));
                }
                if (name.equals("feed.xml")) {
                    // The entries' content is HTML written as text.
                    document.select("content").forEach(content -> shown.append(' ').append(Jsoup.parse(content.text()).text()));
                }
                String where = root.relativize(file).toString();
                words(KEY_TEXT.matcher(shown).replaceAll(" ")).forEach(word -> words.putIfAbsent(word, where));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(word.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
