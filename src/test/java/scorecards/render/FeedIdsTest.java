package scorecards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorecards.cli.CliRun;
import scorecards.testing.Fixtures;

/**
 * The Atom ids of the change journal's feed, read back from real builds: without a site address
 * they differ from one organisation to the next, stay the same from one build to the next, and
 * are unique URIs within a feed; with one, they are the pages' addresses.
 */
class FeedIdsTest {

    private static final List<String> POSTS = List.of("journal/2025-01-10-buddies.html", "journal/2025-02-03-runtime.html");

    @TempDir
    Path temp;

    /** The minimal repository under another organisation name, with two journal posts. */
    private Path source(String folder, String organisation) throws IOException {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve(folder));
        Path file = source.resolve("scorecards/organisation.yaml");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("name: Minimal Org"));
        Files.writeString(file, text.replace("name: Minimal Org", "name: " + organisation), StandardCharsets.UTF_8);
        Path journal = Files.createDirectories(source.resolve("content/journal"));
        Files.writeString(journal.resolve("2025-01-10-buddies.md"),
                "title=Buddies trained\ntype=post\nstatus=published\ndate=2025-01-10\n~~~~~~\nEvery team has a buddy.\n");
        Files.writeString(journal.resolve("2025-02-03-runtime.md"),
                "title=A runtime of our own\ntype=post\nstatus=published\ndate=2025-02-03\n~~~~~~\nIt runs.\n");
        return source;
    }

    /** The feed's id first, then each entry's, in feed order. */
    private static List<String> ids(Path site) throws IOException {
        Document feed = Jsoup.parse(Files.readString(site.resolve("feed.xml")), "", Parser.xmlParser());
        List<String> ids = new ArrayList<>();
        ids.add(feed.selectFirst("feed > id").text());
        ids.addAll(feed.select("entry > id").eachText());
        return ids;
    }

    private List<String> build(Path source, String output, String... options) throws IOException {
        Path site = temp.resolve("sites").resolve(output);
        List<String> arguments = new ArrayList<>(List.of("build", "--source", source.toString(), "--output",
                site.toString()));
        arguments.addAll(List.of(options));
        CliRun run = CliRun.of(arguments.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.out() + run.err());
        return ids(site);
    }

    @Test
    void without_a_site_address_ids_are_the_organisations_own_and_the_same_in_every_build() throws IOException {
        Path harbourline = source("harbourline", "Harbourline Freight");
        Path quillfeather = source("quillfeather", "Quillfeather Analytics");

        List<String> first = build(harbourline, "harbourline-1");
        List<String> again = build(harbourline, "harbourline-2");
        List<String> other = build(quillfeather, "quillfeather-1");

        assertEquals(1 + POSTS.size(), first.size(), "the feed's id and one per post");
        assertEquals(first, again, "a rebuild gives the same ids");
        Set<String> shared = new HashSet<>(first);
        shared.retainAll(other);
        assertEquals(Set.of(), shared, "two organisations share no id");
        assertEquals(first.size(), new HashSet<>(first).size(), "ids are unique within a feed");
        for (String id : first) {
            URI uri = URI.create(id);
            assertEquals("urn", uri.getScheme(), id);
            assertTrue(id.matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), id);
            assertEquals(id.substring("urn:uuid:".length()), UUID.fromString(id.substring("urn:uuid:".length())).toString());
        }
    }

    @Test
    void adding_a_post_leaves_the_ids_of_the_feed_and_of_the_other_posts_as_they_were() throws IOException {
        List<String> before = build(source("before", "Harbourline Freight"), "before");
        Path source = source("after", "Harbourline Freight");
        Files.writeString(source.resolve("content/journal/2025-03-01-more.md"),
                "title=More\ntype=post\nstatus=published\ndate=2025-03-01\n~~~~~~\nMore.\n");

        List<String> after = build(source, "after");

        // Newest first: the new post's entry leads, the two older ones keep their ids.
        assertEquals(before.get(0), after.get(0), "the feed keeps its id when a post is added");
        assertEquals(before.subList(1, 3), after.subList(2, 4));
    }

    @Test
    void with_a_site_address_ids_are_the_pages_addresses() throws IOException {
        List<String> ids = build(source("published", "Harbourline Freight"), "published",
                "--site-url", "https://scorecards.example.org/platform/");

        assertEquals(List.of("https://scorecards.example.org/platform/journal/index.html",
                "https://scorecards.example.org/platform/" + POSTS.get(1),
                "https://scorecards.example.org/platform/" + POSTS.get(0)), ids);
    }
}
