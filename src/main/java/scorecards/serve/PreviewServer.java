package scorecards.serve;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;

/**
 * Serves a built site on the loopback address for a local preview. It reads the folder on every
 * request, so a rebuild that swaps the folder is seen at once, and it never serves a file outside
 * the folder.
 *
 * <p>It speaks just enough HTTP/1.1 for a browser (GET and HEAD, one request per connection),
 * on its own sockets rather than the JDK's server, so that it can put a time limit on reading a
 * request: each connection has a thread of its own, and a client that sends half a request
 * loses its connection after {@link #REQUEST_TIME} instead of holding up the others.
 */
public final class PreviewServer implements AutoCloseable {

    /** How long a client may take to send a request's head. */
    public static final Duration REQUEST_TIME = Duration.ofSeconds(10);

    /** Connections served at once; more wait to be accepted, for at most {@link #REQUEST_TIME}. */
    private static final int CONNECTIONS = 64;

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "xml", "application/xml; charset=utf-8",
            "json", "application/json; charset=utf-8",
            "csv", "text/csv; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "jpg", "image/jpeg",
            "gif", "image/gif",
            "webp", "image/webp");

    private static final Map<Integer, String> REASONS = Map.of(
            200, "OK", 400, "Bad Request", 403, "Forbidden", 404, "Not Found", 405, "Method Not Allowed",
            408, "Request Timeout", 431, "Request Header Fields Too Large");

    private static final String TEXT = "text/plain; charset=utf-8";

    private final Path root;
    private final long requestMillis;
    private final ServerSocket listener;
    private final Semaphore slots = new Semaphore(CONNECTIONS);
    private final ExecutorService connections = Executors.newCachedThreadPool(daemon("preview-http"));

    /** Starts serving {@code root}; port 0 picks a free port. */
    public PreviewServer(Path root, int port) throws IOException {
        this(root, port, REQUEST_TIME);
    }

    /** As above, with another limit on reading a request's head (tests use a short one). */
    PreviewServer(Path root, int port, Duration requestTime) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.requestMillis = requestTime.toMillis();
        listener = new ServerSocket();
        try {
            listener.setReuseAddress(true);
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            listener.close();
            connections.shutdown();
            throw e;
        }
        daemon("preview-http-accept").newThread(this::accept).start();
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    public int port() {
        return listener.getLocalPort();
    }

    public String address() {
        return "http://127.0.0.1:" + port() + "/";
    }

    private void accept() {
        try {
            while (true) {
                slots.acquire();
                Socket socket;
                try {
                    socket = listener.accept();
                } catch (IOException e) {
                    slots.release();
                    if (listener.isClosed()) {
                        return;
                    }
                    continue; // one failed connection, e.g. reset before it was accepted
                }
                connections.execute(() -> {
                    try (socket) {
                        serve(socket);
                    } catch (IOException e) {
                        // The client went away mid-answer: nothing to tell it, nothing lost.
                    } finally {
                        slots.release();
                    }
                });
            }
        } catch (InterruptedException | RejectedExecutionException e) {
            // Closed: the preview is over.
        }
    }

    /** Answers the one request of a connection. */
    private void serve(Socket socket) throws IOException {
        InputStream in = new BufferedInputStream(socket.getInputStream());
        OutputStream out = new BufferedOutputStream(socket.getOutputStream());
        try {
            Optional<RequestHead> head = RequestHead.read(socket, in, requestMillis);
            if (head.isEmpty()) {
                return;
            }
            answer(head.get(), out);
        } catch (RequestHead.Unreadable e) {
            send(out, false, e.status(), TEXT, (e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        finish(socket, in);
    }

    /**
     * Ends the answer, then reads what the client still sends (a body, the rest of a refused
     * head) until it closes, briefly: a socket closed with unread input is reset, and a reset
     * can make the client lose the answer it was sent.
     */
    private static void finish(Socket socket, InputStream in) throws IOException {
        socket.shutdownOutput();
        socket.setSoTimeout(1000);
        byte[] discard = new byte[8192];
        try {
            for (int total = 0; total < 1 << 20; ) {
                int read = in.read(discard);
                if (read < 0) {
                    return;
                }
                total += read;
            }
        } catch (SocketTimeoutException e) {
            // The client keeps its side open: close it anyway, the answer is out.
        }
    }

    /**
     * The names a request may give in its Host header. The server listens on the loopback address
     * only, yet a page on another site can point a name of its own at 127.0.0.1 (DNS rebinding)
     * and read the preview from a browser; such a request carries that other name, and is refused.
     */
    private boolean fromThisMachine(RequestHead head) {
        String port = ":" + port();
        String name = head.header("host").orElse("").strip().toLowerCase(Locale.ROOT);
        return name.equals("127.0.0.1" + port) || name.equals("localhost" + port) || name.equals("[::1]" + port);
    }

    private void answer(RequestHead request, OutputStream out) throws IOException {
        boolean head = request.method().equals("HEAD");
        if (!fromThisMachine(request)) {
            send(out, head, 403, TEXT, ("forbidden: the preview answers only to 127.0.0.1, localhost or [::1] on port "
                    + port() + "\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (!head && !request.method().equals("GET")) {
            send(out, false, 405, TEXT, "method not allowed\n".getBytes(StandardCharsets.UTF_8), "Allow: GET, HEAD");
            return;
        }
        Optional<Path> file = file(request.target());
        if (file.isEmpty()) {
            send(out, head, 400, TEXT, "bad request: the address names no file path\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        Path found = file.get();
        if (Files.isDirectory(found)) {
            found = found.resolve("index.html");
        }
        if (!found.startsWith(root) || !Files.isRegularFile(found, LinkOption.NOFOLLOW_LINKS)) {
            send(out, head, 404, TEXT, "not found\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String name = found.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        send(out, head, 200, TYPES.getOrDefault(extension, "application/octet-stream"), Files.readAllBytes(found));
    }

    /**
     * The file a request target names under the root (which the caller still checks it stays
     * in), or empty when it names no path: not an absolute path, a broken escape, or a character
     * no file name can hold, such as an escaped NUL.
     */
    private Optional<Path> file(String target) {
        if (!target.startsWith("/")) {
            return Optional.empty();
        }
        try {
            // Read as a path on this server: "//x" is a path here, never a host name.
            String path = new URI("http://preview" + target).getPath();
            if (path.indexOf('\0') >= 0) {
                return Optional.empty();
            }
            return Optional.of(root.resolve(path.replaceFirst("^/+", "")).normalize());
        } catch (URISyntaxException | InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static void send(OutputStream out, boolean head, int status, String type, byte[] body, String... fields)
            throws IOException {
        StringBuilder text = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(REASONS.get(status))
                .append("\r\nContent-Type: ").append(type)
                .append("\r\nContent-Length: ").append(body.length)
                .append("\r\nCache-Control: no-store\r\nConnection: close\r\n");
        for (String field : fields) {
            text.append(field).append("\r\n");
        }
        out.write(text.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        if (!head) {
            out.write(body);
        }
        out.flush();
    }

    @Override
    public void close() {
        connections.shutdown();
        try {
            listener.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
