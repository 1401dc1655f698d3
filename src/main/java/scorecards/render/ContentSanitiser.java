package scorecards.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Cleans what the site engine rendered from hand-written content: journal posts and pages come
 * through pull requests like scorecards, so their HTML is untrusted too. Only the region a
 * template marks with {@link #BODY_START} and {@link #BODY_END} and the feed's entry contents are
 * touched; the theme's own markup around them stays as the template wrote it.
 */
final class ContentSanitiser {

    /** The templates put the engine's body between these two markers; the first and last one count. */
    static final String BODY_START = "<!--content-body-->";
    static final String BODY_END = "<!--/content-body-->";
    /** The site's root, under a name that cannot be fetched: only paths below it are ever taken from it. */
    private static final URI ROOT = URI.create("https://site.invalid/");

    private ContentSanitiser() {
    }

    /**
     * Cleans the body of a page the engine rendered, {@code name} in the site. Without the markers
     * the body could not be found: a content page or post is then refused rather than published
     * raw; a page of the engine's own that shows no content body ({@code required} false: the
     * journal's index) is left as its template wrote it.
     */
    static String cleanPage(String html, String name, boolean required) throws PageRenderer.TemplateFailure {
        int start = html.indexOf(BODY_START);
        int end = html.lastIndexOf(BODY_END);
        if (start < 0 || end < start) {
            if (required) {
                throw new PageRenderer.TemplateFailure("the page and post templates must put ${content.body} between "
                        + BODY_START + " and " + BODY_END + "; " + name.substring(name.lastIndexOf('/') + 1)
                        + " has no such markers", null);
            }
            return html;
        }
        // Cut the body out as text before any parsing: parsed in place, a <body onload=...> in
        // it would already have lent its attributes to the page's own <body>.
        String body = html.substring(start + BODY_START.length(), end);
        return html.substring(0, start) + Markdown.clean(body) + html.substring(end + BODY_END.length());
    }

    /** Cleans each entry's content of the feed the engine rendered. */
    static String cleanFeed(String xml) {
        Document document = Jsoup.parse(xml, "", Parser.xmlParser());
        document.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.xml)
                .charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.xhtml);
        for (Element content : document.select("entry > content")) {
            Element page = content.parent().selectFirst("> link[rel=alternate]");
            String html = Markdown.clean(content.wholeText());
            content.text(page == null ? html : linksFromRoot(html, page.attr("href")));
        }
        return document.outerHtml();
    }

    /**
     * A post's relative links are written for its page ({@code journal/…html}), but a feed reader
     * resolves them against the feed, at the site's root: {@code ../needs.html} would leave the
     * site. They are rewritten relative to the root, which is where the feed is and what its
     * {@code xml:base} names, so they resolve whether or not a reader honours {@code xml:base}.
     * Absolute links, and any that would climb above the root, are left as written.
     */
    static String linksFromRoot(String html, String pageUri) {
        Document fragment = Jsoup.parseBodyFragment(html);
        fragment.outputSettings().prettyPrint(false);
        URI page;
        try {
            page = ROOT.resolve(new URI(pageUri));
        } catch (URISyntaxException e) {
            return html;
        }
        boolean changed = false;
        for (Element link : fragment.select("a[href]")) {
            String href = link.attr("href");
            try {
                URI target = new URI(href);
                if (target.isAbsolute() || target.getRawAuthority() != null) {
                    continue;
                }
                URI resolved = page.resolve(target);
                String path = resolved.getRawPath();
                if (path == null || !path.startsWith("/") || path.equals("/..") || path.startsWith("/../")) {
                    continue;
                }
                String fromRoot = path.substring(1)
                        + (resolved.getRawQuery() == null ? "" : "?" + resolved.getRawQuery())
                        + (resolved.getRawFragment() == null ? "" : "#" + resolved.getRawFragment());
                link.attr("href", fromRoot.isEmpty() ? "./" : fromRoot);
                changed = true;
            } catch (URISyntaxException e) {
                // Not a URI a reader could follow either way: left as the author wrote it.
            }
        }
        return changed ? fragment.body().html() : html;
    }
}
