package scorecards.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorecards.pipeline.SiteBuild;
import scorecards.render.ThemeSandboxTest;
import scorecards.serve.Preview;

/** The preview runs the theme's templates on every save: they are refused there as in a build. */
class ThemeSandboxServeTest {

    @TempDir
    Path temp;

    @Test
    void the_preview_refuses_a_template_that_runs_a_command_and_keeps_serving_the_last_good_site() throws Exception {
        Path marker = temp.resolve("ran");
        Path source = ThemeSandboxTest.source(temp, "page.ftl", "");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        try (Preview preview = ServeCommand.start(new SiteBuild(source, temp.resolve("site"), ""), 0, console)) {
            assertTrue(Files.exists(temp.resolve("site/about.html")));
            Path page = source.resolve("site/templates/page.ftl");
            Path needs = source.resolve("site/templates/needs.ftl");
            Files.writeString(needs, new String(ThemeSandboxTest.class.getClassLoader()
                    .getResourceAsStream("theme/templates/needs.ftl").readAllBytes(), StandardCharsets.UTF_8)
                    .replace("<h1>", ThemeSandboxTest.attack("object-constructor", marker) + "<h1>"));
            Files.writeString(page, Files.readString(page)
                    .replace("<article>", "<article>" + ThemeSandboxTest.attack("execute", marker)));
            for (int i = 0; i < 300 && !err.toString(StandardCharsets.UTF_8).contains("still serving"); i++) {
                Thread.sleep(100);
            }
            String printed = err.toString(StandardCharsets.UTF_8);
            assertTrue(printed.contains("still serving the last good site"), printed);
            assertTrue(printed.contains("template "), printed);
            assertFalse(Files.exists(marker), "a template ran");
        }
    }
}
