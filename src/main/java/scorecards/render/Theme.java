package scorecards.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The theme a build uses: the default theme carried in the jar, with a source's own
 * {@code site/} laid over it file by file. It is written out to a folder because the site
 * engine reads templates and assets from disk.
 */
public final class Theme {

    public static final String SOURCE_FOLDER = "site";
    private static final String DEFAULT = "theme/";
    private static final String INDEX = "theme.list";

    private final Path folder;
    private final Messages messages;

    private Theme(Path folder, Messages messages) {
        this.folder = folder;
        this.messages = messages;
    }

    /** Writes the merged theme into {@code folder} (which must exist and be empty). */
    public static Theme prepare(Path source, Path folder) throws IOException {
        for (String file : defaultFiles()) {
            try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(DEFAULT + file)) {
                if (in == null) {
                    throw new IOException("the default theme lacks " + file);
                }
                Path target = folder.resolve(file);
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
            }
        }
        Path overrides = source.resolve(SOURCE_FOLDER);
        Messages messages = Messages.read(folder.resolve(Messages.FILE), Messages.FILE);
        if (Files.isDirectory(overrides, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> paths = Files.walk(overrides)) {
                for (Path path : paths.sorted().toList()) {
                    // Symbolic links are not followed: a theme cannot pull in files from outside the source.
                    if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                        continue;
                    }
                    if (path.equals(overrides.resolve(Messages.FILE))) {
                        // The site's own texts replace the theme's key by key, not as a whole file.
                        messages = messages.overriddenBy(Messages.read(path, SOURCE_FOLDER + "/" + Messages.FILE));
                    } else {
                        Path target = folder.resolve(overrides.relativize(path).toString());
                        Files.createDirectories(target.getParent());
                        Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        return new Theme(folder, messages);
    }

    /** The files of the default theme, relative to its root. */
    public static List<String> defaultFiles() {
        try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(DEFAULT + INDEX)) {
            if (in == null) {
                throw new IllegalStateException("the jar carries no default theme");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.equals(INDEX)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path templates() {
        return folder.resolve("templates");
    }

    /** The texts of the templates: the theme's, with the site's own laid over them. */
    public Messages messages() {
        return messages;
    }

    public Path assets() {
        return folder.resolve("assets");
    }
}
