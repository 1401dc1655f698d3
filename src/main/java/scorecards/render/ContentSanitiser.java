package scorecards.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    private ContentSanitiser() {
    }

    static void cleanPages(List<Path> pages) throws IOException {
        for (Path page : pages) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            int start = html.indexOf(BODY_START);
            int end = html.lastIndexOf(BODY_END);
            if (start < 0 || end < start) {
                // Without the markers the body could not be cleaned: refuse rather than publish it raw.
                throw new PageRenderer.TemplateFailure("the page and post templates must put ${content.body} between "
                        + BODY_START + " and " + BODY_END + "; " + page.getFileName() + " has no such markers", null);
            }
            // Cut the body out as text before any parsing: parsed in place, a <body onload=...> in
            // it would already have lent its attributes to the page's own <body>.
            String body = html.substring(start + BODY_START.length(), end);
            Files.writeString(page, html.substring(0, start) + Markdown.clean(body) + html.substring(end + BODY_END.length()),
                    StandardCharsets.UTF_8);
        }
    }

    static void cleanFeed(Path feed) throws IOException {
        if (!Files.exists(feed)) {
            return;
        }
        Document document = Jsoup.parse(Files.readString(feed, StandardCharsets.UTF_8), "", Parser.xmlParser());
        document.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.xml)
                .charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.xhtml);
        for (Element content : document.select("entry > content")) {
            content.text(Markdown.clean(content.wholeText()));
        }
        Files.writeString(feed, document.outerHtml(), StandardCharsets.UTF_8);
    }
}
