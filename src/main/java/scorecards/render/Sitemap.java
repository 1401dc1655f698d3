package scorecards.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Writes {@code sitemap.xml} listing every page of the site, data pages and content alike. */
final class Sitemap {

    static final String FILE = "sitemap.xml";

    private Sitemap() {
    }

    /** @param siteUrl the published address ending in '/', or "" (then the locations are relative) */
    static void write(Path site, String siteUrl) throws IOException {
        List<String> pages;
        try (Stream<Path> paths = Files.walk(site)) {
            pages = paths.filter(path -> path.toString().endsWith(".html"))
                    .map(path -> site.relativize(path).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : pages) {
            xml.append("  <url><loc>").append(escape(siteUrl + page)).append("</loc></url>\n");
        }
        xml.append("</urlset>\n");
        Files.writeString(site.resolve(FILE), xml.toString(), StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
