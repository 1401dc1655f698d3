package scorecards.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes {@code sitemap.xml} listing every page of the site, data pages and content alike, when the
 * site's address is known. The Sitemap protocol takes full addresses only (its schema refuses
 * {@code index.html}), and search engines ignore a sitemap of relative ones, so without an address
 * there is no sitemap.
 */
final class Sitemap {

    static final String FILE = "sitemap.xml";

    private Sitemap() {
    }

    /** @param siteUrl the published address ending in '/', or "" (then nothing is written) */
    static void write(Path site, String siteUrl) throws IOException {
        if (siteUrl.isEmpty()) {
            return;
        }
        List<String> pages;
        try (Stream<Path> paths = Files.walk(site)) {
            pages = paths.filter(path -> path.toString().endsWith(".html"))
                    .map(path -> site.relativize(path).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : pages) {
            xml.append("  <url><loc>").append(escape(siteUrl + encodePath(page))).append("</loc></url>\n");
        }
        xml.append("</urlset>\n");
        Files.writeString(site.resolve(FILE), xml.toString(), StandardCharsets.UTF_8);
    }

    /** A page's path as a URL path: what RFC 3986 does not allow in one (a space, a non-ASCII letter) percent-encoded. */
    static String encodePath(String path) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
