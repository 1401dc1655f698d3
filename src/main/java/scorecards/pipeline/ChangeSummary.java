package scorecards.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import scorecards.diff.ReportDiff;
import scorecards.load.SourceLoader;
import scorecards.score.Report;
import scorecards.score.Scorer;

/**
 * What a change does, between the checkout before it (the base) and after it: the Markdown of
 * {@code diff}, for a pull request.
 *
 * @param valid    false when the change itself has problems; the Markdown then lists them
 * @param markdown the text to post
 */
public record ChangeSummary(boolean valid, String markdown) {

    public static ChangeSummary between(Path base, Path source) throws Refused, IOException {
        if (!Files.isDirectory(base)) {
            throw new Refused("base " + base + " is not a folder");
        }
        SourceLoader.Result after = Validation.of(source);
        if (!after.isValid()) {
            return new ChangeSummary(false, ReportDiff.problems(after.problems()));
        }
        SourceLoader.Result before = Validation.of(base);
        Report changed = Scorer.score(after.scorecards().orElseThrow());
        if (!before.isValid()) {
            // The base was broken already: show the change's figures against nothing rather than fail it.
            return new ChangeSummary(true, "## Scorecards\n\nThe base has "
                    + Summaries.plural(before.problems().size(), "problem")
                    + ", so there is nothing to compare with. This change is valid: "
                    + Summaries.plural(changed.teams().size(), "team") + ", current period "
                    + changed.currentPeriod() + ".\n");
        }
        return new ChangeSummary(true, new ReportDiff(Scorer.score(before.scorecards().orElseThrow()), changed).markdown());
    }
}
