package scorecards.pipeline;

import java.net.URI;
import java.net.URISyntaxException;
import scorecards.load.Quoted;
import scorecards.load.WebAddress;

/**
 * The address a site is published at, as the feed, the sitemap and the badges' Markdown put it
 * before every page's path: an absolute http or https address, nothing else. Anything else
 * (a bare host name, a relative path, another scheme, a query) would give every such link a
 * wrong or dangerous target, so it is refused before a build starts.
 */
public final class SiteUrl {

    public static final String EXAMPLE = "https://example.github.io/scorecards/";

    private SiteUrl() {
    }

    /** Refuses {@code text} unless it is "" (unknown) or an absolute http(s) address. */
    public static void check(String text) throws Refused {
        if (text.isEmpty()) {
            return;
        }
        try {
            URI uri = new URI(text);
            if (WebAddress.isAbsolute(uri) && uri.getRawUserInfo() == null && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                return;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new Refused("the site URL " + Quoted.of(text) + " is not an absolute http or https address without "
                + "a query; give the address the site is published at, e.g. " + EXAMPLE);
    }
}
