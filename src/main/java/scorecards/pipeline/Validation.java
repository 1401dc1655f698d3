package scorecards.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import scorecards.load.SourceLoader;
import scorecards.render.GeneratedPaths;

/**
 * Reads and checks every file of a source: what {@code validate} does, through any door. Content
 * is checked against the paths the build writes itself, as a build would.
 */
public final class Validation {

    private Validation() {
    }

    public static SourceLoader.Result of(Path source) throws Refused, IOException {
        try {
            return new SourceLoader(GeneratedPaths.of(source)).load(source);
        } catch (SourceLoader.NotASourceException e) {
            throw new Refused(e.getMessage());
        }
    }
}
