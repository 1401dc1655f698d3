package scorecards.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import scorecards.model.ContentFile;

/**
 * Checks the hand-written {@code content/} folder before the site engine sees it. The engine
 * skips a file with a broken header without a word, dates a post without a date by its file
 * time (so two checkouts would differ), copies any other file into the site as it is and acts on
 * header keys of its own; here each of those is a problem with its place, like any problem in a
 * scorecard. What is read here is all the engine is ever given: the build writes each accepted
 * file anew from this reading, so the checker and the engine cannot read a header differently.
 * The theme's folder, {@code site/}, is checked here for symbolic links too: like content, it is
 * read from the repository itself only.
 */
public final class ContentReader {

    public static final String FOLDER = "content";
    private static final String THEME_FOLDER = "site";
    public static final String SEPARATOR = "~~~~~~";
    private static final Set<String> TYPES = Set.of(ContentFile.PAGE, ContentFile.POST);
    private static final Set<String> STATUSES = Set.of("published", "draft");
    private static final List<String> KNOWN_KEYS = List.of("title", "type", "status", "date", "tags");
    private static final Set<String> IMAGES = Set.of("png", "jpg", "jpeg", "gif", "webp");
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern HEADER_KEY = Pattern.compile("[a-z][a-z0-9_.-]*");
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private ContentReader() {
    }

    /** The paths of the site that the build writes itself, where no content may be published. */
    @FunctionalInterface
    public interface Reserved {

        /** Nothing reserved: for reading content without the site's layout at hand. */
        Reserved NONE = uri -> Optional.empty();

        /**
         * What the build writes itself at or around {@code uri} (a path of the site such as
         * {@code teams/alpha.html}): the generated file or folder, as the message should name it;
         * empty when content may be published there.
         */
        Optional<String> claim(String uri);
    }

    /** The files of {@code content/} (Markdown and images), sorted by path, and every problem found in them. */
    public record Result(List<ContentFile> files, List<Problem> problems) {
    }

    /** Reads {@code content/} knowing nothing of the site's layout; the build's doors pass {@link #read(Path, Reserved)}. */
    public static Result read(Path source) throws IOException {
        return read(source, Reserved.NONE);
    }

