package scorecards.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A language server run as an editor runs it: a child process spoken to over its standard input
 * and output in the Language Server Protocol (JSON-RPC messages, each framed by a
 * {@code Content-Length} header). Only what an editor opening a few files needs: requests with
 * their answers, notifications, the diagnostics the server publishes per document, and answers to
 * the server's own requests. Every wait has a time limit.
 */
final class LanguageServer implements AutoCloseable {

    /** One diagnostic as the server publishes it; {@code line} counts from 0, as in the protocol. */
    record Diagnostic(int line, int character, String severity, String message) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SEVERITIES = {"", "error", "warning", "information", "hint"};

    private final Process process;
    private final OutputStream toServer;
    private final Thread reader;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final Map<String, BlockingQueue<List<Diagnostic>>> diagnostics = new ConcurrentHashMap<>();
    /** What the server printed besides the protocol, and why reading stopped: shown when a wait fails. */
    private final StringBuffer log = new StringBuffer();
    private final Map<String, JsonNode> settings;

    /**
     * Starts the server.
     *
     * @param command  the server's command line
     * @param errors   where the server's standard error goes, to read when something fails
     * @param settings what the server is given when it asks for its configuration, by section
     */
    LanguageServer(List<String> command, Path errors, Map<String, JsonNode> settings) throws IOException {
        this.settings = settings;
        process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        toServer = process.getOutputStream();
        reader = new Thread(this::read, "language-server-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Sends a request and waits for its result; an error answer or no answer in time fails. */
    JsonNode request(String method, JsonNode params, Duration limit) throws IOException {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", method);
        message.set("params", params);
        send(message);
        JsonNode response;
        try {
            response = answer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("no answer to " + method + " within " + limit + "; " + log, e);
        } catch (ExecutionException e) {
            throw new AssertionError(method + " failed: " + e.getCause() + "; " + log, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for " + method, e);
        } finally {
            pending.remove(id);
        }
        if (response.has("error")) {
            throw new AssertionError(method + " answered an error: " + response.get("error"));
        }
        return response.path("result");
    }

    void notify(String method, JsonNode params) throws IOException {
        ObjectNode message = JSON.createObjectNode().put("jsonrpc", "2.0").put("method", method);
        message.set("params", params);
        send(message);
    }

    /** The next diagnostics the server publishes for {@code uri}; fails when none come in time. */
    List<Diagnostic> nextDiagnostics(String uri, Duration limit) {
        try {
            List<Diagnostic> next = queue(uri).poll(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (next == null) {
                throw new AssertionError("no diagnostics for " + uri + " within " + limit + "; " + log);
            }
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for diagnostics of " + uri, e);
        }
    }

    private BlockingQueue<List<Diagnostic>> queue(String uri) {
        return diagnostics.computeIfAbsent(uri, key -> new LinkedBlockingQueue<>());
    }

    private synchronized void send(JsonNode message) throws IOException {
        byte[] body = JSON.writeValueAsBytes(message);
        toServer.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        toServer.write(body);
        toServer.flush();
    }

    private void read() {
        try (InputStream in = new BufferedInputStream(process.getInputStream())) {
            while (true) {
                JsonNode message = JSON.readTree(frame(in));
                if (message.has("id") && !message.has("method")) {
                    CompletableFuture<JsonNode> answer = pending.get(message.get("id").asInt());
                    if (answer != null) {
                        answer.complete(message);
                    }
                } else if (message.has("id")) {
                    answerServer(message);
                } else if ("textDocument/publishDiagnostics".equals(message.path("method").asText())) {
                    JsonNode params = message.get("params");
                    List<Diagnostic> found = new ArrayList<>();
                    for (JsonNode diagnostic : params.path("diagnostics")) {
                        JsonNode start = diagnostic.path("range").path("start");
                        int severity = diagnostic.path("severity").asInt(1);
                        found.add(new Diagnostic(start.path("line").asInt(), start.path("character").asInt(),
                                severity > 0 && severity < SEVERITIES.length ? SEVERITIES[severity] : "severity " + severity,
                                diagnostic.path("message").asText()));
                    }
                    queue(params.path("uri").asText()).add(List.copyOf(found));
                } else if ("window/logMessage".equals(message.path("method").asText())) {
                    log.append(message.path("params").path("message").asText()).append('\n');
                }
            }
        } catch (EOFException e) {
            log.append("the server closed its output\n");
        } catch (IOException e) {
            log.append("reading the server failed: ").append(e).append('\n');
        } finally {
            pending.values().forEach(answer -> answer.completeExceptionally(new IOException("the server stopped; " + log)));
        }
    }

    /** Answers what the server asks of its editor: its settings, and leave to register features or show progress. */
    private void answerServer(JsonNode request) throws IOException {
        ObjectNode answer = JSON.createObjectNode().put("jsonrpc", "2.0");
        answer.set("id", request.get("id"));
        if ("workspace/configuration".equals(request.path("method").asText())) {
            var items = answer.putArray("result");
            for (JsonNode item : request.path("params").path("items")) {
                items.add(settings.getOrDefault(item.path("section").asText(), JSON.nullNode()));
            }
        } else {
            answer.putNull("result");
        }
        send(answer);
    }

    /** One message's body: headers up to an empty line, then as many bytes as Content-Length says. */
    private static byte[] frame(InputStream in) throws IOException {
        int length = -1;
        while (true) {
            String header = line(in);
            if (header.isEmpty()) {
                break;
            }
            if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(header.substring("content-length:".length()).strip());
            }
        }
        if (length < 0) {
            throw new IOException("a message without Content-Length");
        }
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
            throw new EOFException();
        }
        return body;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException();
            }
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }

    /** Asks the server to shut down and exit, as an editor closing does; ends it when it does not. */
    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                request("shutdown", JSON.nullNode(), Duration.ofSeconds(10));
                notify("exit", JSON.nullNode());
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException | AssertionError e) {
            log.append("shutting down: ").append(e).append('\n');
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            reader.interrupt();
        }
    }
}
