package scorecards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorecards.render.page.Page;

/** Pages render on every core; a failure is reported once all of them are done, the same one every time. */
class PageRendererTest {

    private static final int PAGES = 400;

    @TempDir
    Path temp;

    @Test
    void a_failing_page_is_reported_after_every_other_page_is_written_and_the_first_failure_in_order_wins()
            throws Exception {
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(templates.resolve("good.ftl"), "<p>${title}</p>");
        Files.writeString(templates.resolve("bad.ftl"), "<p>${missing}</p>");
        Path output = Files.createDirectories(temp.resolve("site"));
        List<Supplier<Page>> pages = new ArrayList<>();
        for (int i = 0; i < PAGES; i++) {
            String template = i == 7 || i == 300 ? "bad.ftl" : "good.ftl";
            Page page = new Page(String.format("pages/p%03d.html", i), template, "page " + i, Map.of());
            pages.add(() -> page);
        }

        PageRenderer.TemplateFailure failure = assertThrows(PageRenderer.TemplateFailure.class,
                () -> new PageRenderer(templates, Messages.english(), Map.of()).renderAll(pages, output));

        assertTrue(failure.getMessage().contains("failed for pages/p007.html"), failure.getMessage());
        try (Stream<Path> written = Files.list(output.resolve("pages"))) {
            assertEquals(PAGES - 2, written.count(), "every good page was written before the failure came back");
        }
        assertEquals("<p>page 399</p>", Files.readString(output.resolve("pages/p399.html")));
    }
}
