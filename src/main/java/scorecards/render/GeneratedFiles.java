package scorecards.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The files of a site being written, each step of the build writing through it: every file is
 * written once, straight into the output being built, and what was written is known without
 * walking the folder (the sitemap and the count come from here). Hand-written content claims its
 * paths before any step writes, so that no file of the build and no other content file takes
 * them: validation already refuses content on the paths the build writes ({@link GeneratedPaths}),
 * and this is the same rule checked on what is really written, so that a page the layout forgot
 * still fails the build instead of publishing either version. Names are compared without case, as
 * on the file systems of Windows and macOS. Safe for the steps that write at the same time.
 */
public final class GeneratedFiles {

    private static final String BUILD = "the build";

    private final Path folder;
    /** Lower-case path → who wrote it and the path as written, for files and for the folders they are in. */
    private final Map<String, Written> files = new HashMap<>();
    private final Map<String, Written> folders = new HashMap<>();
    /** Every path written, as written. */
    private final Set<String> paths = new TreeSet<>();

    private record Written(String writer, String path) {
    }

    private GeneratedFiles(Path folder) {
        this.folder = folder;
    }

    /** A site to be written into {@code folder}, an empty folder. */
    public static GeneratedFiles in(Path folder) {
        return new GeneratedFiles(folder);
    }

    public Path folder() {
        return folder;
    }

    /**
     * Reserves {@code path} for the content file {@code from} (e.g. content/about.md), or for what
     * the site engine writes of its own; fails when another content file has it already.
     */
    void claim(String path, String from) throws ContentBaker.BakeFailure {
        register(path, from);
    }

    /** Whether {@code path}, as written, was reserved with {@link #claim}. */
    synchronized boolean isClaimed(String path) {
        Written written = files.get(path.toLowerCase(Locale.ROOT));
        return written != null && !written.writer().equals(BUILD) && written.path().equals(path);
    }

    /** Opens a new file of the build at {@code path}, a path of the site such as {@code data/teams.csv}. */
    public OutputStream create(String path) throws IOException {
        register(path, BUILD);
        Path target = folder.resolve(path);
        Files.createDirectories(target.getParent());
        // Two steps of the build may write one path (a theme's own css/levels.css): the later one wins, as ever.
        return Files.newOutputStream(target);
    }

    public void write(String path, byte[] bytes) throws IOException {
        try (OutputStream out = create(path)) {
            out.write(bytes);
        }
    }

    public void copy(String path, InputStream in) throws IOException {
        try (OutputStream out = create(path)) {
            in.transferTo(out);
        }
    }

    /** Copies a content file to the path {@link #claim} reserved for it. */
    void copyClaimed(String path, Path original) throws IOException {
        if (!isClaimed(path)) {
            throw new IllegalStateException(path + " was not claimed");
        }
        Path target = folder.resolve(path);
        Files.createDirectories(target.getParent());
        // Without REPLACE_EXISTING: should a file have come after all, the copy fails rather than replace it.
        Files.copy(original, target);
    }

    /** Creates a folder of the site, which stays even when no file is written into it. */
    public void createFolder(String path) throws IOException {
        Files.createDirectories(folder.resolve(path));
    }

    /** The paths written, sorted. */
    public synchronized List<String> paths() {
        return List.copyOf(paths);
    }

    public synchronized int count() {
        return paths.size();
    }

    private synchronized void register(String path, String writer) throws ContentBaker.BakeFailure {
        String key = path.toLowerCase(Locale.ROOT);
        Written taken = files.get(key);
        String takenAs = taken == null ? null : taken.path();
        for (int slash = key.indexOf('/'); taken == null && slash >= 0; slash = key.indexOf('/', slash + 1)) {
            taken = files.get(key.substring(0, slash));
            takenAs = taken == null ? null : taken.path();
        }
        if (taken == null) {
            taken = folders.get(key);
            takenAs = taken == null ? null : taken.path();
        }
        if (taken != null && !(writer.equals(BUILD) && taken.writer().equals(BUILD))) {
            if (writer.equals(BUILD)) {
                // Content claims its paths first: the build's file is the one it would overwrite.
                throw new ContentBaker.BakeFailure(taken.writer() + " would overwrite " + path
                        + ", which the build writes itself");
            }
            throw new ContentBaker.BakeFailure(writer + " would overwrite " + takenAs + ", "
                    + (taken.writer().equals(BUILD) ? "which the build writes itself" : "where " + taken.writer() + " is published"));
        }
        paths.add(path);
        files.putIfAbsent(key, new Written(writer, path));
        for (int slash = key.indexOf('/'); slash >= 0; slash = key.indexOf('/', slash + 1)) {
            folders.putIfAbsent(key.substring(0, slash), new Written(writer, path.substring(0, slash) + "/"));
        }
    }
}
