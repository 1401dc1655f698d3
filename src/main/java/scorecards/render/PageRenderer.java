package scorecards.render;

import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.BeansWrapper;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.function.Supplier;
import scorecards.render.page.Page;

/**
 * Renders data pages straight through Freemarker with the theme's templates. Each page costs
 * the same however many there are, unlike documents baked through the site engine's database.
 */
public final class PageRenderer {

    /** The name of the shared value that holds the code of the site's language, as {@code <html lang>} wants it. */
    public static final String LANGUAGE = "siteLanguage";

    private final Configuration freemarker;
    private final Map<String, Object> site;

    /** Thrown when a template fails, typically a theme override that uses a missing value. */
    public static final class TemplateFailure extends IOException {
        public TemplateFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * @param site what every page gets as {@code site}; {@code noData} and {@code withheld} are added, the
     *             texts the pages' figures hold in place of a missing or a withheld one, for the templates
     *             to mark them in any language
     */
    public PageRenderer(Path templates, Messages messages, Map<String, Object> site) throws IOException {
        freemarker = configuration(templates, messages);
        Figures figures = Figures.of(messages);
        Map<String, Object> all = new LinkedHashMap<>(site);
        all.put("noData", figures.noData());
        all.put("withheld", figures.withheld());
        this.site = Map.copyOf(all);
    }

    /**
     * The Freemarker settings every template of the site is rendered with, the data pages' and (through
     * {@link ContentTemplates}) the hand-written content's. A theme comes through pull requests like the
     * scorecards and runs in every build and in the publish job, so its templates get values only:
     * {@code ?new} may make no class at all (Freemarker's Execute, ObjectConstructor and
     * JythonRuntime would run commands or build any object), {@code ?api} is off, Java objects show
     * no methods or properties, and templates load only from the theme's own folder (Freemarker's
     * file loader refuses names that climb out of it, and links that lead out). The texts of the
     * theme are the shared function {@code msg} (see {@link Messages}), and the code of their language
     * is the shared value {@code siteLanguage} (for {@code <html lang>}).
     */
    public static Configuration configuration(Path templates, Messages messages) throws IOException {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_31);
        configuration.setDirectoryForTemplateLoading(templates.toFile());
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_31);
        wrapper.setExposureLevel(BeansWrapper.EXPOSE_NOTHING);
        configuration.setObjectWrapper(wrapper.build());
        configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
        // Fixed formatting, whatever the machine: the same input must give the same bytes. The locale and
        // the numbers are the site's language's (month names in dates, the decimal separator).
        configuration.setLocale(messages.numbers().locale());
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setNumberFormat(messages.numbers().templateFormat());
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setSharedVariable(Messages.FUNCTION, messages);
        configuration.setSharedVariable(LANGUAGE, new freemarker.template.SimpleScalar(messages.numbers().language()));
        return configuration;
    }

    /**
     * Builds and renders every page into {@code output}, on every core; the pages are independent.
     * A failure is reported only once every page is done: no page is still being written when the
     * caller cleans up, and the failure reported is the first in the pages' order, whatever the timing.
     */
    public void renderAll(List<Supplier<Page>> pages, GeneratedFiles site) throws IOException {
        renderAll(pages, (path, html) -> site.write(path, html));
    }

    /** Renders into a folder, replacing what is there: for measuring the rendering alone. */
    public void renderAll(List<Supplier<Page>> pages, Path output) throws IOException {
        renderAll(pages, (path, html) -> {
            Path target = output.resolve(path);
            Files.createDirectories(target.getParent());
            Files.write(target, html);
        });
    }

    /** Where a rendered page goes. */
    private interface PageWriter {
        void write(String path, byte[] html) throws IOException;
    }

    private void renderAll(List<Supplier<Page>> pages, PageWriter writer) throws IOException {
        List<Exception> failures = pages.parallelStream().map(page -> {
            try {
                Page built = page.get();
                writer.write(built.path(), render(built));
                return null;
            } catch (IOException | RuntimeException e) {
                return e;
            }
        }).filter(Objects::nonNull).toList();
        if (!failures.isEmpty()) {
            Exception first = failures.get(0);
            if (first instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) first;
        }
    }

    private byte[] render(Page page) throws IOException {
        Map<String, Object> model = new LinkedHashMap<>(page.model());
        model.put("site", site);
        model.put("root", page.root());
        model.put("title", page.title());
        // Rendered whole, then encoded at once: much faster than a character stream for large sites.
        PageBuffer html = new PageBuffer();
        try {
            freemarker.getTemplate(page.template()).process(model, html);
        } catch (TemplateException e) {
            throw failure(e, page.template(), page.path());
        } catch (ParseException e) {
            throw failure(e, page.template(), page.path());
        }
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A template's failure as one line: the template, its line and column, the page, and what went wrong. */
    static TemplateFailure failure(TemplateException e, String template, String page) {
        String where = e.getTemplateSourceName() == null ? template
                : e.getTemplateSourceName() + " line " + e.getLineNumber() + ", column " + e.getColumnNumber();
        String blamed = e.getBlamedExpressionString() == null ? "" : " " + e.getBlamedExpressionString();
        return new TemplateFailure("template " + where + " failed for " + page + ": "
                + firstSentence(e.getMessageWithoutStackTop()) + blamed, e);
    }

    /** A template that cannot be parsed, as one line: where the syntax breaks, and how. */
    static TemplateFailure failure(ParseException e, String template, String page) {
        String name = e.getTemplateName() == null ? template : e.getTemplateName();
        return new TemplateFailure("template " + name + " line " + e.getLineNumber() + ", column "
                + e.getColumnNumber() + " cannot be read for " + page + ": " + firstSentence(e.getEditorMessage()), e);
    }

    /**
     * The first line of Freemarker's message, or the first two when the first only announces the
     * second ("Template inclusion failed …:"): a problem is one line, and the rest of Freemarker's
     * message lists expected tokens and tips that no reader of a build log needs.
     */
    private static String firstSentence(String message) {
        List<String> lines = (message == null ? "" : message).lines().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        if (lines.isEmpty()) {
            return "no reason given";
        }
        String first = lines.get(0);
        return first.endsWith(":") && lines.size() > 1 ? first + " " + lines.get(1) : first;
    }
}
