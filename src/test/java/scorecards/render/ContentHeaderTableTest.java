package scorecards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorecards.cli.CliRun;
import scorecards.testing.Fixtures;

/**
 * One reading of a content header decides for the checker and for the site engine alike. Each row
 * below is a content file whose header is written some odd way (white space that Java and the
 * engine trim differently, capitals, CRLF, a byte order mark, keys the engine would act on, other
 * extensions); every body carries a redirect, a javascript: link and event handlers. Whatever the
 * header, a file is either refused with its line, published cleaned, or (a draft) not published at
 * all: no raw body and no draft reaches the output.
 */
class ContentHeaderTableTest {

    @TempDir
    Path temp;

    private enum Outcome { PUBLISHED, DRAFT, REFUSED }

    /** A content file: its name under content/, its header lines (joined by {@code eol}), what must become of it. */
    private record Row(String file, String header, String eol, Outcome outcome, int line) {

        static Row published(String file, String header) {
            return new Row(file, header, "\n", Outcome.PUBLISHED, 0);
        }

        static Row draft(String file, String header) {
            return new Row(file, header, "\n", Outcome.DRAFT, 0);
        }

        static Row refused(String file, String header, int line) {
            return new Row(file, header, "\n", Outcome.REFUSED, line);
        }

        Row crlf() {
            return new Row(file, header, "\r\n", outcome, line);
        }

        String marker() {
            return "MARK-" + file.replaceAll("[^A-Za-z0-9]", "-") + "-END";
        }

        String text() {
            String body = "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.invalid/\">\n"
                    + "<a href=\"javascript:alert(1)\">link</a>\n"
                    + "<div onload=\"alert(2)\" onclick=\"alert(3)\">" + marker() + "</div>\n"
                    + "<body onload=\"alert(4)\"><p>after</p>\n";
            return (header + "\n~~~~~~\n" + body).replace("\n", eol);
        }
    }

    private static final String PAGE = "title=A page\ntype=page\n";
    private static final String POST = "title=A post\ntype=post\ndate=2025-01-02\n";

    private static final List<Row> ROWS = List.of(
            Row.published("plain.md", PAGE + "status=published"),
            Row.published("crlf.md", PAGE + "status=published").crlf(),
            Row.published("bom.md", "\uFEFF" + PAGE + "status=published"),
            Row.published("em-space-after-published.md", PAGE + "status=published\u2003"),
            Row.published("tab-after-published.md", PAGE + "status=published\t"),
            Row.published("journal/post.md", POST + "status=published"),
            Row.published("journal/tagged.md", POST + "status=published\ntags=one, two"),
            Row.published("upper.MD", PAGE + "status=published"),
            Row.published("mixed.Md", PAGE + "status=published"),
            Row.published("title-with-equals.md", "title=a=b, ${c} <#d>\ntype=page\nstatus=published"),
            Row.draft("draft.md", PAGE + "status=draft"),
            Row.draft("em-space-after-draft.md", PAGE + "status=draft\u2003"),
            Row.draft("em-space-before-draft.md", PAGE + "status=\u2003draft"),
            Row.draft("tab-after-draft.md", PAGE + "status=draft\t"),
            Row.draft("crlf-draft.md", PAGE + "status=draft").crlf(),
            Row.draft("bom-draft.md", "\uFEFF" + PAGE + "status=draft"),
            Row.draft("journal/draft-post.md", POST + "status=draft"),
            Row.draft("upper-draft.MD", PAGE + "status=draft"),
            Row.refused("capital-value.md", PAGE + "status=Draft", 3),
            Row.refused("capital-key.md", PAGE + "STATUS=published", 3),
            Row.refused("capital-both.md", PAGE + "Status=Draft", 3),
            Row.refused("nbsp-after-draft.md", PAGE + "status=draft\u00A0", 3),
            Row.refused("em-space-before-key.md", PAGE + "\u2003status=draft", 3),
            Row.refused("space-before-equals.md", PAGE + "status =draft", 3),
            Row.refused("engine-status.md", PAGE + "status=published-date", 3),
            Row.refused("archive-type.md", "title=T\ntype=archive\nstatus=published", 2),
            Row.refused("capital-type.md", "title=T\ntype=Page\nstatus=published", 2),
            Row.refused("uri.md", PAGE + "status=published\nuri=../index.html", 4),
            Row.refused("template.md", PAGE + "status=published\ntemplate=feed.ftl", 4),
            Row.refused("jbake-type.md", PAGE + "status=published\njbake-type=post", 4),
            Row.refused("rootpath.md", PAGE + "status=published\nrootpath=../../", 4),
            Row.refused("cached.md", PAGE + "status=published\ncached=false", 4),
            Row.refused("body.md", PAGE + "status=published\nbody=<script>x</script>", 4),
            Row.refused("status-twice.md", PAGE + "status=published\nstatus=draft", 4),
            Row.refused("draft-then-published.md", PAGE + "status=draft\nstatus=published", 4),
            Row.refused("no-status.md", "title=T\ntype=page", 1),
            Row.refused("separator-em-space.md", PAGE + "status=published\n~~~~~~\u2003\n~~~~~~", 4),
            Row.refused("page.markdown", PAGE + "status=published", 1),
            Row.refused("page.html", PAGE + "status=published", 1),
            Row.refused("page.adoc", PAGE + "status=published", 1),
            Row.refused("page.md.txt", PAGE + "status=published", 1));

