package scorecards.cli;

import java.util.Locale;
import scorecards.load.Problem;
import scorecards.load.SourceLoader;

/** The one-line summaries the commands end with. */
final class Summaries {

    private Summaries() {
    }

    static String validation(SourceLoader.Result result) {
        if (result.isValid()) {
            int teams = result.scorecards().orElseThrow().teams().size();
            return "valid: " + plural(result.filesRead(), "file") + " checked, " + plural(teams, "team");
        }
        long files = result.problems().stream().map(Problem::file).distinct().count();
        return plural(result.problems().size(), "problem") + " in " + plural((int) files, "file")
                + " (" + result.filesRead() + " checked)";
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }
}
