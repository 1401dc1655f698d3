package scorecards.load;

import java.net.URI;
import java.util.Locale;

/**
 * What makes an address safe to put behind a link or before a path: an http or https scheme (in any
 * case) and a host. Anything else (javascript:, data:, a bare host name, a relative path) could run a
 * script or point somewhere unintended where it is shown.
 */
public final class WebAddress {

    private WebAddress() {
    }

    /** The scheme in lower case, "" when there is none. */
    public static String scheme(URI uri) {
        return uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    }

    /** Whether the scheme is http or https. */
    public static boolean hasWebScheme(URI uri) {
        String scheme = scheme(uri);
        return scheme.equals("http") || scheme.equals("https");
    }

    /** An absolute http or https address with a host. */
    public static boolean isAbsolute(URI uri) {
        return hasWebScheme(uri) && uri.getHost() != null;
    }
}
