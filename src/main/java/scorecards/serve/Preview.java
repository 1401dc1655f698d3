package scorecards.serve;

import java.io.IOException;
import scorecards.pipeline.BuildListener;
import scorecards.pipeline.BuildResult;
import scorecards.pipeline.Refused;
import scorecards.pipeline.SiteBuild;

/**
 * A running preview, what {@code serve} does through any door: the first build, the server on
 * the loopback address and the watcher that rebuilds on every saved change. A change that does
 * not build is reported and the last good site stays served.
 */
public final class Preview implements AutoCloseable {

    /** Where a preview says what its builds did; the door decides how to print it. */
    public interface Reporter {
        /** Every build's result, the first one's included. */
        void built(BuildResult result);

        /**
         * Something the user should know while the preview goes on: a rebuild that failed (the
         * last good site is still served), a folder whose changes cannot be watched.
         */
        void warn(String message);
    }

    private final PreviewServer server;
    private final SourceWatcher watcher;

    private Preview(PreviewServer server, SourceWatcher watcher) {
        this.server = server;
        this.watcher = watcher;
    }

    /**
     * Takes the port, then builds once and serves {@code build}'s output on it (0 picks a free
     * port): a port in use is refused at once, not after a whole build.
     */
    public static Preview start(SiteBuild build, int port, BuildListener listener, Reporter reporter)
            throws Refused, IOException {
        PreviewServer server;
        try {
            server = new PreviewServer(build.output(), port);
        } catch (IOException e) {
            throw new Refused("cannot serve on port " + port + ": " + e.getMessage()
                    + " (is another preview running? choose another port, or 0 for a free one)");
        }
        SourceWatcher watcher = null;
        try {
            // Watch before building: a file saved while the first build runs still gets its rebuild.
            watcher = new SourceWatcher(build.source(), SiteBuild.SOURCE_FOLDERS,
                    () -> rebuild(build, listener, reporter), reporter::warn);
            reporter.built(build.run(listener));
            return new Preview(server, watcher);
        } catch (Refused | IOException | RuntimeException e) {
            server.close();
            if (watcher != null) {
                watcher.close();
            }
            throw e;
        }
    }

    private static void rebuild(SiteBuild build, BuildListener listener, Reporter reporter) {
        try {
            BuildResult result = build.run(listener);
            reporter.built(result);
            if (!result.built()) {
                reporter.warn(keptLastGoodSite("the change does not build"));
            }
        } catch (Refused | IOException | RuntimeException e) {
            reporter.warn(keptLastGoodSite("rebuild failed: " + e.getMessage()));
        }
    }

    private static String keptLastGoodSite(String reason) {
        return reason + "; still serving the last good site";
    }

    public String address() {
        return server.address();
    }

    @Override
    public void close() throws IOException {
        server.close();
        watcher.close();
    }
}
