package scorecards.render;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Turns team-written Markdown into HTML that is safe to put in a page: rendered by flexmark,
 * then cleaned by jsoup against an allow-list, so no script, event handler, inline style,
 * iframe, image or {@code javascript:} link survives, whatever the text holds.
 */
public final class Markdown {

    private static final Safelist SAFE = Safelist.relaxed()
            .removeTags("img")
            .removeProtocols("a", "href", "ftp")
            .addAttributes("a", "rel")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
            .preserveRelativeLinks(true);
    /** Relative links are checked against a base that can never be fetched, and kept relative. */
    private static final String BASE = "https://scorecards.invalid/";

    private final Parser parser;
    private final HtmlRenderer renderer;
    /**
     * The texts seen, and the HTML of those seen more than once: a check's advice is rendered for
     * every team that misses the check, a team's notes once. Texts seen once only are kept as
     * references to strings the report holds anyway.
     */
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final Map<String, String> rendered = new ConcurrentHashMap<>();

    public Markdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create()));
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    /** Safe HTML for the Markdown text; an empty string for null. */
    public String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String known = rendered.get(markdown);
        if (known != null) {
            return known;
        }
        String html = clean(renderer.render(parser.parse(markdown)));
        if (!seen.add(markdown)) {
            rendered.put(markdown, html);
        }
        return html;
    }

    /**
     * Cleans HTML of unknown origin down to the allow-list. A link whose address the list refused
     * ({@code javascript:}, {@code data:}) is left as its text: an {@code a} without {@code href} but
     * with the enforced {@code rel} is not valid HTML.
     */
    public static String clean(String html) {
        Document clean = new Cleaner(SAFE).clean(Jsoup.parseBodyFragment(html, BASE));
        clean.select("a:not([href])").unwrap();
        clean.outputSettings(new Document.OutputSettings().prettyPrint(false));
        return clean.body().html();
    }
}
