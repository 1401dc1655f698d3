package scorecards.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Test sources: fixture folders under src/test/resources copied into a temporary folder. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The folder of a fixture on the test class path. */
    public static Path resource(String name) {
        URL url = Fixtures.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The repository's own example organisation (its root holds scorecards/). */
    public static Path example() {
        return Path.of("").toAbsolutePath();
    }

    /** Copies a fixture folder into {@code target} (file by file, so later copies overlay earlier ones). */
    public static Path copy(Path from, Path target) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path destination = target.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(path, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A writable copy of the example organisation's scorecards/ folder. */
    public static Path exampleCopy(Path target) {
        return copy(example().resolve("scorecards"), target.resolve("scorecards")).getParent();
    }
}
