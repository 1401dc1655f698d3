package scorecards.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scorecards.pipeline.Refused;
import scorecards.pipeline.SiteBuild;
import scorecards.serve.Preview;
import scorecards.testing.Fixtures;

/** serve over real HTTP on a loopback port: the site, its rebuilds, and the last good site kept. */
class ServeCommandTest {

    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String address, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(address + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String teamName(String address) throws IOException, InterruptedException {
        return Jsoup.parse(get(address, "teams/alpha.html").body()).selectFirst("h1").text();
    }

    /** Waits for a condition that a rebuild makes true; the limit only guards against a hang. */
    private static void eventually(Supplier<Boolean> condition) throws InterruptedException {
        for (int i = 0; i < 300 && !condition.get(); i++) {
            Thread.sleep(100);
        }
        assertTrue(condition.get(), "the rebuild happened within 30 seconds");
    }

    @Test
    void the_site_is_served_rebuilt_on_a_change_and_kept_when_a_change_is_invalid() throws Exception {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        SiteBuild build = new SiteBuild(source, temp.resolve("site"), "");

        try (Preview preview = ServeCommand.start(build, 0, console)) {
            String address = preview.address();
            assertTrue(address.startsWith("http://127.0.0.1:"), address);
            HttpResponse<String> home = get(address, "");
            assertEquals(200, home.statusCode());
            assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("Alpha", teamName(address));
            assertEquals(404, get(address, "nothing-here.html").statusCode());
            assertEquals(404, get(address, "..%2F..%2Fsource%2Fscorecards%2Forganisation.yaml").statusCode());

            Path alpha = source.resolve("scorecards/teams/alpha.yaml");
            Files.writeString(alpha, Files.readString(alpha).replace("name: Alpha", "name: Alpha Renamed"));
            eventually(() -> {
                try {
                    return teamName(address).equals("Alpha Renamed");
                } catch (IOException | InterruptedException e) {
                    return false;
                }
            });

            Files.writeString(alpha, "name: Alpha\nassessments: []\n");
            eventually(() -> err.toString(StandardCharsets.UTF_8).contains("still serving the last good site"));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("scorecards/teams/alpha.yaml:2:1: 'assessments' is empty"));
            assertEquals("Alpha Renamed", teamName(address));
        }
    }

    /** A console whose error stream the test reads. */
    private static Console console(ByteArrayOutputStream err) {
        return new Console(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void a_site_folder_created_while_serving_is_watched() throws Exception {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
        assertFalse(Files.exists(source.resolve("site")));
        SiteBuild build = new SiteBuild(source, temp.resolve("site"), "");

        try (Preview preview = ServeCommand.start(build, 0, console(new ByteArrayOutputStream()))) {
            String address = preview.address();
            assertEquals(404, get(address, "late.css").statusCode());

            Files.createDirectories(source.resolve("site/assets"));
            Files.writeString(source.resolve("site/assets/late.css"), "body { color: teal; }\n");

            eventually(() -> {
                try {
                    return get(address, "late.css").statusCode() == 200;
                } catch (IOException | InterruptedException e) {
                    return false;
                }
            });
            assertEquals("body { color: teal; }\n", get(address, "late.css").body());
        }
    }

    @Test
    void a_folder_that_cannot_be_watched_is_said() throws Exception {
        // Permissions do not bind root, who can watch any folder.
        assumeFalse("root".equals(System.getProperty("user.name")));
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
        Path closed = Files.createDirectories(source.resolve("scorecards/private"));
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Preview preview = ServeCommand.start(new SiteBuild(source, temp.resolve("site"), ""), 0, console(err))) {
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot watch scorecards/private: permission "
                    + "denied; changes in it do not rebuild the preview until serve is started again"),
                    err.toString(StandardCharsets.UTF_8));
        } finally {
            Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"site/out", "content/out", "scorecards/out"})
    void serve_refuses_an_output_inside_a_folder_it_watches(String inside) {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
        SiteBuild build = new SiteBuild(source, source.resolve(inside), "");

        Refused refused = assertThrows(Refused.class,
                () -> ServeCommand.start(build, 0, console(new ByteArrayOutputStream())).close());

        assertTrue(refused.getMessage().contains("which every build reads"), refused.getMessage());
        assertFalse(Files.exists(source.resolve(inside)));
    }

    @Test
    void a_port_in_use_is_refused_before_anything_is_built() throws IOException {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
        Path output = temp.resolve("site");
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.of("serve", "--source", source.toString(), "--output", output.toString(),
                    "--port", String.valueOf(taken.getLocalPort()));

            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().contains("cannot serve on port " + taken.getLocalPort() + ": "), run.err());
            assertFalse(Files.exists(output), "the site was not built first");
        }
    }

    @Test
    void a_port_that_is_not_a_number_is_a_usage_error() {
        CliRun run = CliRun.of("serve", "--port", "eighty", "--source", temp.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--port must be a number from 0 to 65535, found 'eighty'"), run.err());
    }
}
