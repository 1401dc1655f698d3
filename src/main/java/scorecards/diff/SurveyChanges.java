package scorecards.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import scorecards.model.Assessment;
import scorecards.model.Metric;
import scorecards.model.MetricValue;
import scorecards.model.Period;
import scorecards.model.SatisfactionSource;
import scorecards.render.Figures;
import scorecards.score.AssessmentScore;
import scorecards.score.Report;
import scorecards.score.TeamScore;

/**
 * How the teams' satisfaction of the current period changed: where it comes from, how many
 * answered, and the figures after the change, a withheld one as withheld, never as a number. The
 * figures before the change are not repeated beside them: for a survey that gained or lost a few
 * answer sheets, the two side by side would give away those sheets' answers. Such a change is
 * flagged instead.
 */
final class SurveyChanges {

    private final List<String> rows = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private boolean anyWithheld;
    private final int minResponses;

    SurveyChanges(Report before, Report after) {
        this.minResponses = after.input().organisation().survey().minResponses();
        Period period = after.currentPeriod();
        if (period == null) {
            return;
        }
        Map<String, Assessment> old = assessments(before, period);
        Map<String, String> names = new LinkedHashMap<>();
        after.teams().forEach(team -> names.put(team.team().id(), team.team().name()));
        for (Map.Entry<String, Assessment> entry : assessments(after, period).entrySet()) {
            Assessment then = old.get(entry.getKey());
            Assessment now = entry.getValue();
            if (then != null && sameSatisfaction(then, now) || now.satisfactionSource() == null && then == null) {
                continue;
            }
            String name = MarkdownText.escape(names.get(entry.getKey()));
            anyWithheld |= !now.withheld().isEmpty();
            StringBuilder row = new StringBuilder("| " + name + " | " + source(now) + " | " + responses(then, now) + " |");
            Assessment.WITHHOLDABLE.forEach(metric -> row.append(' ').append(figure(now, metric)).append(" |"));
            rows.add(row.toString());
            if (republished(then, now)) {
                warnings.add("⚠ " + name + ": the survey of " + period + " had already given figures, and they change"
                        + " here. Whoever saw both versions can work out the answers added or changed; bring a"
                        + " period's survey in once, whole.");
            }
        }
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    String markdown(Period period) {
        StringBuilder out = new StringBuilder("### Survey results, ").append(period).append("\n\n")
                // One column per survey figure, in the order of Assessment.WITHHOLDABLE.
                .append("| Team | Satisfaction from | Responses | CSAT | NPS | Complexity reduced |\n"
                        + "|---|---|---|---|---|---|\n");
        rows.forEach(row -> out.append(row).append('\n'));
        out.append('\n');
        if (anyWithheld) {
            out.append("Withheld: a team's survey figures are shown only when at least ").append(minResponses)
                    .append(" people answered (organisation.yaml, survey: min-responses), and a question's only when ")
                    .append(minResponses).append(" answered it.\n\n");
        }
        warnings.forEach(warning -> out.append(warning).append("\n\n"));
        return out.toString();
    }

    private static Map<String, Assessment> assessments(Report report, Period period) {
        Map<String, Assessment> byTeam = new LinkedHashMap<>();
        for (TeamScore team : report.teams()) {
            for (AssessmentScore score : team.assessments()) {
                if (score.assessment().period().equals(period)) {
                    byTeam.put(team.team().id(), score.assessment());
                }
            }
        }
        return byTeam;
    }

    private static boolean sameSatisfaction(Assessment a, Assessment b) {
        return satisfaction(a).equals(satisfaction(b));
    }

    /** An assessment's satisfaction as the summary compares it: where it came from, the responses, each figure, what was withheld. */
    static List<String> satisfaction(Assessment assessment) {
        List<String> figures = new ArrayList<>(List.of(String.valueOf(assessment.satisfactionSource()),
                String.valueOf(assessment.responses())));
        Assessment.WITHHOLDABLE.forEach(metric -> figures.add(String.valueOf(value(assessment, metric))));
        figures.add(assessment.withheldInOrder().toString());
        return figures;
    }

    /** A survey's figures that were shown before and are shown, different, after: two versions to compare. */
    private static boolean republished(Assessment then, Assessment now) {
        if (then == null || then.satisfactionSource() != SatisfactionSource.SURVEY
                || now.satisfactionSource() != SatisfactionSource.SURVEY) {
            return false;
        }
        for (Metric metric : Assessment.WITHHOLDABLE) {
            Double a = value(then, metric);
            Double b = value(now, metric);
            if (a != null && b != null && (!a.equals(b) || !Objects.equals(then.responses(), now.responses()))) {
                return true;
            }
        }
        return false;
    }

    private static Double value(Assessment assessment, Metric metric) {
        return assessment.value(metric) instanceof MetricValue.Number number ? number.value() : null;
    }

    private static String source(Assessment assessment) {
        return assessment.satisfactionSource() == null ? Figures.ENGLISH.noData() : assessment.satisfactionSource().words();
    }

    private static String responses(Assessment then, Assessment now) {
        String after = now.responses() == null ? Figures.ENGLISH.noData() : Figures.ENGLISH.count(now.responses());
        if (then == null || Objects.equals(then.responses(), now.responses())) {
            return after;
        }
        return (then.responses() == null ? Figures.ENGLISH.noData() : Figures.ENGLISH.count(then.responses())) + " → " + after;
    }

    private static String figure(Assessment assessment, Metric metric) {
        return assessment.isWithheld(metric) ? Figures.ENGLISH.withheld() : Figures.ENGLISH.figure(value(assessment, metric));
    }
}
