package scorecards.render.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import scorecards.model.Assessment;
import scorecards.model.Dimension;
import scorecards.model.Measurement;
import scorecards.model.Metric;
import scorecards.model.MetricValue;
import scorecards.model.ValueSource;
import scorecards.score.AssessmentScore;

/**
 * Every metric of the model's dimensions in one assessment, for a table: its value (with its unit),
 * where the value came from (for a measured value: the source, its date and evidence), and, for a
 * measured value, the team file's value beside it.
 */
final class MetricRows {

    private MetricRows() {
    }

    static List<Map<String, Object>> of(AssessmentScore score, SiteContext context) {
        Assessment assessment = score.assessment();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Dimension dimension : context.dimensions()) {
            for (Metric metric : context.report.input().model().metrics().of(dimension.id())) {
                MetricValue value = score.metrics().get(metric);
                ValueSource source = assessment.source(metric);
                Measurement measured = assessment.measured().get(metric.id());
                boolean withheld = assessment.isWithheld(metric);
                rows.add(Maps.of(
                        "id", metric.id(),
                        "name", context.label(metric),
                        "dimension", dimension.name(),
                        "value", withheld ? context.figures.withheld() : CheckText.value(metric, value, context),
                        "noData", value == null && !withheld,
                        "source", source == null ? "" : source.measured() ? context.text("value.source.measured", source.id())
                                : source == ValueSource.SURVEY ? context.text("value.source.survey")
                                : context.text("value.source.team-file"),
                        "observedAt", measured == null || measured.observedAt() == null ? ""
                                : measured.observedAt().toString(),
                        "evidence", measured == null || measured.evidence() == null ? "" : measured.evidence(),
                        "evidenceHref", measured == null ? "" : SecondLook.href(measured.evidence()),
                        "selfReported", measured == null || measured.selfReported() == null ? ""
                                : CheckText.value(metric, measured.selfReported(), context),
                        "disagrees", measured != null && measured.disagrees()));
            }
        }
        return rows;
    }
}
