package scorecards.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import scorecards.load.SiteLanguage;
import scorecards.model.Organisation;

/**
 * The theme a build uses: the default theme carried in the jar, with a source's own
 * {@code site/} laid over it file by file. Its templates are written out to a folder because the
 * site engine reads them from disk; its assets go from where they are straight into the site.
 */
public final class Theme {

    public static final String SOURCE_FOLDER = "site";
    private static final String DEFAULT = "theme/";

    private static final String ASSETS = "assets/";

    private final Path folder;
    private final Messages messages;
    /** Each asset's path in the site → where it is read from: a file of the source, or (a String) a resource of the jar. */
    private final Map<String, Object> assets;

    private Theme(Path folder, Messages messages, Map<String, Object> assets) {
        this.folder = folder;
        this.messages = messages;
        this.assets = assets;
    }

    /** {@link #prepare(Path, Path, String)} with the texts in English. */
    public static Theme prepare(Path source, Path folder) throws IOException {
        return prepare(source, folder, Organisation.DEFAULT_LANGUAGE);
    }

    /**
     * Writes the merged theme's templates and texts into {@code folder} (which must exist and be
     * empty), where both template engines read them; its assets stay where they are until
     * {@link #copyAssetsInto} copies each once, straight into the site. Its texts are in
     * {@code language}: the theme's {@code messages_<language>.properties} when it holds one, with the
     * site's own file of that name laid over it key by key; for a language the theme does not hold,
     * the site's own file alone, which must give every key of the English one (loading reports each
     * one it lacks, so here a lack is only a last guard). The site's files of other languages are not
     * used.
     */
    public static Theme prepare(Path source, Path folder, String language) throws IOException {
        Map<String, Object> assets = new TreeMap<>();
        for (String file : defaultFiles()) {
            if (file.startsWith(ASSETS)) {
                assets.put(file.substring(ASSETS.length()), DEFAULT + file);
                continue;
            }
            try (InputStream in = resource(DEFAULT + file)) {
                Path target = folder.resolve(file);
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
            }
        }
        Path overrides = source.resolve(SOURCE_FOLDER);
        String messagesFile = Messages.file(language);
        Path builtIn = folder.resolve(messagesFile);
        Messages messages = Files.isRegularFile(builtIn) ? Messages.read(builtIn, messagesFile) : null;
        if (Files.isDirectory(overrides, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> paths = Files.walk(overrides)) {
                for (Path path : paths.sorted().toList()) {
                    // Symbolic links are not followed: a theme cannot pull in files from outside the source.
                    if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                        continue;
                    }
                    String file = overrides.relativize(path).toString().replace('\\', '/');
                    if (path.equals(overrides.resolve(messagesFile))) {
                        // The site's own texts replace the theme's key by key, not as a whole file.
                        Messages own = Messages.read(path, SOURCE_FOLDER + "/" + messagesFile);
                        // A language the theme lacks is the site's file alone, checked against the English keys.
                        messages = messages == null
                                ? Messages.read(folder.resolve(Messages.FILE), Messages.FILE).completedBy(own)
                                : messages.overriddenBy(own);
                    } else if (isMessages(file)) {
                        continue;
                    } else if (file.startsWith(ASSETS)) {
                        assets.put(file.substring(ASSETS.length()), path);
                    } else {
                        Path target = folder.resolve(file);
                        Files.createDirectories(target.getParent());
                        Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        if (messages == null) {
            throw new PageRenderer.TemplateFailure("the language " + language + " is not built in, and "
                    + SOURCE_FOLDER + "/" + messagesFile + " is missing", null);
        }
        return new Theme(folder, messages.inLanguage(language), Collections.unmodifiableMap(assets));
    }

    /** Whether a file of the site's own theme is one of its languages' texts, at the top of site/. */
    private static boolean isMessages(String file) {
        return !file.contains("/") && file.startsWith(Messages.PREFIX) && file.endsWith(Messages.SUFFIX);
    }

    /** Copies the theme's assets into the site, at its root: the source's own where it has them, else the default theme's. */
    public void copyAssetsInto(GeneratedFiles site) throws IOException {
        for (Map.Entry<String, Object> asset : assets.entrySet()) {
            try (InputStream in = asset.getValue() instanceof Path path ? Files.newInputStream(path)
                    : resource((String) asset.getValue())) {
                site.copy(asset.getKey(), in);
            }
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Theme.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("the default theme lacks " + name.substring(DEFAULT.length()));
        }
        return in;
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
}
