package scorecards.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import scorecards.render.OutputDirectory;

/**
 * Watches the folders a site is built from ({@code scorecards/}, {@code content/}, {@code site/})
 * and calls back once the files have been quiet for a moment, so that an editor's save (often
 * several writes) gives one rebuild. The source folder itself is watched too, for one of those
 * folders created while the preview runs (a first {@code site/}); a folder that cannot be watched
 * is said, not skipped in silence.
 */
public final class SourceWatcher implements AutoCloseable {

    private static final long SETTLE_MILLIS = 150;

    private final Path source;
    private final List<String> folders;
    private final Runnable onChange;
    private final Consumer<String> warn;
    private final WatchService watcher;
    private final WatchKey sourceKey;
    private final Thread thread;

    /**
     * @param folders  the folders of {@code source} to watch, relative to it
     * @param onChange called, on the watcher's thread, after each settled change
     * @param warn     told of a folder whose changes will not be seen
     */
    public SourceWatcher(Path source, List<String> folders, Runnable onChange, Consumer<String> warn)
            throws IOException {
        this.source = source;
        this.folders = folders;
        this.onChange = onChange;
        this.warn = warn;
        this.watcher = FileSystems.getDefault().newWatchService();
        // Creations only: the source's other files (a README, the build's target/) are not the site's.
        sourceKey = source.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
        for (String folder : folders) {
            register(source.resolve(folder));
        }
        thread = new Thread(this::loop, "source-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    /** Watches {@code folder} and every folder in it; those that cannot be watched are told. */
    private void register(Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path each, BasicFileAttributes attributes) {
                    try {
                        each.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                                StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                    } catch (IOException e) {
                        cannotWatch(each, e);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    cannotWatch(file, e);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            cannotWatch(folder, e);
        }
    }

    private void cannotWatch(Path folder, IOException e) {
        warn.accept("cannot watch " + source.relativize(folder) + ": " + OutputDirectory.reason(e)
                + "; changes in it do not rebuild the preview until serve is started again");
    }

    private void loop() {
        try {
            while (true) {
                boolean changed = drain(watcher.take());
                // Let a burst of writes settle into one change.
                WatchKey more;
                while ((more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    changed |= drain(more);
                }
                if (changed) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: the preview is over.
        }
    }

    /** Takes a key's events, watching any folder they create; whether one concerns the site. */
    private boolean drain(WatchKey key) {
        boolean changed = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            Path created = event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name
                    ? ((Path) key.watchable()).resolve(name) : null;
            if (key == sourceKey) {
                // In the source itself only a watched folder's creation counts.
                if (created != null && folders.contains(created.getFileName().toString())) {
                    register(created);
                    changed = true;
                }
            } else {
                if (created != null) {
                    register(created); // a new folder, e.g. content/journal/
                }
                changed = true;
            }
        }
        key.reset();
        return changed;
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
    }
}
