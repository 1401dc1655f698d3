package scorecards.render;

import freemarker.template.Configuration;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.FreemarkerTemplateEngine;
import org.jbake.template.RenderingException;

/**
 * Renders the site engine's pages (content pages, posts, the journal's index, the feed) with the
 * build's own Freemarker settings in place of the engine's, which let a template make any Java
 * object. The values of the build (the organisation's name, the period, the address, the feed's
 * ids) are put into the templates' {@code config} here, as they are: through the engine's settings
 * they would be split at commas and read for {@code ${…}}. The engine's database, its data files and
 * its renderer are not handed to templates: they are Java objects, not values. Each page is rendered
 * whole and cleaned ({@link ContentSanitiser}) before the engine writes it, onto a path the build
 * claimed for content only: the engine's file is the page's only copy.
 */
final class ContentTemplates extends DelegatingTemplateEngine {

    private static final Set<String> HIDDEN = Set.of("db", "data", "renderer");

    private final Configuration freemarker;
    private final Map<String, Object> values;
    private final GeneratedFiles site;
    private final List<IOException> failures = new ArrayList<>();

    /**
     * @param values added to each template's {@code config}, by key (e.g. {@code scorecards_name})
     * @param site   the site the engine writes into: only onto paths claimed there for content
     */
    ContentTemplates(ContentStore db, JBakeConfiguration config, Path templates, Messages messages,
            Map<String, Object> values, GeneratedFiles site)
            throws IOException {
        super(db, config);
        this.site = site;
        this.freemarker = PageRenderer.configuration(templates, messages);
        // The engine reads a post's date as midnight in the default zone: shown in the same zone, it
        // is the day written, whatever the zone.
        freemarker.setTimeZone(TimeZone.getDefault());
        this.values = Map.copyOf(values);
    }

    /**
     * The pages that failed, in the order they failed, each as one line: a template that failed (naming the
     * template and the page), a page without the markers of its body, a page the build did not ask for.
     */
    List<IOException> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void renderDocument(org.jbake.template.model.TemplateModel model, String templateName, Writer writer)
            throws RenderingException {
        Map<String, Object> settings = new HashMap<>(config.asHashMap());
        settings.putAll(values);
        model.setConfig(settings);
        TemplateHashModel data = new FreemarkerTemplateEngine.LazyLoadingModel(freemarker.getObjectWrapper(), model,
                db, config);
        String page = pageOf(model);
        PageBuffer html = new PageBuffer();
        try {
            freemarker.getTemplate(templateName).process(new Values(data), html);
        } catch (TemplateException e) {
            throw failed(PageRenderer.failure(e, templateName, page));
        } catch (ParseException e) {
            throw failed(PageRenderer.failure(e, templateName, page));
        } catch (IOException e) {
            throw failed(new PageRenderer.TemplateFailure("template " + templateName + " could not be read for "
                    + page + ": " + e.getMessage(), e));
        }
        try {
            if (!site.isClaimed(page)) {
                throw new ContentBaker.BakeFailure("the site engine wrote " + page + ", which the build did not ask for");
            }
            // Cleaned as it is written: the engine's file is the only copy of the page, and never holds raw content.
            writer.write(page.equals(ContentBaker.FEED) ? ContentSanitiser.cleanFeed(html.toString())
                    : ContentSanitiser.cleanPage(html.toString(), page, !page.equals(ContentBaker.JOURNAL_INDEX)));
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private RenderingException failed(IOException failure) {
        failures.add(failure);
        return new RenderingException(failure.getMessage());
    }

    private static String pageOf(org.jbake.template.model.TemplateModel model) {
        String uri = model.getContent() == null ? null : model.getContent().getUri();
        if (uri != null) {
            return uri;
        }
        return model.getContent() != null && "feed".equals(model.getContent().getType()) ? ContentBaker.FEED
                : ContentBaker.JOURNAL_INDEX;
    }

    /** The engine's model without its Java objects. */
    private record Values(TemplateHashModel model) implements TemplateHashModel {

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            return HIDDEN.contains(key) ? null : model.get(key);
        }

        @Override
        public boolean isEmpty() throws TemplateModelException {
            return model.isEmpty();
        }
    }
}
