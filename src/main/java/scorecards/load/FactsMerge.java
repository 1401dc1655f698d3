package scorecards.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import scorecards.model.Assessment;
import scorecards.model.Measurement;
import scorecards.model.Period;
import scorecards.model.Team;

/**
 * Puts the measured facts into the teams' assessments: a measured value is scored in place of the
 * team file's, which is kept beside it as the self-report; a team with facts for a period it did
 * not assess gets an assessment holding only the measured values. Two facts for the same team,
 * period and metric, in one file or in two, are reported at both places.
 */
final class FactsMerge {

    private FactsMerge() {
    }

    /** Where one fact was given, for the message about a second one. */
    private record Given(String file, Location location) {
    }

    static List<Team> merge(List<Team> teams, List<FactsReader.Facts> files, List<Problem> sink) {
        Map<String, Given> seen = new HashMap<>();
        Map<String, Map<Period, List<FactsReader.Fact>>> facts = new HashMap<>();
        for (FactsReader.Facts file : files) {
            for (FactsReader.Fact fact : file.facts()) {
                String key = fact.team() + "\n" + fact.period() + "\n" + fact.metric().id();
                Given earlier = seen.putIfAbsent(key, new Given(file.file(), fact.location()));
                if (earlier != null) {
                    String what = "team " + Quoted.of(fact.team()) + ", " + fact.period() + ", metric '"
                            + fact.metric().id() + "'";
                    sink.add(new Problem(file.file(), fact.location().line(), fact.location().column(), "a second "
                            + "value for " + what + " (the first is in " + earlier.file() + " at line "
                            + earlier.location().line() + "); give one value per team, period and metric"));
                    sink.add(new Problem(earlier.file(), earlier.location().line(), earlier.location().column(),
                            what + " is given again in " + file.file() + " (line " + fact.location().line()
                                    + "); give one value per team, period and metric"));
                    continue;
                }
                facts.computeIfAbsent(fact.team(), id -> new TreeMap<>())
                        .computeIfAbsent(fact.period(), p -> new ArrayList<>()).add(fact);
            }
        }
        if (facts.isEmpty()) {
            return teams;
        }
        List<Team> merged = new ArrayList<>(teams.size());
        for (Team team : teams) {
            Map<Period, List<FactsReader.Fact>> measured = facts.get(team.id());
            merged.add(measured == null ? team : team.withAssessments(measure(team.assessments(), measured)));
        }
        return merged;
    }

    private static List<Assessment> measure(List<Assessment> assessments, Map<Period, List<FactsReader.Fact>> facts) {
        Map<Period, List<FactsReader.Fact>> left = new TreeMap<>(facts);
        List<Assessment> result = new ArrayList<>(assessments.size() + facts.size());
        for (Assessment assessment : assessments) {
            List<FactsReader.Fact> measured = left.remove(assessment.period());
            result.add(measured == null ? assessment : assessment.withMeasured(measurements(assessment, measured)));
        }
        left.forEach((period, measured) -> {
            Assessment only = Assessment.measuredOnly(period);
            result.add(only.withMeasured(measurements(only, measured)));
        });
        return result;
    }

    private static Map<String, Measurement> measurements(Assessment assessment, List<FactsReader.Fact> facts) {
        Map<String, Measurement> measurements = new TreeMap<>();
        for (FactsReader.Fact fact : facts) {
            measurements.put(fact.metric().id(), Measurement.of(fact.metric(), fact.source(), fact.observedAt(),
                    fact.evidence(), fact.value(), assessment.value(fact.metric())));
        }
        return measurements;
    }
}
