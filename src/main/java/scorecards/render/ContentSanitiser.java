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
 * template marks with {@code class="content-body"} and the feed's entry contents are touched;
 * the theme's own markup around them stays as the template wrote it.
 */
final class ContentSanitiser {

    static final String BODY_CLASS = "content-body";

    private ContentSanitiser() {
    }

    static void cleanPages(List<Path> pages) throws IOException {
        for (Path page : pages) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            if (!html.contains("class=\"" + BODY_CLASS + "\"")) {
                continue;
            }
            Document document = Jsoup.parse(html);
            document.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8)
                    .escapeMode(Entities.EscapeMode.base);
            for (Element body : document.getElementsByClass(BODY_CLASS)) {
                body.html(Markdown.clean(body.html()));
            }
            Files.writeString(page, document.outerHtml(), StandardCharsets.UTF_8);
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
