package scorecards.render.page;

import java.util.List;
import java.util.Map;
import scorecards.model.Assessment;
import scorecards.model.Metric;
import scorecards.model.SatisfactionSource;
import scorecards.render.Figures;
import scorecards.score.SatisfactionSources;

/**
 * Satisfaction in words: where a team's figures came from, how many answered, and why a figure is
 * withheld. A withheld figure is not in the assessment at all, so nothing here can show it.
 */
final class SatisfactionText {

    private SatisfactionText() {
    }

    /** One assessment's satisfaction, for a team's page. */
    static Map<String, Object> of(Assessment assessment, int minResponses) {
        SatisfactionSource source = assessment.satisfactionSource();
        List<Metric> withheld = assessment.withheldInOrder();
        return Maps.of(
                "given", source != null,
                "source", source == null ? "" : source.id(),
                "sourceText", source(assessment),
                "responses", assessment.responses() == null ? Figures.NO_DATA : Figures.count(assessment.responses()),
                "csat", figure(assessment, Metric.CSAT, assessment.csat()),
                "nps", figure(assessment, Metric.NPS, assessment.nps()),
                "complexityReduced", figure(assessment, Metric.COMPLEXITY_REDUCED, assessment.complexityReduced()),
                "withheld", withheld.stream().map(Metric::label).toList(),
                "reason", withheld.isEmpty() ? "" : reason(assessment, minResponses));
    }

    /** "from the survey, 6 answered", "from the team file, responses not given", "no data". */
    static String source(Assessment assessment) {
        SatisfactionSource source = assessment.satisfactionSource();
        if (source == null) {
            return Figures.NO_DATA;
        }
        String answered = assessment.responses() == null ? "responses not given"
                : Figures.count(assessment.responses()) + " answered";
        return "from " + source.words() + ", " + answered;
    }

    /**
     * Why figures are withheld: too few answer sheets in all, or too few answers to one question
     * (the figure of a question two people answered would be those two people's answers).
     */
    static String reason(Assessment assessment, int minResponses) {
        Integer responses = assessment.responses();
        if (responses != null && responses < minResponses) {
            return "only " + responses + " answered the survey, fewer than the " + minResponses
                    + " needed before a team's survey figures are shown";
        }
        return "fewer than " + minResponses + " people answered " + (assessment.withheld().size() == 1
                ? "this question" : "these questions") + ", and a figure of so few answers would show their answers";
    }

    /** The detail under the organisation's or a tribe's satisfaction figures: where they came from. */
    static String sources(SatisfactionSources sources) {
        if (sources.survey() == 0 && sources.teamFile() == 0) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        if (sources.survey() > 0) {
            text.append(teams(sources.survey())).append(" by survey");
        }
        if (sources.teamFile() > 0) {
            text.append(text.length() == 0 ? "" : ", ").append(teams(sources.teamFile())).append(" by team file");
        }
        if (sources.withheld() > 0) {
            text.append("; figures of ").append(teams(sources.withheld())).append(" withheld, in no mean");
        }
        return text.toString();
    }

    private static String figure(Assessment assessment, Metric metric, Double value) {
        return assessment.isWithheld(metric) ? Figures.WITHHELD : Figures.figure(value);
    }

    private static String teams(int count) {
        return count + (count == 1 ? " team" : " teams");
    }
}
