package scorecards.render.page;

import java.util.List;
import java.util.Map;
import scorecards.model.Assessment;
import scorecards.model.Metric;
import scorecards.model.SatisfactionSource;
import scorecards.score.SatisfactionSources;

/**
 * Satisfaction in words: where a team's figures came from, how many answered, and why a figure is
 * withheld. A withheld figure is not in the assessment at all, so nothing here can show it.
 */
final class SatisfactionText {

    private SatisfactionText() {
    }

    /** One assessment's satisfaction, for a team's page. */
    static Map<String, Object> of(Assessment assessment, int minResponses, SiteContext context) {
        SatisfactionSource source = assessment.satisfactionSource();
        List<Metric> withheld = assessment.withheldInOrder();
        return Maps.of(
                "given", source != null,
                "source", source == null ? "" : source.id(),
                "sourceText", source(assessment, context),
                "responses", assessment.responses() == null ? context.figures.noData() : context.figures.count(assessment.responses()),
                "csat", figure(assessment, Metric.CSAT, assessment.csat(), context),
                "nps", figure(assessment, Metric.NPS, assessment.nps(), context),
                "complexityReduced", figure(assessment, Metric.COMPLEXITY_REDUCED, assessment.complexityReduced(),
                        context),
                "withheld", withheld.stream().map(context::label).toList(),
                "reason", withheld.isEmpty() ? "" : reason(assessment, minResponses, context));
    }

    /** "from the survey, 6 answered", "from the team file, responses not given", "no data". */
    static String source(Assessment assessment, SiteContext context) {
        SatisfactionSource source = assessment.satisfactionSource();
        if (source == null) {
            return context.figures.noData();
        }
        String answered = assessment.responses() == null ? context.text("satisfaction.responses-not-given")
                : context.text("satisfaction.answered", context.figures.count(assessment.responses()));
        return context.text(source == SatisfactionSource.SURVEY ? "satisfaction.from-survey" : "satisfaction.from-team-file",
                answered);
    }

    /**
     * Why figures are withheld: too few answer sheets in all, or too few answers to one question
     * (the figure of a question two people answered would be those two people's answers).
     */
    static String reason(Assessment assessment, int minResponses, SiteContext context) {
        Integer responses = assessment.responses();
        if (responses != null && responses < minResponses) {
            return context.text("satisfaction.withheld.too-few-sheets", responses, minResponses);
        }
        return context.text(assessment.withheld().size() == 1 ? "satisfaction.withheld.question"
                : "satisfaction.withheld.questions", minResponses);
    }

    /** The detail under the organisation's or a tribe's satisfaction figures: where they came from. */
    static String sources(SatisfactionSources sources, SiteContext context) {
        if (sources.survey() == 0 && sources.teamFile() == 0) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        if (sources.survey() > 0) {
            text.append(context.text("satisfaction.sources.survey", sources.survey()));
        }
        if (sources.teamFile() > 0) {
            text.append(text.length() == 0 ? "" : context.text("list.separator"))
                    .append(context.text("satisfaction.sources.team-file", sources.teamFile()));
        }
        if (sources.withheld() > 0) {
            text.append(context.text("satisfaction.sources.withheld", sources.withheld()));
        }
        return text.toString();
    }

    private static String figure(Assessment assessment, Metric metric, Double value, SiteContext context) {
        return assessment.isWithheld(metric) ? context.figures.withheld() : context.figures.figure(value);
    }

}
