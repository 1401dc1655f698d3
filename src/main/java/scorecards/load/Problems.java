package scorecards.load;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in one file. Readers report here and carry on, so that one run shows
 * every mistake rather than the first.
 */
public final class Problems {
    private final String file;
    private final List<Problem> found = new ArrayList<>();

    public Problems(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public void report(Location location, String message) {
        found.add(new Problem(file, location.line(), location.column(), message));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public int count() {
        return found.size();
    }

    public List<Problem> list() {
        return List.copyOf(found);
    }
}
