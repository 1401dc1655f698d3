package scorecards.render;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The Atom ids of the change journal's feed and of its entries. Atom wants an id that never
 * changes and that no other feed or entry in the world has: a feed reader shows an entry whose id
 * it has seen as the one it already has. With the address the site is published at, an id is the
 * page's address. Without it, an id is a name-based UUID (RFC 4122, version 3) of the
 * organisation's name and the post's path, as a {@code urn:uuid:} URI: every build of one
 * organisation gives the same ids, and organisations with other names never share one.
 *
 * @param organisation the organisation's name, as organisation.yaml gives it
 * @param siteUrl      the published address ending in '/', or "" when unknown
 */
record FeedIds(String organisation, String siteUrl) {

    /**
     * The namespace of these UUIDs, chosen once at random: it keeps them apart from name-based
     * UUIDs made for anything else, and changing it would change every id of every feed.
     */
    private static final UUID NAMESPACE = UUID.fromString("c1f19c8c-8d72-4274-8d03-d47fb15cb91d");

    /** The feed's own id. */
    String feed() {
        return siteUrl.isEmpty() ? uuid("journal\n" + organisation) : siteUrl + ContentBaker.JOURNAL_INDEX;
    }

    /** The id of the entry for the post published at {@code uri} (relative to the site, e.g. journal/x.html). */
    String entry(String uri) {
        return siteUrl.isEmpty() ? uuid("post\n" + organisation + "\n" + uri) : siteUrl + uri;
    }

    /** Each post's entry id, by its uri. */
    Map<String, String> entries(List<String> uris) {
        Map<String, String> ids = new LinkedHashMap<>();
        uris.forEach(uri -> ids.put(uri, entry(uri)));
        return ids;
    }

    /**
     * The name-based UUID of {@code name} in this namespace. Its parts are joined by line breaks,
     * which neither an organisation's name nor a path holds, so two different pairs never make one name.
     */
    private static String uuid(String name) {
        byte[] text = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer bytes = ByteBuffer.allocate(16 + text.length)
                .putLong(NAMESPACE.getMostSignificantBits())
                .putLong(NAMESPACE.getLeastSignificantBits())
                .put(text);
        return "urn:uuid:" + UUID.nameUUIDFromBytes(bytes.array());
    }
}
