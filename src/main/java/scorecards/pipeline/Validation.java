package scorecards.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import scorecards.load.SourceLoader;

/** Reads and checks every file of a source: what {@code validate} does, through any door. */
public final class Validation {

    private Validation() {
    }

    public static SourceLoader.Result of(Path source) throws Refused, IOException {
        try {
            return new SourceLoader().load(source);
        } catch (SourceLoader.NotASourceException e) {
            throw new Refused(e.getMessage());
        }
    }
}
