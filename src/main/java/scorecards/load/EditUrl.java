package scorecards.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code edit-url} of organisation.yaml: the prefix of the forge's "edit this file" page, to which
 * the site appends the path of a file from the repository's root. It must be an absolute http or
 * https address with a host, ending in '/', without a query, a fragment or a user name: anything
 * else would give every such link a wrong or dangerous target. Each rule it breaks is reported at
 * the value.
 */
public final class EditUrl {

    static final String KEY = "edit-url";
    static final String EXAMPLE = "https://github.com/acme/scorecards/edit/main/";
    /** Longest address taken; a forge's prefix is far shorter, a longer one is a pasting accident. */
    public static final int MAX_LENGTH = 2_000;

    private static final String WANTED = "'" + KEY + "' must be an http or https address ending in /, such as "
            + EXAMPLE;

    private EditUrl() {
    }

    /** The address, when given and sound; every rule it breaks is reported where it is written. */
    static Optional<String> read(Fields fields) {
        Optional<Node> given = fields.node(KEY);
        if (given.isEmpty()) {
            return Optional.empty();
        }
        Node node = given.get();
        Problems problems = fields.problems();
        if (!(node instanceof Node.ScalarNode scalar) || scalar.kind() != Node.ScalarNode.Kind.TEXT) {
            problems.report(node.location(), WANTED + ", found " + node.describe());
            return Optional.empty();
        }
        String text = scalar.text().strip();
        if (text.isEmpty()) {
            problems.report(node.location(), WANTED + ", found an empty text");
            return Optional.empty();
        }
        if (text.length() > MAX_LENGTH) {
            problems.report(node.location(), "'" + KEY + "' is " + text.length() + " characters long; at most "
                    + MAX_LENGTH + " are allowed");
            return Optional.empty();
        }
        if (!Fields.charactersAreText("'" + KEY + "'", text, false, node.location(), problems)) {
            return Optional.empty();
        }
        List<String> broken = problems(text);
        broken.forEach(message -> problems.report(node.location(), message));
        return broken.isEmpty() ? Optional.of(text) : Optional.empty();
    }

    /** What is wrong with {@code text} as an edit-url, one message per rule it breaks; none when it is sound. */
    static List<String> problems(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return List.of(WANTED + ", found " + Quoted.of(text) + ", which is not an address ("
                    + e.getReason().toLowerCase(Locale.ROOT) + " at character " + (e.getIndex() + 1) + ")");
        }
        // A user name or password is not quoted back: it may be a secret, and problems are printed in build logs.
        String shown = uri.getRawUserInfo() == null ? text : text.replace(uri.getRawUserInfo() + "@", "");
        String scheme = WebAddress.scheme(uri);
        if (!WebAddress.hasWebScheme(uri)) {
            return List.of(WANTED + ", found " + Quoted.of(shown)
                    + (scheme.isEmpty() ? ", which is not an absolute address" : ", whose scheme is " + Quoted.of(scheme)));
        }
        List<String> broken = new ArrayList<>();
        if (uri.getHost() == null) {
            broken.add("'" + KEY + "' must name the forge's host after " + scheme + "://, such as " + EXAMPLE
                    + ", found " + Quoted.of(shown));
        }
        if (uri.getRawUserInfo() != null) {
            broken.add("'" + KEY + "' must not hold a user name or password (the part before @): the address is "
                    + "shown on every page; remove it");
        }
        if (uri.getRawQuery() != null) {
            broken.add("'" + KEY + "' must not have a query (" + Quoted.of("?" + uri.getRawQuery())
                    + "): the path of a file is appended at its end; remove it");
        }
        if (uri.getRawFragment() != null) {
            broken.add("'" + KEY + "' must not have a fragment (" + Quoted.of("#" + uri.getRawFragment())
                    + "): the path of a file is appended at its end; remove it");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (uri.getHost() != null && !path.endsWith("/")) {
            broken.add("'" + KEY + "' must end in /, since the path of a file is appended to it: "
                    + (uri.getRawQuery() == null && uri.getRawFragment() == null ? "write " + Quoted.of(shown + "/")
                    : "such as " + EXAMPLE));
        }
        return broken;
    }
}
