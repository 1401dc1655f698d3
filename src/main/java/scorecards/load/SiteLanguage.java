package scorecards.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import scorecards.model.Organisation;

/**
 * {@code language} of organisation.yaml: the language of every text the site writes itself, a code
 * of two or three lower-case ASCII letters ({@code en}, {@code es}, {@code pt}). The languages built
 * in are those whose {@code messages_<language>.properties} the theme carried in the jar holds; any
 * other needs the repository's own {@code site/messages_<language>.properties} giving every text of
 * the English file, each text it lacks a problem at the {@code language} line naming the text.
 */
public final class SiteLanguage {

    static final String KEY = "language";
    /** The theme carried in the jar, and its list of files. */
    private static final String THEME = "theme/";
    private static final String THEME_LIST = "theme.list";
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern MESSAGES = Pattern.compile("messages_([a-z]{2,3})\\.properties");

    private SiteLanguage() {
    }

    /** What organisation.yaml says: the language when given and sound, with where it is written. */
    record Given(String language, Location location) {
    }

    /** The language, when given and sound; a value that is no language code is reported where it is written. */
    static Optional<Given> read(Fields fields) {
        Optional<Node> node = fields.node(KEY);
        Optional<String> text = fields.text(KEY);
        if (node.isEmpty() || text.isEmpty()) {
            return Optional.empty();
        }
        String code = text.get();
        if (!CODE.matcher(code).matches()) {
            fields.problems().report(node.get().location(), Quoted.of(code) + " is not a language code: '" + KEY
                    + "' is 2 or 3 lower-case letters, such as en, es or pt");
            return Optional.empty();
        }
        return Optional.of(new Given(code, node.get().location()));
    }

    /**
     * The problems of the site's language: for one not built in, no file of the repository's own, or
     * a file lacking texts, one problem per text it lacks, all at the {@code language} line
     * ({@code at}); for any language, each key of the repository's own file that the theme has not,
     * at its line, with the closest key the theme has.
     */
    static List<Problem> check(Path source, String language, Location at, String file) {
        boolean builtIn = builtIn().contains(language);
        String own = "site/" + fileOf(language);
        Path path = source.resolve(own);
        List<Problem> problems = new ArrayList<>();
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            if (!builtIn) {
                problems.add(new Problem(file, at.line(), at.column(), "the language " + Quoted.of(language)
                        + " is not built in (built in: " + String.join(", ", builtIn()) + "): the repository needs "
                        + own + " giving every text of the theme's " + fileOf(Organisation.DEFAULT_LANGUAGE)));
            }
            return problems;
        }
        Set<String> keys;
        try (InputStream in = Files.newInputStream(path)) {
            keys = keys(in);
        } catch (CharacterCodingException e) {
            return List.of(new Problem(own, 1, 1, "not UTF-8 text"));
        } catch (IllegalArgumentException e) {
            // A malformed Unicode escape (a backslash, u and four hexadecimal digits).
            return List.of(new Problem(own, 1, 1, e.getMessage()));
        } catch (IOException e) {
            return List.of(new Problem(own, 1, 1, "cannot be read: " + e.getMessage()));
        }
        Set<String> english = keys(Organisation.DEFAULT_LANGUAGE);
        for (String key : keys) {
            if (!english.contains(key)) {
                problems.add(new Problem(own, lineOf(path, key), 1, "the theme has no text " + key
                        + Suggestions.closest(key, english).map(close -> "; did you mean " + close + "?").orElse("")));
            }
        }
        for (String key : builtIn ? Set.<String>of() : english) {
            if (!keys.contains(key)) {
                problems.add(new Problem(file, at.line(), at.column(), "the language " + Quoted.of(language)
                        + " lacks the text " + key + ": " + own + " must give every text of the theme's "
                        + fileOf(Organisation.DEFAULT_LANGUAGE)));
            }
        }
        return problems;
    }

    /** The line of a properties file where {@code key} is given; 1 when it cannot be told. */
    private static int lineOf(Path path, String key) {
        try {
            List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).stripLeading();
                if (line.startsWith(key) && (line.length() == key.length()
                        || "=: \t".indexOf(line.charAt(key.length())) >= 0)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            return 1;
        }
        return 1;
    }

    /** The languages built in: those whose texts the theme carried in the jar holds, sorted. */
    public static List<String> builtIn() {
        List<String> languages = new ArrayList<>();
        for (String file : themeFiles()) {
            var matcher = MESSAGES.matcher(file);
            if (matcher.matches()) {
                languages.add(matcher.group(1));
            }
        }
        return languages.stream().sorted().toList();
    }

    /** The keys of a built-in language's texts, sorted. */
    public static Set<String> keys(String language) {
        try (InputStream in = SiteLanguage.class.getClassLoader().getResourceAsStream(THEME + fileOf(language))) {
            if (in == null) {
                throw new IllegalStateException("the theme carried in the jar has no " + fileOf(language));
            }
            return keys(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files of the theme carried in the jar, relative to its root. */
    public static List<String> themeFiles() {
        try (InputStream in = SiteLanguage.class.getClassLoader().getResourceAsStream(THEME + THEME_LIST)) {
            if (in == null) {
                throw new IllegalStateException("the jar carries no default theme");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.equals(THEME_LIST)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name of a language's file of texts: {@code messages_es.properties}. */
    public static String fileOf(String language) {
        return "messages_" + language + ".properties";
    }

    private static Set<String> keys(InputStream in) throws IOException {
        Properties properties = new Properties();
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder());
        properties.load(reader);
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
