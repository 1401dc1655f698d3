package scorecards.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import scorecards.model.Assessment;
import scorecards.model.Exemption;
import scorecards.model.MetricValue;
import scorecards.model.Period;
import scorecards.model.SatisfactionSource;
import scorecards.model.Scorecards;
import scorecards.model.Team;
import scorecards.score.Report;
import scorecards.score.Scorer;
import scorecards.score.TeamScore;

/**
 * Why a team's standing moved between two reports: its own file, its survey results, the facts
 * files that measure it, its exemptions, the model or the catalogue's size. The model's own effect
 * is found by scoring the old team files under the new model, so that a team whose file changed in
 * the same pull request is not credited to the model, nor the other way round.
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

    /**
     * The causes of a team's move, in words, e.g. ["its file", "measured by deploy-stats", "the model",
     * "exemption added: …"]. Surveys and facts files fill in assessments too: each is told apart
     * from the team's own file.
     */
    List<String> of(TeamScore then, TeamScore now) {
        List<String> causes = new ArrayList<>();
        if (!sameFile(teamFileOnly(then.team()), teamFileOnly(now.team()))) {
            causes.add("its file");
        }
        if (!surveyed(then.team()).equals(surveyed(now.team()))) {
            causes.add("its survey results");
        }
        causes.addAll(factsCauses(then.team(), now.team()));
        causes.addAll(exemptionCauses(then, now));
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

    /**
     * How the team's exemptions changed, each named by the check it covers: added, removed or
     * changed in its file, or one that covered its old latest assessment and not its new one
     * (expired, or not yet started).
     */
    private static List<String> exemptionCauses(TeamScore then, TeamScore now) {
        Map<String, Exemption> old = byCheck(then.team().exemptions());
        Map<String, Exemption> current = byCheck(now.team().exemptions());
        Period oldLatest = then.latest().assessment().period();
        Period newLatest = now.latest().assessment().period();
        List<String> causes = new ArrayList<>();
        for (Map.Entry<String, Exemption> entry : current.entrySet()) {
            Exemption before = old.get(entry.getKey());
            Exemption after = entry.getValue();
            if (before == null) {
                causes.add("exemption added: " + entry.getKey());
            } else if (!before.equals(after)) {
                causes.add("exemption changed: " + entry.getKey());
            } else if (after.appliesIn(oldLatest) && !after.appliesIn(newLatest)) {
                causes.add((newLatest.compareTo(after.until()) > 0 ? "exemption expired: " : "exemption no longer applies: ")
                        + entry.getKey());
            }
        }
        old.keySet().stream().filter(key -> !current.containsKey(key))
                .forEach(key -> causes.add("exemption removed: " + key));
        return causes;
    }

    /** Exemptions by the check they cover, "metric (dimension)" or "metric (dimension, level)", in file order. */
    private static Map<String, Exemption> byCheck(List<Exemption> exemptions) {
        Map<String, Exemption> byCheck = new LinkedHashMap<>();
        for (Exemption exemption : exemptions) {
            String key = exemption.metric().id() + " (" + exemption.dimension()
                    + (exemption.levelId() == null ? "" : ", " + exemption.levelId()) + ")";
            // Two exemptions of one check (for different periods) are told apart by their end.
            byCheck.put(byCheck.containsKey(key) ? key + " until " + exemption.until() : key, exemption);
        }
        return byCheck;
    }

    /** The assessments whose satisfaction a survey gave, reduced to period and satisfaction. */
    private static List<List<Object>> surveyed(Team team) {
        return team.assessments().stream().filter(a -> a.satisfactionSource() == SatisfactionSource.SURVEY)
                .map(a -> List.<Object>of(a.period(), SurveyChanges.satisfaction(a))).toList();
    }

    /**
     * The team as its own file gives it: measured values and survey figures taken out, and the
     * assessments that held nothing else (a survey's or facts' alone) left out.
     */
    private static Team teamFileOnly(Team team) {
        List<Assessment> own = new ArrayList<>();
        for (Assessment a : team.assessments()) {
            boolean filledIn = !a.measured().isEmpty() || a.satisfactionSource() == SatisfactionSource.SURVEY;
            Assessment written = a.withoutMeasured();
            if (written.satisfactionSource() == SatisfactionSource.SURVEY) {
                written = written.withoutSurvey();
            }
            if (!filledIn || !written.equals(Assessment.measuredOnly(a.period()))) {
                own.add(written);
            }
        }
        return team.withAssessments(own);
    }

    /**
     * "measured by deploy-stats" for each facts source whose values for the team changed, or
     * "no longer measured by …" when it gives none now; by source id.
     */
    private static List<String> factsCauses(Team then, Team now) {
        Map<String, Map<String, MetricValue>> before = measuredBySource(then);
        Map<String, Map<String, MetricValue>> after = measuredBySource(now);
        Set<String> sources = new TreeSet<>(before.keySet());
        sources.addAll(after.keySet());
        List<String> causes = new ArrayList<>();
        for (String source : sources) {
            if (!Objects.equals(before.get(source), after.get(source))) {
                causes.add((after.containsKey(source) ? "measured by " : "no longer measured by ") + source);
            }
        }
        return causes;
    }

    /** The team's measured values by source, then by period and metric. */
    private static Map<String, Map<String, MetricValue>> measuredBySource(Team team) {
        Map<String, Map<String, MetricValue>> bySource = new TreeMap<>();
        for (Assessment assessment : team.assessments()) {
            assessment.measured().forEach((metric, measurement) -> bySource
                    .computeIfAbsent(measurement.source(), source -> new TreeMap<>())
                    .put(assessment.period() + " " + metric, measurement.value()));
        }
        return bySource;
    }

    /** Whether the team's own data is the same (its exemptions are a cause of their own). */
    private static boolean sameFile(Team a, Team b) {
        return a.assessments().equals(b.assessments()) && a.name().equals(b.name())
                && Objects.equals(a.tribe(), b.tribe());
    }
}
