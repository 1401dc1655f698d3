package scorecards.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scorecards.cli.CliRun;
import scorecards.testing.Fixtures;

/**
 * Nothing under {@code scorecards/} is read through a symbolic link: a link to a file or folder
 * outside the repository, whichever file or folder of the loader it stands for, is a located
 * problem in validate and build, and what it points at reaches no output and no message.
 */
class SymbolicLinksTest {

    /** What the files outside the repository hold; read, it would be quoted in a problem or a page. */
    private static final String SECRET = "Secret-7f3a9c";

    @TempDir
    Path temp;

    /** A folder outside the repository whose every file a loader would quote back if it read it. */
    private Path outside() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        for (String name : new String[] {"organisation.yaml", "model.yaml", "alpha.yaml", "beta.yaml", "drive.yaml"}) {
            Files.writeString(outside.resolve(name), SECRET + ": 1\nname: " + SECRET + "\n");
        }
        Files.writeString(outside.resolve("2025-Q2.csv"), "team," + SECRET + "\nalpha," + SECRET + "\n");
        Files.createDirectories(outside.resolve("teams"));
        Files.writeString(outside.resolve("teams/alpha.yaml"), SECRET + ": 1\n");
        return outside;
    }

    /** The minimal repository with {@code link} (a path under it) made a link to {@code target} outside. */
    private Path repositoryWithLink(String link, String target) throws IOException {
        Path outside = outside();
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
        Path at = source.resolve(link);
        Files.createDirectories(at.getParent());
        if (Files.isDirectory(at)) {
            scorecards.render.OutputDirectory.deleteTree(at);
        } else {
            Files.deleteIfExists(at);
        }
        Files.createSymbolicLink(at, target.isEmpty() ? outside : outside.resolve(target));
        return source;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "scorecards=",
        "scorecards/teams=",
        "scorecards/surveys=",
        "scorecards/campaigns=",
        "scorecards/teams/alpha.yaml=alpha.yaml",
        "scorecards/teams/gamma.yaml=alpha.yaml",
        "scorecards/organisation.yaml=organisation.yaml",
        "scorecards/model.yaml=model.yaml",
        "scorecards/campaigns/drive.yaml=drive.yaml",
        "scorecards/surveys/2025-Q2.csv=2025-Q2.csv"})
    void a_link_is_a_located_problem_and_what_it_points_at_is_never_read(String linkAndTarget) throws IOException {
        String link = linkAndTarget.substring(0, linkAndTarget.indexOf('='));
        Path source = repositoryWithLink(link, linkAndTarget.substring(linkAndTarget.indexOf('=') + 1));
        Path output = temp.resolve("site");
        String expected = link + ":1:1: symbolic links are not read, so that nothing outside the repository is; "
                + "put the file or folder itself here instead of a link";

        CliRun validate = CliRun.of("validate", "--source", source.toString());
        CliRun build = CliRun.of("build", "--source", source.toString(), "--output", output.toString());

        assertEquals(1, validate.exitCode(), validate.out() + validate.err());
        assertEquals(1, build.exitCode(), build.out() + build.err());
        assertTrue(validate.out().lines().anyMatch(expected::equals), validate.out());
        assertTrue(build.err().lines().anyMatch(expected::equals), build.err());
        for (String printed : new String[] {validate.out(), validate.err(), build.out(), build.err()}) {
            assertFalse(printed.contains(SECRET), printed);
        }
        assertFalse(Files.exists(output), "a build with problems writes no site");
    }
}
