package scorecards.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import scorecards.model.Scorecards;
import scorecards.model.Team;
import scorecards.score.Report;
import scorecards.score.Scorer;
import scorecards.score.TeamScore;

/**
 * Why a team's standing moved between two reports: its own file, the model, or both. The
 * model's own effect is found by scoring the old team files under the new model, so that a team
 * whose file changed in the same pull request is not credited to the model, nor the other way
 * round.
 */
final class ChangeCauses {

    private final boolean modelChanged;
    private final boolean catalogueResized;
    /** Each old team scored under the new model; empty when the model did not change. */
    private final Map<String, TeamScore> underNewModel = new LinkedHashMap<>();

    ChangeCauses(Report before, Report after) {
        Scorecards old = before.input();
        modelChanged = !old.model().equals(after.input().model());
        catalogueResized = old.organisation().products().size() != after.input().organisation().products().size();
        if (modelChanged) {
            Report rescored = Scorer.score(new Scorecards(old.organisation(), after.input().model(), old.teams()));
            rescored.teams().forEach(team -> underNewModel.put(team.team().id(), team));
        }
    }

    boolean modelChanged() {
        return modelChanged;
    }

    /** The team as the new model scores its old file, or null when the model did not change. */
    TeamScore underNewModel(String teamId) {
        return underNewModel.get(teamId);
    }

    /** The causes of a team's move, in words, e.g. ["its file", "the model"]. */
    List<String> of(TeamScore then, TeamScore now) {
        List<String> causes = new ArrayList<>();
        if (!sameFile(then.team(), now.team())) {
            causes.add("its file");
        }
        TeamScore rescored = underNewModel.get(then.team().id());
        if (rescored != null && (!rescored.latest().levelId().equals(then.latest().levelId())
                || rescored.latest().score() != then.latest().score())) {
            causes.add("the model");
        }
        if (catalogueResized) {
            // The catalogue's size is the denominator of catalogue coverage.
            causes.add("the catalogue's size");
        }
        return causes;
    }

    /** Whether the team's own data is the same (its exemptions are a cause of their own). */
    private static boolean sameFile(Team a, Team b) {
        return a.assessments().equals(b.assessments()) && a.name().equals(b.name())
                && Objects.equals(a.tribe(), b.tribe());
    }
}
