package scorecards.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import scorecards.model.Assessment;
import scorecards.model.Organisation;
import scorecards.model.Period;
import scorecards.model.Scorecards;
import scorecards.model.Team;

/** Scores validated scorecards: teams, roll-ups, needs and staleness. Pure: no I/O. */
public final class Scorer {

    private Scorer() {
    }

    public static Report score(Scorecards input) {
        Organisation organisation = input.organisation();
        AssessmentScorer scorer = new AssessmentScorer(input.model(), organisation.products().size());
        TreeSet<Period> assessed = new TreeSet<>();
        input.teams().forEach(team -> team.assessments().forEach(a -> assessed.add(a.period())));
        Period current = Optional.ofNullable(organisation.currentPeriod())
                .orElse(assessed.isEmpty() ? null : assessed.last());

        // Teams are scored independently of each other, and periods rolled up so: on every core.
        // Parallel streams keep the order, so the report is the same whatever the core count.
        List<TeamScore> teams = input.teams().parallelStream().map(team -> new TeamScore(team,
                LevelJumps.flag(team.assessments().stream()
                        .map(assessment -> scorer.score(assessment, team.exemptions())).toList(),
                        input.model(), organisation.levelJump()),
                current.periodsSince(team.latest().period()) > organisation.staleAfter())).toList();
        Map<Period, Map<String, AssessmentScore>> byPeriod = RollupCalculator.byPeriod(teams);

        RollupCalculator calculator = new RollupCalculator(organisation, input.model());
        List<Rollup> rollups = byPeriod.entrySet().parallelStream()
                .map(entry -> calculator.rollup(entry.getKey(), entry.getValue())).toList();
        Map<String, Assessment> currentAssessments = new TreeMap<>();
        Optional.ofNullable(current).map(byPeriod::get).ifPresent(scores ->
                scores.forEach((id, score) -> currentAssessments.put(id, score.assessment())));
        TreeSet<Period> periods = new TreeSet<>(assessed);
        if (current != null) {
            periods.add(current);
        }
        CampaignScorer campaigns = new CampaignScorer(input.model(), organisation.staleAfter(), current);
        return new Report(input, current, List.copyOf(periods), teams, rollups,
                NeedsCounter.count(currentAssessments),
                input.campaigns().stream().map(campaign -> campaigns.score(campaign, teams)).toList(),
                TribeScorer.score(teams, calculator));
    }
}
