package scorecards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder is replaced whole or not at all, by one build at a time. */
class OutputDirectoryTest {

    @TempDir
    Path temp;

    private Path output() {
        return temp.resolve("site");
    }

    private OutputDirectory writeOnce(String text) throws Exception {
        OutputDirectory directory = new OutputDirectory(output());
        directory.replace(staging -> Files.writeString(staging.resolve("index.html"), text));
        return directory;
    }

    private List<String> besideOutput() throws IOException {
        try (Stream<Path> entries = Files.list(temp)) {
            return entries.map(path -> path.getFileName().toString()).filter(name -> !name.endsWith(".lock"))
                    .sorted().toList();
        }
    }

    @Test
    void a_full_disk_while_writing_keeps_the_previous_output_and_leaves_no_staging_folder() throws Exception {
        OutputDirectory directory = writeOnce("previous");

        IOException failure = assertThrows(IOException.class, () -> directory.replace(staging -> {
            Files.writeString(staging.resolve("index.html"), "half");
            throw new IOException("No space left on device");
        }));

        assertEquals("No space left on device", failure.getMessage());
        assertEquals("previous", Files.readString(output().resolve("index.html")));
        assertEquals(List.of("site"), besideOutput());
    }

    @Test
    void a_second_build_is_refused_while_another_holds_the_output() throws Exception {
        writeOnce("previous");
        try (FileChannel channel = FileChannel.open(temp.resolve(".site.lock"), StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            assertTrue(held.isValid());

            OutputDirectory.RefusedException refused = assertThrows(OutputDirectory.RefusedException.class,
                    () -> new OutputDirectory(output()).replace(staging -> Files.writeString(staging.resolve("x"), "")));

            assertTrue(refused.getMessage().startsWith("another build"), refused.getMessage());
        }
        assertEquals("previous", Files.readString(output().resolve("index.html")));
    }

    @Test
    void the_staging_folder_of_a_killed_build_is_removed_by_the_next_build() throws Exception {
        writeOnce("previous");
        Path killed = Files.createDirectories(temp.resolve(".site.new-123"));
        Files.writeString(killed.resolve("index.html"), "half");

        writeOnce("next");

        assertEquals(List.of("site"), besideOutput());
        assertEquals("next", Files.readString(output().resolve("index.html")));
    }

    @Test
    void an_output_moved_aside_by_a_killed_build_is_put_back_before_anything_else() throws Exception {
        writeOnce("previous");
        Files.move(output(), temp.resolve(".site.old-123"));

        IOException failure = assertThrows(IOException.class,
                () -> new OutputDirectory(output()).replace(staging -> {
                    throw new IOException("this build fails too");
                }));

        assertEquals("this build fails too", failure.getMessage());
        assertEquals("previous", Files.readString(output().resolve("index.html")));
        assertEquals(List.of("site"), besideOutput());
    }

    @Test
    void a_moved_aside_folder_without_the_output_marker_is_cleared_not_put_back() throws Exception {
        Path leftover = Files.createDirectories(temp.resolve(".site.old-123"));
        Files.writeString(leftover.resolve("index.html"), "not a finished output");

        writeOnce("first");

        assertEquals("first", Files.readString(output().resolve("index.html")));
        assertFalse(Files.exists(leftover));
    }
}
