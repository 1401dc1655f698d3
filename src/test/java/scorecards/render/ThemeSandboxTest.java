package scorecards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scorecards.cli.CliRun;
import scorecards.testing.Fixtures;

/**
 * A theme override is code from a pull request, run by every build and by the publish job: it may
 * shape pages, but it cannot make Java objects, reach Java's API behind a value, or run a command.
 * Each attempt fails the build with the template's name, and nothing runs.
 */
public class ThemeSandboxTest {

    @TempDir
    Path temp;

    /** What a template could do to break out, each writing {@code MARKER} if it got through. */
    public static String attack(String kind, Path marker) {
        return switch (kind) {
            case "execute" -> "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"touch " + marker + "\")}";
            case "object-constructor" -> "<#assign oc=\"freemarker.template.utility.ObjectConstructor\"?new()>"
                    + "${oc(\"java.io.FileWriter\", \"" + marker + "\").close()!}";
            case "jython" -> "<#assign py=\"freemarker.template.utility.JythonRuntime\"?new()>"
                    + "<@py>open('" + marker + "', 'w').close()</@py>";
            case "api" -> "<#assign cl=VALUE?api.getClass().getClassLoader()>${cl}";
            case "include-outside" -> "<#include \"../../../../../../../../../../etc/passwd\">";
            default -> throw new IllegalArgumentException(kind);
        };
    }

    public static Path source(Path temp, String template, String attack) throws IOException {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
        Files.createDirectories(source.resolve("content/journal"));
        Files.writeString(source.resolve("content/about.md"), "title=About\ntype=page\nstatus=published\n~~~~~~\nHi.\n");
        Files.writeString(source.resolve("content/journal/first.md"),
                "title=First\ntype=post\nstatus=published\ndate=2025-01-02\n~~~~~~\nHello.\n");
        Path templates = Files.createDirectories(source.resolve("site/templates"));
        String original = new String(Theme.class.getClassLoader().getResourceAsStream("theme/templates/" + template)
                .readAllBytes(), StandardCharsets.UTF_8);
        // After the first line, which may be the <#ftl> header.
        int firstLineEnd = original.indexOf('\n') + 1;
        Files.writeString(templates.resolve(template), original.substring(0, firstLineEnd)
                + attack.replace("VALUE", template.equals("needs.ftl") ? "site" : "config") + "\n"
                + original.substring(firstLineEnd));
        return source;
    }

    @ParameterizedTest
    @CsvSource({
        "needs.ftl, execute", "needs.ftl, object-constructor", "needs.ftl, jython", "needs.ftl, api",
        "needs.ftl, include-outside",
        "page.ftl, execute", "post.ftl, object-constructor", "feed.ftl, jython", "archive.ftl, api",
        "page.ftl, include-outside"})
    void a_template_that_reaches_for_java_fails_the_build_with_its_name_and_runs_nothing(String template, String kind)
            throws IOException {
        Path marker = temp.resolve("ran");
        Path source = source(temp, template, attack(kind, marker));

        CliRun build = CliRun.of("build", "--source", source.toString(), "--output", temp.resolve("site").toString());

        assertEquals(1, build.exitCode(), build.out() + build.err());
        assertTrue(build.err().startsWith("build failed: template " + template + " line "), build.err());
        assertFalse(build.err().contains("\tat ") || build.err().contains("Exception"), build.err());
        assertTrue(build.err().lines().count() <= 3, build.err());
        assertFalse(Files.exists(marker), "the template ran " + kind);
        assertFalse(Files.exists(temp.resolve("site")), "nothing was published");
    }
}
