package scorecards.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import scorecards.export.JsonExport;
import scorecards.load.ContentReader;
import scorecards.render.page.SitePages;
import scorecards.render.page.TeamBadges;
import scorecards.schema.SchemaWriter;

/**
 * The paths of the site that the build writes itself, so that no hand-written content is
 * published onto them: whole folders it owns (the data pages' folders, the exports, the badges,
 * the schemas and the theme's asset folders) and the files it writes at the top (the top data
 * pages and the further parts of their lists, the journal's index, the feed, the sitemap and the
 * output folder's marker).
 * Names are compared without case: on Windows and macOS, {@code Index.html} is {@code index.html}.
 * {@link GeneratedFiles} checks the same again on what is really written.
 */
public final class GeneratedPaths implements ContentReader.Reserved {

    /** "needs.2.html": a further part of the list whose first page is "needs.html". */
    private static final Pattern PART = Pattern.compile("(.+)\\.[0-9]+\\.html");

    /** Lower-case name → the name as the build writes it; folders without their '/'. */
    private final Map<String, String> folders = new TreeMap<>();
    private final Map<String, String> files = new TreeMap<>();

    private GeneratedPaths() {
    }

    /** The generated paths of a build of {@code source}, whose own {@code site/assets/} adds to the theme's. */
    public static GeneratedPaths of(Path source) throws IOException {
        GeneratedPaths paths = new GeneratedPaths();
        SitePages.folders().forEach(paths::folder);
        SitePages.topPages().forEach(paths::file);
        Stream.of(JsonExport.PATH, TeamBadges.FOLDER + "/", SchemaWriter.SITE_FOLDER + "/")
                .forEach(path -> paths.folder(path.substring(0, path.indexOf('/'))));
        Stream.of(ContentBaker.JOURNAL_INDEX, ContentBaker.FEED, Sitemap.FILE, OutputDirectory.MARKER).forEach(paths::file);
        List<String> assets = new ArrayList<>(Theme.defaultFiles().stream().filter(file -> file.startsWith("assets/"))
                .map(file -> file.substring("assets/".length())).toList());
        Path own = source.resolve(Theme.SOURCE_FOLDER).resolve("assets");
        if (Files.isDirectory(own, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> entries = Files.list(own)) {
                entries.forEach(entry -> assets.add(entry.getFileName().toString()
                        + (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) ? "/" : "")));
            }
        }
        for (String asset : assets) {
            if (asset.contains("/")) {
                paths.folder(asset.substring(0, asset.indexOf('/')));
            } else {
                paths.file(asset);
            }
        }
        return paths;
    }

    private void folder(String name) {
        folders.put(name.toLowerCase(Locale.ROOT), name);
    }

    private void file(String name) {
        files.put(name.toLowerCase(Locale.ROOT), name);
    }

    @Override
    public Optional<String> claim(String uri) {
        String path = uri.toLowerCase(Locale.ROOT);
        int slash = path.indexOf('/');
        String top = slash < 0 ? path : path.substring(0, slash);
        if (slash >= 0 && folders.containsKey(top)) {
            return Optional.of(folders.get(top) + "/");
        }
        for (int end = path.indexOf('/'); end >= 0; end = path.indexOf('/', end + 1)) {
            if (files.containsKey(path.substring(0, end))) {
                return Optional.of(files.get(path.substring(0, end)));
            }
        }
        if (files.containsKey(path)) {
            return Optional.of(files.get(path));
        }
        var part = PART.matcher(path);
        if (part.matches() && files.containsKey(part.group(1) + ".html")) {
            return Optional.of(files.get(part.group(1) + ".html") + "'s further parts");
        }
        return Optional.empty();
    }
}
