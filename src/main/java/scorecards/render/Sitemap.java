package scorecards.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes {@code sitemap.xml} listing every page of the site, data pages and content alike, when the
 * site's address is known. The Sitemap protocol takes full addresses only (its schema refuses
 * {@code index.html}), and search engines ignore a sitemap of relative ones, so without an address
 * there is no sitemap.
 */
public final class Sitemap {

    public static final String FILE = "sitemap.xml";

    private Sitemap() {
    }

    /**
     * @param site    the files written so far, the pages among them
     * @param siteUrl the published address ending in '/', or "" (then nothing is written)
     */
    public static void write(GeneratedFiles site, String siteUrl) throws IOException {
        if (siteUrl.isEmpty()) {
            return;
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : site.paths()) {
            if (page.endsWith(".html")) {
                xml.append("  <url><loc>").append(escape(siteUrl + encodePath(page))).append("</loc></url>\n");
            }
        }
        xml.append("</urlset>\n");
        site.write(FILE, xml.toString().getBytes(StandardCharsets.UTF_8));
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
