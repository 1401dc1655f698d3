package scorecards.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import scorecards.testing.ExampleSite;
import scorecards.testing.Fixtures;

/**
 * The pipeline runs in JVMs whose default time zone it does not own (Maven's, through the
 * plugin), and only the command line pins it to UTC. Journal dates are days: the site must be the
 * same, byte for byte, whatever the default zone.
 */
@ExtendWith(ExampleSite.class)
class DefaultTimeZoneTest {

    private static final List<String> DATED_FILES = List.of("feed.xml", "journal/index.html",
            "journal/2024-12-10-from-tickets-to-a-product.html", "index.html", "data/scorecards.json");

    @TempDir
    Path temp;

    private Path buildIn(String zone) throws Exception {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            Path output = temp.resolve(zone.replace('/', '-'));
            BuildResult result = new SiteBuild(Fixtures.example(), output, "").run(BuildListener.SILENT);
            assertEquals(BuildResult.Outcome.BUILT, result.outcome(), result.summary());
            return output;
        } finally {
            TimeZone.setDefault(before);
        }
    }

    /** {@code utc}: the shared build, made in UTC as the command line makes it. */
    @Test
    void the_journal_and_feed_are_the_same_in_every_default_time_zone(@ExampleSite.Built Path utc) throws Exception {
        for (String zone : List.of("Pacific/Kiritimati", "America/Los_Angeles", "Asia/Kolkata")) {
            Path other = buildIn(zone);
            for (String file : DATED_FILES) {
                assertEquals(read(utc.resolve(file)), read(other.resolve(file)), file + " built with the default zone " + zone);
            }
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file);
    }
}
