package scorecards.pipeline;

import java.util.Locale;
import scorecards.load.Problem;
import scorecards.load.SourceLoader;

/** The one-line summaries that runs end with, the same through every door. */
public final class Summaries {

    private Summaries() {
    }

    public static String validation(SourceLoader.Result result) {
        if (result.isValid()) {
            int teams = result.scorecards().orElseThrow().teams().size();
            int campaigns = result.scorecards().orElseThrow().campaigns().size();
            return "valid: " + plural(result.filesRead(), "file") + " checked, " + plural(teams, "team")
                    + (campaigns == 0 ? "" : ", " + plural(campaigns, "campaign"));
        }
        long files = result.problems().stream().map(Problem::file).distinct().count();
        return plural(result.problems().size(), "problem") + " in " + plural((int) files, "file")
                + " (" + result.filesRead() + " checked)";
    }

    public static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    public static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }
}
