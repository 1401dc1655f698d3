package scorecards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorecards.cli.CliRun;
import scorecards.testing.Fixtures;

/**
 * The characters a name may hold, through a real build: control and bidirectional characters
 * written with YAML's escapes stop the build where they are, and leave the previous site as it
 * was; the text a name may hold (emoji joined by U+200D, a tab, right-to-left letters, an
 * {@code @}) reaches the pages and {@code teams.csv} whole.
 */
class NameCharactersSiteTest {

    @TempDir
    Path temp;

    private Path source(String betaName) throws IOException {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
        Path beta = source.resolve("scorecards/teams/beta.yaml");
        Files.writeString(beta, Files.readString(beta).replace("name: Beta", "name: " + betaName));
        return source;
    }

    @Test
    void a_name_with_terminal_escapes_or_a_right_to_left_override_stops_the_build_and_keeps_the_previous_site()
            throws IOException {
        Path output = temp.resolve("site");
        BuiltSite.build(Fixtures.resource("minimal"), output);
        byte[] csvBefore = Files.readAllBytes(output.resolve("data/teams.csv"));

        Path source = source("\"\\e]0;owned\\a\\e[31mBeta \\u202Eateb\"");
        Path tribe = source.resolve("scorecards/teams/alpha.yaml");
        Files.writeString(tribe, Files.readString(tribe).replace("tribe: One", "tribe: \"One\\u2066\""));
        CliRun run = CliRun.of("build", "--source", source.toString(), "--output", output.toString());

        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertEquals(List.of(
                "scorecards/teams/alpha.yaml:2:8: 'tribe' holds the bidirectional control character \\u2066; remove it",
                "scorecards/teams/beta.yaml:1:7: 'name' holds the control character \\u001B and 3 other hidden "
                        + "characters; remove them"),
                run.err().lines().filter(line -> line.startsWith("scorecards/")).toList());
        assertFalse((run.out() + run.err()).chars().anyMatch(c -> c < 0x20 && c != '\n'), "no raw control character");
        assertTrue(Files.readString(output.resolve("teams/beta.html")).contains(">Beta<"), "previous page kept");
        assertEquals(new String(csvBefore, StandardCharsets.UTF_8),
                Files.readString(output.resolve("data/teams.csv")), "previous export kept");
    }

    @Test
    void a_name_holding_joined_emoji_a_tab_right_to_left_letters_and_an_at_sign_is_shown_whole() throws IOException {
        String name = "Ada 👩\u200D💻\tצוות @octocat";
        BuiltSite site = BuiltSite.build(source("\"Ada 👩\\u200D💻\\tצוות @octocat\""), temp.resolve("site"));

        Document page = site.page("teams/beta.html");
        // A browser shows the tab as a space, as jsoup's text does.
        assertEquals(name.replace('\t', ' '), page.selectFirst("h1").text());
        assertTrue(page.select("h1 a").isEmpty(), "no link in the name");
        List<String> csv = Files.readAllLines(site.root().resolve("data/teams.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.stream().anyMatch(line -> line.startsWith("beta," + name + ",,2025-Q2,")), String.join("\n", csv));
        assertEquals(name, site.export().at("/teams/1/name").asText());
    }
}
