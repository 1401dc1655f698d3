package scorecards.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import scorecards.load.SiteLanguage;
import scorecards.model.Organisation;

/**
 * The theme a build uses: the default theme carried in the jar, with a source's own
 * {@code site/} laid over it file by file. It is written out to a folder because the site
 * engine reads templates and assets from disk.
 */
public final class Theme {

    public static final String SOURCE_FOLDER = "site";
    private static final String DEFAULT = "theme/";

    private final Path folder;
    private final Messages messages;

    private Theme(Path folder, Messages messages) {
        this.folder = folder;
        this.messages = messages;
    }

    /** Writes the merged theme into {@code folder} (which must exist and be empty), its texts in English. */
    public static Theme prepare(Path source, Path folder) throws IOException {
        return prepare(source, folder, Organisation.DEFAULT_LANGUAGE);
    }

    /**
     * Writes the merged theme into {@code folder} (which must exist and be empty), its texts in
     * {@code language}: the theme's {@code messages_<language>.properties} when it holds one, with the
     * site's own file of that name laid over it key by key; for a language the theme does not hold,
     * the site's own file alone, which must give every key of the English one (loading reports each
     * one it lacks, so here a lack is only a last guard). The site's files of other languages are not
     * used.
     */
    public static Theme prepare(Path source, Path folder, String language) throws IOException {
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
        String file = Messages.file(language);
        Messages english = Messages.read(folder.resolve(Messages.FILE), Messages.FILE);
        Path builtIn = folder.resolve(file);
        Messages messages = Files.isRegularFile(builtIn) ? Messages.read(builtIn, file) : null;
        if (Files.isDirectory(overrides, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> paths = Files.walk(overrides)) {
                for (Path path : paths.sorted().toList()) {
                    // Symbolic links are not followed: a theme cannot pull in files from outside the source.
                    if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                        continue;
                    }
                    if (path.equals(overrides.resolve(file))) {
                        // The site's own texts replace the theme's key by key, not as a whole file.
                        Messages own = Messages.read(path, SOURCE_FOLDER + "/" + file);
                        messages = messages == null ? english.completedBy(own) : messages.overriddenBy(own);
                    } else if (!isMessages(overrides.relativize(path))) {
                        Path target = folder.resolve(overrides.relativize(path).toString());
                        Files.createDirectories(target.getParent());
                        Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        if (messages == null) {
            throw new PageRenderer.TemplateFailure("the language " + language + " is not built in, and "
                    + SOURCE_FOLDER + "/" + file + " is missing", null);
        }
        return new Theme(folder, messages.inLanguage(language));
    }

    /** Whether a file of the site's own theme is one of its languages' texts, at the top of site/. */
    private static boolean isMessages(Path relative) {
        String name = relative.toString();
        return relative.getNameCount() == 1 && name.startsWith(Messages.PREFIX) && name.endsWith(Messages.SUFFIX);
    }

    /** The files of the default theme, relative to its root. */
    public static List<String> defaultFiles() {
        return SiteLanguage.themeFiles();
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
