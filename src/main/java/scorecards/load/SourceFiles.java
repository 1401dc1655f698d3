package scorecards.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The loader's only way into {@code scorecards/}: it lists folders and reads files, and never
 * through a symbolic link. A link, to a file or a folder, {@code scorecards} itself included,
 * is a problem where it is and is not followed, so that nothing outside the repository is ever
 * read, whatever a merged change makes a link point at. Every folder and file kind the loader
 * reads, present or future, goes through here rather than checking links itself.
 */
final class SourceFiles {

    static final String LINK = "symbolic links are not read, so that nothing outside the repository is; "
            + "put the file or folder itself here instead of a link";

    private final Path source;

    SourceFiles(Path source) {
        this.source = source;
    }

    /**
     * The first symbolic link on the way from the source to {@code relative} ({@code relative}
     * itself included), as a path relative to the source; empty when there is none.
     */
    Optional<String> linkOn(String relative) {
        Path path = source;
        String walked = "";
        for (String part : relative.split("/")) {
            path = path.resolve(part);
            walked = walked.isEmpty() ? part : walked + "/" + part;
            if (Files.isSymbolicLink(path)) {
                return Optional.of(walked);
            }
        }
        return Optional.empty();
    }

    /**
     * The names in {@code folder}, sorted; none when it does not exist. A folder reached through
     * a link is not listed: the link is reported, once, where it is.
     */
    List<String> names(String folder, List<Problem> sink) throws IOException {
        Optional<String> link = linkOn(folder);
        if (link.isPresent()) {
            sink.add(new Problem(link.get(), 1, 1, LINK));
            return List.of();
        }
        Path path = source.resolve(folder);
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.map(entry -> entry.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * The bytes of a file, or empty with the reason reported in {@code problems}: missing, read
     * through a link, not a regular file, larger than {@code maxBytes} or unreadable.
     *
     * @param kind what the file is, for the size message: "a scorecards file", "a survey file"
     */
    Optional<byte[]> read(String file, long maxBytes, String kind, Problems problems) {
        Path path = source.resolve(file);
        if (linkOn(file).isPresent()) {
            problems.report(Location.START, LINK);
            return Optional.empty();
        }
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            problems.report(Location.START, "file is missing");
            return Optional.empty();
        }
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            problems.report(Location.START, "not a regular file; " + kind + " cannot be a folder");
            return Optional.empty();
        }
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                problems.report(Location.START, "file is " + size + " bytes, more than the " + maxBytes + " "
                        + kind + " may have");
                return Optional.empty();
            }
            // Not followed even if the file became a link since the check above.
            try (var in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(in.readAllBytes());
            }
        } catch (IOException e) {
            problems.report(Location.START, "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
    }
}
