package scorecards.render;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import scorecards.testing.NpmPackage;

/**
 * The W3C's Nu Html Checker, {@code vnu.jar} from the npm package {@code vnu-jar}, run once over
 * many files (HTML, CSS and SVG) in a Java of its own. It is installed into target/vnu on first
 * use; without npm the calling test is skipped, and fails in CI.
 */
final class NuHtmlChecker {

    static final String VERSION = "26.9.27";
    private static final NpmPackage PACKAGE = new NpmPackage("vnu-jar", VERSION, "vnu");
    private static final long CHECK_SECONDS = 300;

    /**
     * One message. {@code kind} is "error", "warning", "info" (a remark that is neither) or
     * "non-document-error" (a file the checker could not read).
     */
    record Message(Path file, String kind, long line, String text) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + kind + ": " + text;
        }
    }

    private final Path jar;

    private NuHtmlChecker(Path jar) {
        this.jar = jar;
    }

    /** The checker, installed with npm first where it is missing; skips (fails in CI) without npm. */
    static NuHtmlChecker load() {
        return new NuHtmlChecker(PACKAGE.assumeInstalled().resolve("build/dist/vnu.jar"));
    }

    /** Every message of one run over {@code files}, in the checker's order. */
    List<Message> check(List<Path> files, Path scratch) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--format", "json", "--stdout", "--exit-zero-always",
                "--also-check-css", "--also-check-svg"));
        files.forEach(file -> command.add(file.toAbsolutePath().toString()));
        Files.createDirectories(scratch);
        Path out = scratch.resolve("vnu.json");
        Path err = scratch.resolve("vnu.err");
        Process vnu = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!vnu.waitFor(CHECK_SECONDS, TimeUnit.SECONDS)) {
            vnu.destroyForcibly();
            fail("vnu.jar took over " + CHECK_SECONDS + " s on " + files.size() + " files");
        }
        JsonNode report;
        try {
            report = new ObjectMapper().readTree(out.toFile());
        } catch (IOException e) {
            throw new AssertionError("vnu.jar exited " + vnu.exitValue() + " without a report: " + Files.readString(out)
                    + Files.readString(err), e);
        }
        if (report == null || !report.path("messages").isArray()) {
            fail("vnu.jar exited " + vnu.exitValue() + " without a report: " + Files.readString(err));
        }
        List<Message> messages = new ArrayList<>();
        for (JsonNode message : report.get("messages")) {
            String type = message.path("type").asText();
            String kind = type.equals("info") && message.path("subType").asText().equals("warning") ? "warning" : type;
            String url = message.path("url").asText();
            Path file = url.startsWith("file:") ? Path.of(URI.create(url)) : Path.of(url);
            messages.add(new Message(file, kind, message.path("lastLine").asLong(), message.path("message").asText()));
        }
        return messages;
    }

    @Override
    public String toString() {
        return "the Nu Html Checker " + VERSION;
    }
}
