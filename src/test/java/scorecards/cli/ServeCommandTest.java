package scorecards.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    @Test
    void a_port_that_is_not_a_number_is_a_usage_error() {
        CliRun run = CliRun.of("serve", "--port", "eighty", "--source", temp.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--port must be a number from 0 to 65535, found 'eighty'"), run.err());
    }
}
