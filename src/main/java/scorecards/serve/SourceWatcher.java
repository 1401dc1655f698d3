package scorecards.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the folders a site is built from ({@code scorecards/}, {@code content/}, {@code site/})
 * and calls back once the files have been quiet for a moment, so that an editor's save (often
 * several writes) gives one rebuild.
 */
public final class SourceWatcher implements AutoCloseable {

    private static final long SETTLE_MILLIS = 150;
    private static final List<String> WATCHED = List.of("scorecards", "content", "site");

    private final WatchService watcher;
    private final Runnable onChange;
    private final Thread thread;

    public SourceWatcher(Path source, Runnable onChange) throws IOException {
        this.onChange = onChange;
        this.watcher = FileSystems.getDefault().newWatchService();
        for (String folder : WATCHED) {
            register(source.resolve(folder));
        }
        thread = new Thread(this::loop, "source-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void register(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> folders = Files.walk(folder)) {
            for (Path each : folders.filter(Files::isDirectory).toList()) {
                each.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                drain(key);
                // Let a burst of writes settle into one change.
                WatchKey more;
                while ((more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                onChange.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: the preview is over.
        }
    }

    private void drain(WatchKey key) {
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
                Path created = ((Path) key.watchable()).resolve(name);
                try {
                    register(created); // a new folder, e.g. content/journal/
                } catch (IOException e) {
                    // Unreadable: its files will not trigger rebuilds, the rest still does.
                }
            }
        }
        key.reset();
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
    }
}
