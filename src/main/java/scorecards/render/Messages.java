package scorecards.render;

import freemarker.core.Environment;
import freemarker.core.MarkupOutputFormat;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.SimpleScalar;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import scorecards.load.SiteLanguage;
import scorecards.load.Suggestions;

/**
 * The texts of the theme's templates, read from the theme's {@code messages_<language>.properties} (UTF-8) and
 * given to every template as the function {@code msg}: {@code ${msg("nav.overview")}},
 * {@code ${msg("overview.lead.assessed", assessed)}}. In a text, {@code {0}}, {@code {1}}, … stand for
 * the arguments, each written as the template would write it: numbers in the templates' own format,
 * text escaped for the page's format; nothing else in a text is special. A text is the theme's own,
 * like its templates, so it is markup in the page's format (an apostrophe stays an apostrophe, and a
 * text may hold {@code <code>…</code>}). A key that a file has only as {@code key.one} and
 * {@code key.other} is a count's: its first argument picks {@code .one} when it is 1, {@code .other}
 * otherwise.
 *
 * <p>The page builders in Java write their texts through {@link #text(String, Object...)}, whose
 * result is plain text: the values are put in as given, and the whole is escaped later, where it is
 * written (a template's {@code ${…}}, a chart's or a badge's SVG). A key used from Java therefore holds
 * no markup and no character references; the file's comments say which keys those are. A number given
 * there is written as a template writes one, in the language's {@link NumberStyle}.
 *
 * <p>The texts are those of one language: {@code messages_<language>.properties}, its numbers
 * written in the language's style ({@link #numbers()}).
 */
public final class Messages implements TemplateMethodModelEx {

    /** The function's name in the templates: short, and not a name the templates give their own values. */
    public static final String FUNCTION = "msg";
    public static final String FILE = "messages_en.properties";
    /** The file name's start and end, around the language's code. */
    public static final String PREFIX = "messages_";
    public static final String SUFFIX = ".properties";
    static final String ONE = ".one";
    static final String OTHER = ".other";

    private final String file;
    private final Map<String, String> texts;
    private final NumberStyle numbers;

    private Messages(String file, Map<String, String> texts, NumberStyle numbers) {
        this.file = file;
        this.texts = Map.copyOf(texts);
        this.numbers = numbers;
    }

    /** The file of a language's texts: {@code messages_es.properties}. */
    public static String file(String language) {
        return SiteLanguage.fileOf(language);
    }

    /** These texts, their numbers written in the style of {@code language}. */
    public Messages inLanguage(String language) {
        return new Messages(file, texts, NumberStyle.of(language));
    }

    /** How numbers are written in the language of these texts. */
    public NumberStyle numbers() {
        return numbers;
    }