    private Path source() throws IOException {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
        for (Row row : ROWS) {
            Path file = source.resolve("content").resolve(row.file());
            Files.createDirectories(file.getParent());
            Files.writeString(file, row.text(), StandardCharsets.UTF_8);
        }
        return source;
    }

    @Test
    void every_odd_header_is_either_refused_at_its_line_published_cleaned_or_a_draft_left_out() throws IOException {
        Path source = source();

        CliRun validate = CliRun.of("validate", "--source", source.toString());

        assertEquals(1, validate.exitCode(), validate.out() + validate.err());
        Map<String, Integer> expected = new TreeMap<>();
        ROWS.stream().filter(row -> row.outcome() == Outcome.REFUSED).forEach(row -> expected.put(row.file(), row.line()));
        Map<String, Integer> reported = new TreeMap<>();
        for (String line : (validate.out() + validate.err()).lines().toList()) {
            if (line.startsWith("content/")) {
                String[] parts = line.split(":", 3);
                reported.putIfAbsent(parts[0].substring("content/".length()), Integer.parseInt(parts[1]));
            }
        }
        assertEquals(expected, reported, validate.out() + validate.err());

        for (Row row : ROWS) {
            if (row.outcome() == Outcome.REFUSED) {
                Files.delete(source.resolve("content").resolve(row.file()));
            }
        }
        BuiltSite site = BuiltSite.build(source, temp.resolve("site"));

        assertEquals(List.of(), InertPages.activeContent(site));
        List<String> everyFile = everyFile(site.root());
        for (Row row : ROWS) {
            String inside = row.file().substring(0, row.file().lastIndexOf('.')) + ".html";
            boolean published = row.outcome() == Outcome.PUBLISHED;
            assertEquals(published, Files.exists(site.root().resolve(inside)), row.file());
            assertEquals(published, everyFile.stream().anyMatch(text -> text.contains(row.marker())), row.file());
            if (published) {
                assertTrue(site.page(inside).selectFirst(".content-body").text().contains(row.marker()), row.file());
            }
        }
        for (String text : everyFile) {
            assertFalse(text.contains("javascript:") || text.contains("onload") || text.contains("http-equiv=\"refresh\""),
                    text);
        }
        String feed = Files.readString(site.root().resolve("feed.xml"));
        assertTrue(feed.contains("MARK-journal-tagged-md-END") && feed.contains("MARK-journal-post-md-END"), feed);
    }

    /** The text of every file of the site, whatever its kind. */
    private static List<String> everyFile(Path root) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                texts.add(new String(Files.readAllBytes(path), StandardCharsets.UTF_8));
            }
        }
        return texts;
    }
}
