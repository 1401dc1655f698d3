package scorecards.render.page;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The file name of each tribe's page. A tribe name is free text, so it cannot be a file name as it
 * stands; a slug alone would give "Data & Insights" and "Data Insights" one file, and so would names
 * that differ only in case (one file on a case-insensitive disk) or in accents.
 *
 * <p>The rule: a readable slug of the name (accents dropped, lower case, every run of other
 * characters a '-', at most 40 characters, "tribe" when nothing is left), a '-',
 * and the first 8 hex digits of the SHA-256 of the exact name in UTF-8:
 * {@code "Data & Insights"} → {@code data-insights-4159e296}. The name depends on the tribe's own
 * name only, so it stays the same when other tribes come and go; only when two tribes share both
 * slug and digits do those two take more digits, until they differ.
 */
public final class TribePaths {

    static final int SLUG_LENGTH = 40;
    static final int HASH_DIGITS = 8;
    private static final String FOLDER = "tribes/";

    /** The index page of every tribe. */
    public static final String INDEX = FOLDER + "index.html";

    private TribePaths() {
    }

    /** Each name's page, "tribes/&lt;stem&gt;.html", distinct for distinct names. */
    public static Map<String, String> pages(Collection<String> names) {
        Map<String, String> pages = new HashMap<>();
        stems(names).forEach((name, stem) -> pages.put(name, FOLDER + stem + ".html"));
        return pages;
    }

    /** Each name's file name without its extension, distinct for distinct names. */
    public static Map<String, String> stems(Collection<String> names) {
        return stems(names, "tribe");
    }

    /**
     * The same rule for other free text (a need): {@code fallback} is the slug of a name with no
     * letter or digit left.
     */
    static Map<String, String> stems(Collection<String> names, String fallback) {
        Map<String, String> stems = new TreeMap<>();
        Map<String, List<String>> claimed = new HashMap<>();
        for (String name : new TreeSet<>(names)) {
            String stem = slug(name, fallback) + "-" + hash(name).substring(0, HASH_DIGITS);
            claimed.computeIfAbsent(stem, s -> new ArrayList<>()).add(name);
        }
        for (Map.Entry<String, List<String>> entry : claimed.entrySet()) {
            List<String> sharing = entry.getValue();
            if (sharing.size() == 1) {
                stems.put(sharing.get(0), entry.getKey());
            } else {
                stems.putAll(apart(sharing, fallback));
            }
        }
        return stems;
    }

    /**
     * Names whose slug and first digits agree: the fewest digits that set them apart. SHA-256
     * sets any two names apart within its 64 digits; should it not, the names' order does.
     */
    private static Map<String, String> apart(List<String> sharing, String fallback) {
        Map<String, String> stems = new TreeMap<>();
        for (int digits = HASH_DIGITS * 2; digits <= 64; digits *= 2) {
            stems.clear();
            for (String name : sharing) {
                stems.put(name, slug(name, fallback) + "-" + hash(name).substring(0, digits));
            }
            if (new TreeSet<>(stems.values()).size() == sharing.size()) {
                return stems;
            }
        }
        for (int i = 0; i < sharing.size(); i++) {
            stems.put(sharing.get(i), stems.get(sharing.get(i)) + "-" + (i + 1));
        }
        return stems;
    }

    /** The readable part: "Zürich Ops & Co." → "zurich-ops-co". */
    static String slug(String name) {
        return slug(name, "tribe");
    }

    private static String slug(String name, String fallback) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > SLUG_LENGTH) {
            slug = slug.substring(0, SLUG_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }

    /** The SHA-256 of the name's UTF-8 bytes, in lower-case hex. */
    static String hash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
