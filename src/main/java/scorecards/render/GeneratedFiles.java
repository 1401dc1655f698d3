package scorecards.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files of a site being written, so that hand-written content joins the data pages and the
 * assets without overwriting any of them. Validation already refuses content on the paths the
 * build writes ({@link GeneratedPaths}); this is the same rule checked on what was really written,
 * so that a page the layout forgot still fails the build instead of publishing either version.
 * Names are compared without case, as on the file systems of Windows and macOS.
 */
final class GeneratedFiles {

    private static final String BUILD = "the build";

    private final Path folder;
    /** Lower-case path → who wrote it and the path as written, for files and for the folders they are in. */
    private final Map<String, Written> files = new HashMap<>();
    private final Map<String, Written> folders = new HashMap<>();

    private record Written(String writer, String path) {
    }

    private GeneratedFiles(Path folder) {
        this.folder = folder;
    }

    /** What the build has written into {@code folder} so far. */
    static GeneratedFiles in(Path folder) throws IOException {
        GeneratedFiles generated = new GeneratedFiles(folder);
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.filter(Files::isRegularFile).forEach(path ->
                    generated.register(folder.relativize(path).toString().replace('\\', '/'), BUILD));
        }
        return generated;
    }

    /**
     * Copies {@code original} to {@code path} in the site, for {@code from} (e.g. content/about.md),
     * unless a file is there already, or a file stands where {@code path} needs a folder.
     */
    void add(String path, String from, Path original) throws IOException {
        String key = path.toLowerCase(Locale.ROOT);
        Written taken = files.get(key);
        for (int slash = key.indexOf('/'); taken == null && slash >= 0; slash = key.indexOf('/', slash + 1)) {
            taken = files.get(key.substring(0, slash));
        }
        if (taken == null) {
            taken = folders.get(key);
        }
        if (taken != null) {
            throw new ContentBaker.BakeFailure(from + " would overwrite " + taken.path() + ", "
                    + (taken.writer().equals(BUILD) ? "which the build writes itself" : "where " + taken.writer() + " is published"));
        }
        Path target = folder.resolve(path);
        Files.createDirectories(target.getParent());
        // Without REPLACE_EXISTING: should a file have come after all, the copy fails rather than replace it.
        Files.copy(original, target);
        register(path, from);
    }

    private void register(String path, String writer) {
        String key = path.toLowerCase(Locale.ROOT);
        files.put(key, new Written(writer, path));
        for (int slash = key.indexOf('/'); slash >= 0; slash = key.indexOf('/', slash + 1)) {
            folders.putIfAbsent(key.substring(0, slash), new Written(writer, path.substring(0, slash) + "/"));
        }
    }
}
