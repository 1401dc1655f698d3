package scorecards.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The head of one HTTP/1.x request (request line and header fields), read within a size limit
 * and a time limit for the whole head, so that a client that sends half a request, or one byte
 * at a time, gives up its connection instead of holding it.
 *
 * @param headers field names in lower case, each with its first value
 */
record RequestHead(String method, String target, Map<String, String> headers) {

    /** Larger than any browser sends, small enough that a flood is cut short. */
    static final int MAX_BYTES = 16 * 1024;

    /** A head that cannot be answered as a request; the status says what the client is told. */
    static final class Unreadable extends Exception {
        private final int status;

        Unreadable(int status, String message) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    /**
     * Reads the head from {@code socket}, or empty when the client closed the connection before
     * sending a whole one.
     *
     * @throws Unreadable 408 when it is not complete within {@code limitMillis}, 431 when it is
     *                    too large, 400 when it is not HTTP
     */
    static Optional<RequestHead> read(Socket socket, InputStream in, long limitMillis)
            throws IOException, Unreadable {
        Lines lines = new Lines(socket, in, System.nanoTime() + limitMillis * 1_000_000);
        String requestLine;
        do {
            // Blank lines before the request line are allowed and skipped (RFC 9112, 2.2).
            requestLine = lines.next();
            if (requestLine == null) {
                return Optional.empty();
            }
        } while (requestLine.isEmpty());
        String[] parts = requestLine.split(" ", -1);
        if (parts.length != 3 || parts[0].isEmpty() || !parts[0].chars().allMatch(RequestHead::isTokenChar)
                || !parts[2].startsWith("HTTP/1.")) {
            throw new Unreadable(400, "not an HTTP/1.x request line");
        }
        Map<String, String> headers = new HashMap<>();
        for (String line = lines.next(); ; line = lines.next()) {
            if (line == null) {
                return Optional.empty();
            }
            if (line.isEmpty()) {
                return Optional.of(new RequestHead(parts[0], parts[1], Map.copyOf(headers)));
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || !line.substring(0, colon).chars().allMatch(RequestHead::isTokenChar)) {
                throw new Unreadable(400, "not an HTTP header field");
            }
            headers.putIfAbsent(line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
    }

    /** The characters of a method or a field name (RFC 9110, 5.6.2). */
    private static boolean isTokenChar(int c) {
        return c > 32 && c < 127 && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
    }

    /** The head's lines, each read before the deadline, all of them within {@link #MAX_BYTES}. */
    private static final class Lines {
        private final Socket socket;
        private final InputStream in;
        private final long deadline;
        private int bytes;

        Lines(Socket socket, InputStream in, long deadline) {
            this.socket = socket;
            this.in = in;
            this.deadline = deadline;
        }

        /** The next line without its line end (CRLF or a bare LF), or null at the end of the stream. */
        String next() throws IOException, Unreadable {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            while (true) {
                int b = read();
                if (b < 0) {
                    return null;
                }
                if (++bytes > MAX_BYTES) {
                    throw new Unreadable(431, "the request head is larger than " + MAX_BYTES + " bytes");
                }
                if (b == '\n') {
                    byte[] text = line.toByteArray();
                    int length = text.length > 0 && text[text.length - 1] == '\r' ? text.length - 1 : text.length;
                    return new String(text, 0, length, StandardCharsets.ISO_8859_1);
                }
                line.write(b);
            }
        }

        private int read() throws IOException, Unreadable {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                throw new Unreadable(408, "the request head did not arrive in time");
            }
            socket.setSoTimeout((int) Math.min(left, Integer.MAX_VALUE));
            try {
                return in.read();
            } catch (SocketTimeoutException e) {
                throw new Unreadable(408, "the request head did not arrive in time");
            }
        }
    }
}
