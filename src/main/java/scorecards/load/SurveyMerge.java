package scorecards.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import scorecards.model.Assessment;
import scorecards.model.Period;
import scorecards.model.Team;

/**
 * Puts the surveys' figures into the teams' assessments: into the team's assessment of the
 * survey's period, or into an assessment of its own when the team file has none for that period.
 * A team file that gives satisfaction for the same period is a conflict, reported in both files.
 */
final class SurveyMerge {

    private SurveyMerge() {
    }

    /**
     * @param teams        the teams read without problems
     * @param sections     where every team file (read or not) gives a satisfaction section
     * @param minResponses the organisation's {@code survey: min-responses}
     */
    static List<Team> merge(List<Team> teams, List<SurveyReader.Survey> surveys, SatisfactionSections sections,
            int minResponses, List<Problem> sink) {
        Map<String, Map<Period, SurveyTally.Figures>> byTeam = new HashMap<>();
        for (SurveyReader.Survey survey : surveys) {
            Problems surveyProblems = new Problems(survey.file());
            survey.teams().forEach((teamId, tally) -> {
                Location teamKey = sections.of(teamId, survey.period());
                if (teamKey != null) {
                    String teamFile = SourceLoader.teamFile(teamId);
                    surveyProblems.report(tally.firstRow(), "team " + Quoted.of(teamId) + " also gives satisfaction for "
                            + survey.period() + " in " + teamFile + " (line " + teamKey.line() + "); give it in one "
                            + "place: remove that section, or this team's rows");
                    sink.add(new Problem(teamFile, teamKey.line(), teamKey.column(), "satisfaction for "
                            + survey.period() + " also comes from " + survey.file() + " (line " + tally.firstRow().line()
                            + "); give it in one place: remove this section, or the team's rows from the survey"));
                } else {
                    byTeam.computeIfAbsent(teamId, id -> new TreeMap<>())
                            .put(survey.period(), tally.figures(minResponses));
                }
            });
            sink.addAll(surveyProblems.list());
        }
        if (byTeam.isEmpty()) {
            return teams;
        }
        List<Team> merged = new ArrayList<>(teams.size());
        for (Team team : teams) {
            Map<Period, SurveyTally.Figures> figures = byTeam.get(team.id());
            merged.add(figures == null ? team : team.withAssessments(withSurveys(team.assessments(), figures)));
        }
        return merged;
    }

    private static List<Assessment> withSurveys(List<Assessment> assessments, Map<Period, SurveyTally.Figures> figures) {
        Map<Period, SurveyTally.Figures> left = new TreeMap<>(figures);
        List<Assessment> result = new ArrayList<>(assessments.size() + figures.size());
        for (Assessment assessment : assessments) {
            SurveyTally.Figures survey = left.remove(assessment.period());
            result.add(survey == null ? assessment : assessment.withSurvey(survey.responses(), survey.csat(),
                    survey.nps(), survey.complexityReduced(), survey.withheld()));
        }
        left.forEach((period, survey) -> result.add(Assessment.surveyOnly(period, survey.responses(), survey.csat(),
                survey.nps(), survey.complexityReduced(), survey.withheld())));
        return result;
    }
}