    public static Result read(Path source, Reserved reserved) throws IOException {
        List<ContentFile> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(linksIn(source, THEME_FOLDER, "the theme is read"));
        Path folder = source.resolve(FOLDER);
        if (Files.isSymbolicLink(folder)) {
            problems.addAll(linksIn(source, FOLDER, FOLDER + "/ is read"));
            return new Result(files, problems);
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(new Problem(FOLDER, 1, 1, "not a folder; " + FOLDER + "/ holds pages, posts and images"));
            }
            return new Result(files, problems);
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.filter(path -> !path.equals(folder)).sorted().toList();
        }
        Published published = new Published(reserved);
        for (Path path : paths) {
            String inside = folder.relativize(path).toString().replace('\\', '/');
            String relative = FOLDER + "/" + inside;
            Problems found = new Problems(relative);
            String name = path.getFileName().toString();
            if (Files.isSymbolicLink(path)) {
                found.report(Location.START, "symbolic links are not published from content/");
            } else if (!SEGMENT.matcher(name).matches()) {
                found.report(Location.START, Quoted.of(name) + " cannot be part of a web address; use letters, digits, "
                        + "'.', '_' and '-', starting with a letter or digit");
            } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
                // ".md" in any case: "Notes.MD" is published as Notes.html, like "photo.PNG" as photo.PNG.
                Optional<ContentFile> file = Optional.empty();
                if (extension.equals("md")) {
                    String uri = inside.substring(0, inside.length() - ".md".length()) + ".html";
                    file = readMarkdown(path, relative, uri, found);
                } else if (IMAGES.contains(extension)) {
                    file = Optional.of(ContentFile.image(relative, inside));
                } else {
                    found.report(Location.START, "only Markdown (.md) and images (.png, .jpg, .gif, .webp) are "
                            + "published from content/");
                }
                file.filter(read -> !read.draft()).ifPresent(read -> published.add(read, found));
                file.ifPresent(files::add);
            }
            problems.addAll(found.list());
        }
        return new Result(files, problems);
    }

    /** Every symbolic link at or under {@code name} (a folder of the source), each a problem. */
    private static List<Problem> linksIn(Path source, String name, String what) throws IOException {
        Path folder = source.resolve(name);
        String message = "a symbolic link; " + what + " from the repository itself, never through a link";
        if (Files.isSymbolicLink(folder)) {
            return List.of(new Problem(name, 1, 1, message));
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isSymbolicLink).sorted()
                    .map(link -> new Problem(name + "/" + folder.relativize(link).toString().replace('\\', '/'), 1, 1,
                            message))
                    .toList();
        }
    }

    /**
     * Where each published file lands, to find two that land on one file, or one on a path the build
     * writes. Compared without case: on the file systems of Windows and macOS, {@code About.html}
     * and {@code about.html} are one file.
     */
    private static final class Published {

        private final Reserved reserved;
        private final Map<String, String> files = new HashMap<>();
        private final Map<String, String> folders = new HashMap<>();

        Published(Reserved reserved) {
            this.reserved = reserved;
        }

        void add(ContentFile file, Problems problems) {
            String uri = file.uri();
            String key = uri.toLowerCase(Locale.ROOT);
            Optional<String> generated = reserved.claim(uri);
            String other = files.containsKey(key) ? files.get(key) : folders.get(key);
            for (int slash = key.indexOf('/'); other == null && slash >= 0; slash = key.indexOf('/', slash + 1)) {
                other = files.get(key.substring(0, slash));
            }
            if (generated.isPresent()) {
                problems.report(Location.START, "would be published as " + uri + ", where the build writes "
                        + generated.get() + " itself; move or rename it");
            } else if (other != null) {
                problems.report(Location.START, "would be published as " + uri + ", where " + other
                        + " is published (on some systems names that differ only in case are one file); rename one of them");
            } else {
                files.put(key, file.path());
                for (int slash = key.indexOf('/'); slash >= 0; slash = key.indexOf('/', slash + 1)) {
                    folders.putIfAbsent(key.substring(0, slash), file.path());
                }
            }
        }
    }

    /** Whether a header line already reported stands for {@code key}: then "needs key" would only repeat it. */
    private static boolean misspelt(String key, List<String> written) {
        return written.stream().anyMatch(given -> given.equals("!" + key)
                || !given.equals(key) && Suggestions.closest(given.replace("!", ""), List.of(key)).isPresent());
    }

    private static Optional<ContentFile> readMarkdown(Path path, String relative, String uri, Problems problems)
            throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (CharacterCodingException e) {
            problems.report(Location.START, "file is not valid UTF-8; save it as UTF-8");
            return Optional.empty();
        }
        // Some editors begin a UTF-8 file with a byte order mark; it is not part of the first key.
        if (text.startsWith(BYTE_ORDER_MARK)) {
            text = text.substring(1);
        }
        List<String> lines = text.lines().toList();
        Map<String, String> header = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        List<String> written = new ArrayList<>();
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().equals(SEPARATOR)) {
                if (!line.equals(SEPARATOR)) {
                    problems.report(new Location(i + 1, 1), "the header's closing line must be exactly " + SEPARATOR
                            + ", with nothing before or after it");
                }
                end = i;
                break;
            }
            int equals = line.indexOf('=');
            String key = equals < 0 ? "" : line.substring(0, equals);
            String normal = (equals < 0 ? line : key).strip().toLowerCase(Locale.ROOT);
            // A key written wrongly (e.g. "type = post") is marked, so that it still counts as written.
            written.add(normal.equals(key) ? normal : "!" + normal);
            Location at = new Location(i + 1, 1);
            if (equals >= 0 && KNOWN_KEYS.contains(normal) && !normal.equals(key) && key.equals(key.strip())) {
                problems.report(at, "header keys are written in lower case: " + Quoted.of(normal));
                continue;
            }
            if (equals < 0 || !HEADER_KEY.matcher(key).matches()) {
                problems.report(at, "a header line is key=value with no spaces before '=', "
                        + "such as title=My post; end the header with a line " + SEPARATOR);
                continue;
            }
            if (!KNOWN_KEYS.contains(key)) {
                // The site engine acts on keys of its own (uri, cached, ...); only these five are passed on.
                problems.report(at, "unknown header key " + Quoted.of(key) + Suggestions.closest(key, KNOWN_KEYS)
                        .map(known -> "; did you mean " + Quoted.of(known) + "?")
                        .orElse("; a header has title, type, status, date and tags"));
                continue;
            }
            if (header.containsKey(key)) {
                problems.report(at, Quoted.of(key) + " is given twice; the first is on line " + lineOf.get(key));
                continue;
            }
            String value = line.substring(equals + 1).strip();
            if (value.startsWith("{") && value.endsWith("}")) {
                problems.report(at, "a value cannot be written in braces, which the site engine reads as JSON");
            }
            // A title reaches every page's footer: no terminal escape or reversed text may ride on it.
            Fields.charactersAreText(Quoted.of(key), value, false, new Location(i + 1, equals + 2), problems);
            header.put(key, value);
            lineOf.put(key, i + 1);
        }
        if (end < 0) {
            problems.report(Location.START, "no header: a content file starts with lines such as title=..., "
                    + "type=post, status=published and date=2025-01-31, ended by a line " + SEPARATOR);
            return Optional.empty();
        }
        String title = header.getOrDefault("title", "");
        if (title.isEmpty() && !misspelt("title", written)) {
            problems.report(Location.START, "the header needs a title=...");
        }
        String type = header.getOrDefault("type", "");
        if (!TYPES.contains(type) && !(type.isEmpty() && misspelt("type", written))) {
            problems.report(new Location(lineOf.getOrDefault("type", 1), 1), type.isEmpty()
                    ? "the header needs type=page or type=post"
                    : "unknown type " + Quoted.of(type) + "; use type=page or type=post");
        }
        String status = header.getOrDefault("status", "");
        if (!STATUSES.contains(status) && !(status.isEmpty() && misspelt("status", written))) {
            problems.report(new Location(lineOf.getOrDefault("status", 1), 1), status.isEmpty()
                    ? "the header needs status=published (or status=draft, which is not published)"
                    : "unknown status " + Quoted.of(status) + "; use status=published or status=draft");
        }
        String date = header.get("date");
        if (date != null) {
            try {
                LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                problems.report(new Location(lineOf.get("date"), 1), Quoted.of(date) + " is not a date written like 2025-01-31");
                date = null;
            }
        } else if (type.equals("post")) {
            problems.report(Location.START, "a post needs date=YYYY-MM-DD, which orders the journal");
        }
        String body = lines.subList(end + 1, lines.size()).stream().map(line -> line + "\n").collect(Collectors.joining());
        return Optional.of(new ContentFile(relative, uri, title, type, status.equals("draft"), date,
                header.getOrDefault("tags", ""), body));
    }
}
