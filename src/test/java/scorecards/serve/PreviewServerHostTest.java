package scorecards.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The preview answers only requests addressed to this machine by name, over real HTTP: a page
 * elsewhere that rebinds a name of its own to 127.0.0.1 must not read the scorecards.
 */
class PreviewServerHostTest {

    @TempDir
    Path site;

    /** Sends one request with exactly the given Host header (or none) and returns the status line. */
    private static String statusLine(int port, String hostHeader) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            String request = "GET /index.html HTTP/1.1\r\n" + (hostHeader == null ? "" : "Host: " + hostHeader + "\r\n")
                    + "Connection: close\r\n\r\n";
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return response.substring(0, response.indexOf("\r\n"));
        }
    }

    private PreviewServer serve() throws IOException {
        Files.writeString(site.resolve("index.html"), "<!doctype html><title>scorecards</title>");
        return new PreviewServer(site, 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:%d", "localhost:%d", "LOCALHOST:%d", "[::1]:%d"})
    void a_request_addressed_to_this_machine_is_answered(String host) throws IOException {
        try (PreviewServer server = serve()) {
            assertEquals("HTTP/1.1 200 OK", statusLine(server.port(), host.formatted(server.port())));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"attacker.example:%d", "127.0.0.1.nip.example:%d", "localhost", "127.0.0.1:1%d",
            "localhost.attacker.example:%d", "192.168.0.1:%d"})
    void a_request_for_another_host_name_is_forbidden(String host) throws IOException {
        try (PreviewServer server = serve()) {
            assertEquals("HTTP/1.1 403 Forbidden", statusLine(server.port(), host.formatted(server.port())));
        }
    }

    @Test
    void a_request_without_a_host_is_forbidden() throws IOException {
        try (PreviewServer server = serve()) {
            assertEquals("HTTP/1.1 403 Forbidden", statusLine(server.port(), null));
        }
    }
}
