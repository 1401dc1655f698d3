package scorecards.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorecards.load.Problem;
import scorecards.load.SourceLoader;
import scorecards.testing.Fixtures;

/**
 * The path appended to edit-url is written as an address writes a path. Team and campaign ids, which
 * are their files' names, are lower-case letters, digits and hyphens, so no file a link names needs
 * encoding today; a file whose name would need it is refused before any page is written. The
 * encoding stands for the day a path holds other characters.
 */
class EditHrefTest {

    @TempDir
    Path temp;

    @Test
    void letters_digits_and_hyphens_are_kept_and_everything_else_is_percent_encoded_as_utf_8() {
        assertEquals("payments-2", SiteContext.pathSegment("payments-2"));
        assertEquals("model.yaml", SiteContext.pathSegment("model.yaml"));
        assertEquals("Team_A~1", SiteContext.pathSegment("Team_A~1"));
        assertEquals("my%20team.yaml", SiteContext.pathSegment("my team.yaml"));
        assertEquals("%C3%A9quipe%3F%23%25.yaml", SiteContext.pathSegment("équipe?#%.yaml"));
        assertEquals("a%2Fb", SiteContext.pathSegment("a/b"));
    }

    @Test
    void a_team_file_whose_name_would_need_encoding_is_refused_so_no_link_ever_needs_it() throws Exception {
        Path source = Fixtures.copy(Fixtures.resource("edit-url"), temp.resolve("source"));
        Path teams = source.resolve("scorecards/teams");
        Files.move(teams.resolve("beta.yaml"), teams.resolve("bêta team.yaml"));

        List<String> problems = new SourceLoader().load(source).problems().stream().map(Problem::toString).toList();

        assertEquals(List.of("scorecards/teams/bêta team.yaml:1:1: 'bêta team' is not a valid team id, and a team's id "
                + "is its file name: use lower-case letters, digits and '-', starting with a letter or digit, at "
                + "most 63 characters"), problems);
    }
}
