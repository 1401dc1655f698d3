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

        /** A rebuild that failed: the message says why and that the last good site is still served. */
        void keptLastGoodSite(String message);
    }

    private final PreviewServer server;
    private final SourceWatcher watcher;

    private Preview(PreviewServer server, SourceWatcher watcher) {
        this.server = server;
        this.watcher = watcher;
    }

    /** Builds once, then serves {@code build}'s output on {@code port} (0 picks a free one). */
    public static Preview start(SiteBuild build, int port, BuildListener listener, Reporter reporter)
            throws Refused, IOException {
        // Watch first: a file saved while the first build runs still gets its rebuild.
        SourceWatcher watcher = new SourceWatcher(build.source(), () -> rebuild(build, listener, reporter));
        try {
            reporter.built(build.run(listener));
        } catch (Refused | IOException | RuntimeException e) {
            watcher.close();
            throw e;
        }
        try {
            return new Preview(new PreviewServer(build.output(), port), watcher);
        } catch (IOException e) {
            watcher.close();
            throw new Refused("cannot serve on port " + port + ": " + e.getMessage());
        }
    }

    private static void rebuild(SiteBuild build, BuildListener listener, Reporter reporter) {
        try {
            BuildResult result = build.run(listener);
            reporter.built(result);
            if (!result.built()) {
                reporter.keptLastGoodSite(keptLastGoodSite("the change does not build"));
            }
        } catch (Refused | IOException | RuntimeException e) {
            reporter.keptLastGoodSite(keptLastGoodSite("rebuild failed: " + e.getMessage()));
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
