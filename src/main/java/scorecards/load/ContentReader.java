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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import scorecards.model.ContentFile;

/**
 * Checks the hand-written {@code content/} folder before the site engine sees it. The engine
 * skips a file with a broken header without a word, dates a post without a date by its file
 * time (so two checkouts would differ) and copies any other file into the site as it is; here
 * each of those is a problem with its place, like any problem in a scorecard.
 */
public final class ContentReader {

    public static final String FOLDER = "content";
    static final String SEPARATOR = "~~~~~~";
    private static final Set<String> TYPES = Set.of("page", "post");
    private static final Set<String> STATUSES = Set.of("published", "draft");
    private static final List<String> KNOWN_KEYS = List.of("title", "type", "status", "date", "tags");
    private static final Set<String> IMAGES = Set.of("png", "jpg", "jpeg", "gif", "webp");
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern HEADER_KEY = Pattern.compile("[a-z][a-z0-9_.-]*");

    private ContentReader() {
    }

    /** The Markdown files of {@code content/}, sorted by path, and every problem found in them. */
    public record Result(List<ContentFile> files, List<Problem> problems) {
    }

    public static Result read(Path source) throws IOException {
        Path folder = source.resolve(FOLDER);
        List<ContentFile> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return new Result(files, problems);
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.filter(path -> !path.equals(folder)).sorted().toList();
        }
        for (Path path : paths) {
            String relative = FOLDER + "/" + folder.relativize(path).toString().replace('\\', '/');
            Problems found = new Problems(relative);
            String name = path.getFileName().toString();
            if (Files.isSymbolicLink(path)) {
                found.report(Location.START, "symbolic links are not published from content/");
            } else if (!SEGMENT.matcher(name).matches()) {
                found.report(Location.START, Quoted.of(name) + " cannot be part of a web address; use letters, digits, "
                        + "'.', '_' and '-', starting with a letter or digit");
            } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
                if (extension.equals("md")) {
                    readMarkdown(path, relative, found).ifPresent(files::add);
                } else if (!IMAGES.contains(extension)) {
                    found.report(Location.START, "only Markdown (.md) and images (.png, .jpg, .gif, .webp) are "
                            + "published from content/");
                }
            }
            problems.addAll(found.list());
        }
        return new Result(files, problems);
    }

    /** Whether a header line already reported stands for {@code key}: then "needs key" would only repeat it. */
    private static boolean misspelt(String key, List<String> written) {
        return written.stream().anyMatch(given -> given.equals("!" + key)
                || !given.equals(key) && Suggestions.closest(given.replace("!", ""), List.of(key)).isPresent());
    }

    private static Optional<ContentFile> readMarkdown(Path path, String relative, Problems problems)
            throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (CharacterCodingException e) {
            problems.report(Location.START, "file is not valid UTF-8; save it as UTF-8");
            return Optional.empty();
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
            if (equals < 0 || !HEADER_KEY.matcher(key).matches()) {
                problems.report(new Location(i + 1, 1), "a header line is key=value with no spaces before '=', "
                        + "such as title=My post; end the header with a line " + SEPARATOR);
                continue;
            }
            if (!KNOWN_KEYS.contains(key) && Suggestions.closest(key, KNOWN_KEYS).isPresent()) {
                problems.report(new Location(i + 1, 1), "unknown header key " + Quoted.of(key) + Suggestions.hint(key, KNOWN_KEYS));
            }
            header.put(key, line.substring(equals + 1).strip());
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
        String inside = relative.substring(FOLDER.length() + 1);
        String uri = inside.substring(0, inside.length() - ".md".length()) + ".html";
        return Optional.of(new ContentFile(relative, uri, title, type, status.equals("draft"), date));
    }
}
