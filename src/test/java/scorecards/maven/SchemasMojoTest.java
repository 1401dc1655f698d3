package scorecards.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorecards.cli.CliRun;
import scorecards.testing.Fixtures;

/** The plugin's scorecards:schemas writes what the command line's schemas writes, through the same code. */
class SchemasMojoTest {

    @TempDir
    Path temp;

    @Test
    void the_goal_writes_the_same_schemas_as_the_command_from_the_repositorys_own_model() throws Exception {
        Path source = Fixtures.copy(Fixtures.resource("compatibility/own-metrics-and-facts"), temp.resolve("source"));
        SchemasMojo mojo = new SchemasMojo();
        mojo.source = source.toFile();
        mojo.schemasOutput = temp.resolve("by-the-goal").toFile();

        mojo.execute();
        CliRun command = CliRun.of("schemas", "--source", source.toString(), "--output",
                temp.resolve("by-the-command").toString());

        assertEquals(0, command.exitCode(), command.out() + command.err());
        List<Path> files = files(temp.resolve("by-the-command"));
        assertEquals(files, files(temp.resolve("by-the-goal")));
        assertEquals(5, files.size(), files.toString());
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(temp.resolve("by-the-command").resolve(file)),
                    Files.readAllBytes(temp.resolve("by-the-goal").resolve(file)), file.toString());
        }
        // Generated from the model: the team files' schema knows the repository's own dimension.
        assertTrue(Files.readString(temp.resolve("by-the-goal/team.schema.json")).contains("\"delivery\""));
    }

    @Test
    void a_model_with_problems_fails_the_goal_and_writes_nothing() throws Exception {
        Path source = Fixtures.copy(Fixtures.resource("compatibility/own-metrics-and-facts"), temp.resolve("source"));
        Path model = source.resolve("scorecards/model.yaml");
        Files.writeString(model, Files.readString(model).replaceFirst("type: count", "type: counted"));
        SchemasMojo mojo = new SchemasMojo();
        mojo.source = source.toFile();
        mojo.schemasOutput = temp.resolve("schemas").toFile();

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals("model.yaml has problems; no schema was written", failure.getMessage());
        assertFalse(Files.exists(temp.resolve("schemas")));
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.map(folder::relativize).sorted().toList();
        }
    }
}
