package scorecards.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The preview over raw sockets, as a slow, broken or hostile client speaks to it: it answers
 * what it can, refuses the rest with a status, and one client never holds up another.
 */
class PreviewServerRequestsTest {

    /** Only catches a hang: an answer that should come at once may take this long on a loaded machine. */
    private static final int HANG_MILLIS = 30_000;

    @TempDir
    Path temp;

    private Path site() throws IOException {
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<!doctype html><title>scorecards</title>");
        Files.writeString(temp.resolve("secret.txt"), "Secret-7f3a9c");
        return site;
    }

    private static Socket connect(int port) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(HANG_MILLIS);
        return socket;
    }

    /** Sends {@code request} as it is and returns the whole response, the connection closed by the server. */
    private static String exchange(int port, String request) throws IOException {
        try (Socket socket = connect(port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String get(int port, String target) throws IOException {
        return exchange(port, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n");
    }

    private static String statusLine(String response) {
        return response.isEmpty() ? "(connection closed without an answer)" : response.substring(0, response.indexOf("\r\n"));
    }

    @Test
    void half_open_requests_do_not_keep_a_complete_request_from_being_answered() throws IOException {
        try (PreviewServer server = new PreviewServer(site(), 0)) {
            List<Socket> halfOpen = new ArrayList<>();
            try {
                for (int i = 0; i < 8; i++) {
                    Socket socket = connect(server.port());
                    // A request line and a header, never the blank line that ends the head.
                    socket.getOutputStream().write(("GET /index.html HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                            + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                    halfOpen.add(socket);
                }

                assertEquals("HTTP/1.1 200 OK", statusLine(get(server.port(), "/index.html")));
            } finally {
                for (Socket socket : halfOpen) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void a_request_head_not_complete_within_the_time_limit_is_answered_408() throws IOException {
        try (PreviewServer server = new PreviewServer(site(), 0, Duration.ofMillis(500));
             Socket socket = connect(server.port())) {
            socket.getOutputStream().write("GET /index.html HTTP/1.1\r\nHo".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();

            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertEquals("HTTP/1.1 408 Request Timeout", statusLine(response));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%00", "/index.html%00", "/index.html%00.txt", "/%zz", "/a%", "*", "index.html"})
    void a_target_that_names_no_file_path_is_answered_400(String target) throws IOException {
        try (PreviewServer server = new PreviewServer(site(), 0)) {
            assertEquals("HTTP/1.1 400 Bad Request", statusLine(get(server.port(), target)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /index.html\r\n\r\n", "GET /index.html HTTP/1.1 extra\r\n\r\n", "\u0001\r\n\r\n",
        "GET /index.html HTTP/1.1\r\nno colon here\r\n\r\n"})
    void a_head_that_is_not_http_is_answered_400(String request) throws IOException {
        try (PreviewServer server = new PreviewServer(site(), 0)) {
            assertEquals("HTTP/1.1 400 Bad Request", statusLine(exchange(server.port(), request)));
        }
    }

    @Test
    void a_head_larger_than_the_limit_is_answered_431() throws IOException {
        try (PreviewServer server = new PreviewServer(site(), 0)) {
            String request = "GET /index.html HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nX-Filler: "
                    + "x".repeat(64 * 1024) + "\r\n\r\n";
            assertEquals("HTTP/1.1 431 Request Header Fields Too Large", statusLine(exchange(server.port(), request)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/..%2Fsecret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
        "/./../secret.txt", "//..//secret.txt"})
    void a_path_outside_the_site_is_not_found(String target) throws IOException {
        try (PreviewServer server = new PreviewServer(site(), 0)) {
            String response = get(server.port(), target);

            assertEquals("HTTP/1.1 404 Not Found", statusLine(response));
            assertFalse(response.contains("Secret-7f3a9c"), response);
        }
    }

    @Test
    void head_answers_the_headers_of_get_without_the_body() throws IOException {
        try (PreviewServer server = new PreviewServer(site(), 0)) {
            String response = exchange(server.port(), "HEAD /index.html HTTP/1.1\r\nHost: localhost:" + server.port()
                    + "\r\nConnection: close\r\n\r\n");

            assertEquals("HTTP/1.1 200 OK", statusLine(response));
            assertTrue(response.contains("\r\nContent-Length: 40\r\n"), response);
            assertTrue(response.endsWith("\r\n\r\n"), response);
        }
    }

    @Test
    void another_method_is_answered_405_with_the_methods_allowed() throws IOException {
        try (PreviewServer server = new PreviewServer(site(), 0)) {
            String response = exchange(server.port(), "POST /index.html HTTP/1.1\r\nHost: localhost:" + server.port()
                    + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

            assertEquals("HTTP/1.1 405 Method Not Allowed", statusLine(response));
            assertTrue(response.contains("\r\nAllow: GET, HEAD\r\n"), response);
        }
    }
}