    /** The texts of a properties file read as UTF-8; {@code name} is how a problem names the file. */
    public static Messages read(Path path, String name) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, name);
        }
    }

    /** The texts of a properties file read as UTF-8 from {@code stream}, which is left open. */
    public static Messages read(InputStream stream, String name) throws IOException {
        Properties properties = new Properties();
        try {
            Reader in = new java.io.InputStreamReader(stream, StandardCharsets.UTF_8.newDecoder());
            properties.load(in);
        } catch (CharacterCodingException e) {
            throw new PageRenderer.TemplateFailure(name + ": not UTF-8 text", e);
        } catch (IllegalArgumentException e) {
            // A malformed Unicode escape (a backslash, u and four hexadecimal digits).
            throw new PageRenderer.TemplateFailure(name + ": " + e.getMessage(), e);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return new Messages(name, texts, NumberStyle.ENGLISH);
    }

    /**
     * These texts with a site's own laid over them key by key. A key the theme does not have is refused:
     * it would change nothing, and is most likely a misspelt one.
     */
    public Messages overriddenBy(Messages own) throws IOException {
        Map<String, String> merged = new TreeMap<>(texts);
        for (Map.Entry<String, String> text : new TreeMap<>(own.texts).entrySet()) {
            if (!texts.containsKey(text.getKey())) {
                throw new PageRenderer.TemplateFailure(own.file + ": the theme has no text " + text.getKey()
                        + Suggestions.closest(text.getKey(), texts.keySet())
                                .map(close -> "; did you mean " + close + "?").orElse(""), null);
            }
            merged.put(text.getKey(), text.getValue());
        }
        return new Messages(file, merged, numbers);
    }

    /**
     * The texts of a language the theme does not hold: the site's own, which must give every key of
     * these (the English ones), and may give no other.
     */
    public Messages completedBy(Messages own) throws IOException {
        Messages merged = overriddenBy(own);
        List<String> lacking = keys().stream().filter(key -> !own.texts.containsKey(key)).toList();
        if (!lacking.isEmpty()) {
            throw new PageRenderer.TemplateFailure(own.file + " lacks the text" + (lacking.size() == 1 ? " " : "s ")
                    + String.join(", ", lacking), null);
        }
        return new Messages(own.file, merged.texts, numbers);
    }

    /** The English texts of the theme carried in the jar, which no site overrides: the default language's. */
    public static Messages english() {
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream("theme/" + FILE)) {
            if (in == null) {
                throw new IllegalStateException("the jar carries no " + FILE);
            }
            return read(in, FILE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Texts given directly, named {@code file} in errors. */
    public static Messages of(String file, Map<String, String> texts) {
        return new Messages(file, texts, NumberStyle.ENGLISH);
    }

    /**
     * The plain text of {@code key} for the page builders in Java, with {@code values} put in: a text
     * as given, a number as a template writes it; the first value picks a count's {@code .one} or
     * {@code .other}. The result is escaped where it is written, never here.
     *
     * @throws IllegalStateException when the texts lack the key: every language holds every key, so
     *                               this is a fault of the build, not of a site
     */
    public String text(String key, Object... values) {
        List<String> written = new ArrayList<>(values.length);
        for (Object value : values) {
            written.add(value instanceof Number number ? numbers.plain(new java.math.BigDecimal(number.toString()))
                    : String.valueOf(value));
        }
        boolean countIsOne = values.length > 0 && values[0] instanceof Number number && number.doubleValue() == 1;
        try {
            return text(key, written, countIsOne);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The text of {@code key} as the file gives it, its placeholders kept. */
    public String pattern(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalStateException("the text " + key + " is not in " + file);
        }
        return text;
    }


    /** Every key of the file, sorted. */
    public List<String> keys() {
        return texts.keySet().stream().sorted().toList();
    }

    /** The text of {@code key} with its arguments put in, or a failure naming the key. */
    public String text(String key, List<String> arguments, boolean countIsOne) throws TemplateModelException {
        String text = texts.get(key);
        if (text == null && texts.containsKey(key + ONE) && texts.containsKey(key + OTHER)) {
            text = texts.get(key + (countIsOne ? ONE : OTHER));
        }
        if (text == null) {
            throw new TemplateModelException("the text " + key + " is not in " + file);
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int at = 0;
        while (at < text.length()) {
            int open = text.indexOf('{', at);
            int close = open < 0 ? -1 : text.indexOf('}', open);
            int index = close < 0 ? -1 : placeholder(text.substring(open + 1, close));
            if (index < 0) {
                out.append(text, at, open < 0 ? text.length() : open + 1);
                at = open < 0 ? text.length() : open + 1;
                continue;
            }
            if (index >= arguments.size()) {
                throw new TemplateModelException("the text " + key + " in " + file + " wants {" + index + "} but is given "
                        + arguments.size() + " value" + (arguments.size() == 1 ? "" : "s"));
            }
            out.append(text, at, open).append(arguments.get(index));
            at = close + 1;
        }
        return out.toString();
    }

    private static int placeholder(String inside) {
        if (inside.isEmpty() || inside.length() > 2 || !inside.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(inside);
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty() || !(arguments.get(0) instanceof TemplateScalarModel key)) {
            throw new TemplateModelException(FUNCTION + " wants the key of a text first, in quotes");
        }
        String name = key.getAsString();
        Environment environment = Environment.getCurrentEnvironment();
        MarkupOutputFormat<?> markup = environment != null
                && environment.getCurrentTemplate().getOutputFormat() instanceof MarkupOutputFormat<?> format
                ? format : null;
        List<String> values = new ArrayList<>();
        boolean countIsOne = false;
        for (int i = 1; i < arguments.size(); i++) {
            TemplateModel value = (TemplateModel) arguments.get(i);
            String written;
            if (value instanceof TemplateNumberModel number) {
                countIsOne |= i == 1 && number.getAsNumber().doubleValue() == 1;
                written = formatted(environment, number, name);
            } else if (value instanceof TemplateScalarModel scalar) {
                written = scalar.getAsString();
            } else if (markup != null && value instanceof TemplateMarkupOutputModel<?> given
                    && given.getOutputFormat() == markup) {
                values.add(markupOf(markup, given));
                continue;
            } else {
                throw new TemplateModelException(FUNCTION + "(\"" + name + "\"): value " + i + " is neither text nor a number");
            }
            values.add(markup == null ? written : markup.escapePlainText(written));
        }
        String text = text(name, values, countIsOne);
        // The texts are the theme's, like its templates: markup in the page's format, the values escaped.
        return markup == null ? new SimpleScalar(text) : markup.fromMarkup(text);
    }

    @SuppressWarnings("unchecked")
    private static <M extends TemplateMarkupOutputModel<M>> String markupOf(MarkupOutputFormat<?> format,
            TemplateMarkupOutputModel<?> given) throws TemplateModelException {
        return ((MarkupOutputFormat<M>) format).getMarkupString((M) given);
    }

    /** A number as {@code ${n}} writes it, in the template's number format. */
    private static String formatted(Environment environment, TemplateNumberModel number, String key)
            throws TemplateModelException {
        try {
            return environment == null ? String.valueOf(number.getAsNumber())
                    : environment.getTemplateNumberFormat().formatToPlainText(number);
        } catch (freemarker.core.TemplateValueFormatException e) {
            throw new TemplateModelException(FUNCTION + "(\"" + key + "\"): a number cannot be written: " + e.getMessage());
        }
    }
}
