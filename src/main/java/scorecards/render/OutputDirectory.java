package scorecards.render;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Replaces an output folder as a whole: the new site is written into a staging folder beside
 * it and moved into place only once complete, so a failed build leaves the previous output as
 * it was. A marker file tells this tool's output apart from a folder it must not touch.
 */
public final class OutputDirectory {

    /** Written into every output, so that a later build knows the folder is its own to replace. */
    public static final String MARKER = ".scorecards-output";

    /** What a build writes into the staging folder. */
    @FunctionalInterface
    public interface Contents {
        void writeInto(Path staging) throws IOException;
    }

    /** The output cannot be used; the message says why and what to do. */
    public static final class RefusedException extends Exception {
        public RefusedException(String message) {
            super(message);
        }
    }

    private final Path output;

    public OutputDirectory(Path output) {
        this.output = output.toAbsolutePath().normalize();
    }

    /**
     * Refuses an output that would overwrite the source or someone else's files, or that lies in
     * a folder a build reads: there the site would be read back as source on the next build (and
     * a preview that watches the folder would rebuild forever).
     *
     * @param readFolders the folders of the source a build reads, relative to it
     */
    public void checkUsable(Path source, List<String> readFolders) throws RefusedException, IOException {
        Path sourceDir = source.toAbsolutePath().normalize();
        if (sourceDir.startsWith(output)) {
            throw new RefusedException("output " + output + " is the source folder or contains it; "
                    + "choose another --output, such as target/site");
        }
        for (String folder : readFolders) {
            if (output.startsWith(sourceDir.resolve(folder))) {
                throw new RefusedException("output " + output + " is inside " + folder + "/, which every build "
                        + "reads: the site would be read back as source; choose an output outside "
                        + String.join("/, ", readFolders) + "/, such as target/site");
            }
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new RefusedException("output " + output + " is a file, not a folder");
        }
        if (Files.isDirectory(output) && !Files.exists(output.resolve(MARKER)) && !isEmpty(output)) {
            throw new RefusedException("output " + output + " holds files that scorecards did not write; "
                    + "choose an empty or new folder");
        }
    }

    /**
     * Writes a complete new output and swaps it in; on any failure the old output stays. Only one
     * build at a time may write an output: a second one is refused while the first holds the lock.
     */
    public void replace(Contents contents) throws IOException, RefusedException {
        Path parent = output.getParent();
        String name = output.getFileName().toString();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new IOException("cannot create " + parent + ": " + reason(e), e);
        }
        try (FileChannel channel = FileChannel.open(parent.resolve("." + name + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new RefusedException("another build is writing " + output + " right now; try again when it is done");
            }
            recover(parent, name);
            Path staging = Files.createTempDirectory(parent, "." + name + ".new-");
            readableByAll(staging);
            try {
                contents.writeInto(staging);
                Files.writeString(staging.resolve(MARKER), "This folder is written by scorecards; a build replaces it whole.\n");
                swap(staging, parent, name);
            } catch (IOException | RuntimeException | Error e) {
                // An Error too (out of memory): a half-written folder must not stay beside the output.
                try {
                    deleteTree(staging);
                } catch (IOException cleanup) {
                    // What went wrong first is what the user needs; the next build removes the leftover.
                    e.addSuppressed(cleanup);
                }
                throw e;
            }
        } catch (OverlappingFileLockException e) {
            throw new RefusedException("another build in this process is writing " + output);
        } catch (FileSystemException e) {
            throw new IOException("cannot write the site beside " + output + ": " + reason(e), e);
        }
    }

    /**
     * Cleans up after a build that was killed: its half-written staging folders go, and if it
     * died between moving the old output aside and the new one in, the old output comes back.
     */
    private void recover(Path parent, String name) throws IOException {
        List<Path> leftovers;
        try (Stream<Path> entries = Files.list(parent)) {
            leftovers = entries.filter(path -> path.getFileName().toString().startsWith("." + name + ".new-")
                    || path.getFileName().toString().startsWith("." + name + ".old-")).sorted().toList();
        }
        for (Path leftover : leftovers) {
            boolean previous = leftover.getFileName().toString().startsWith("." + name + ".old-");
            if (previous && !Files.exists(output) && Files.exists(leftover.resolve(MARKER))) {
                moveAtomically(leftover, output);
            } else {
                deleteTree(leftover);
            }
        }
    }

    /** What went wrong with the file system, in words: "no space left on device", "read-only file system". */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return String.valueOf(e.getMessage());
    }

    private void swap(Path staging, Path parent, String name) throws IOException {
        if (!Files.exists(output)) {
            moveAtomically(staging, output);
            return;
        }
        Path previous = parent.resolve("." + name + ".old-" + staging.getFileName().toString().substring(name.length() + 6));
        moveAtomically(output, previous);
        try {
            moveAtomically(staging, output);
        } catch (IOException e) {
            moveAtomically(previous, output);
            throw e;
        }
        deleteTree(previous);
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("cannot move " + from + " to " + to + ": it exists", e);
        }
    }

    /** A temporary folder is private to its owner; a published site must be readable by a web server. */
    private static void readableByAll(Path folder) throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
