package scorecards.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Map;
import scorecards.model.Assessment;
import scorecards.model.Exemption;
import scorecards.model.Level;
import scorecards.model.Metric;
import scorecards.model.MetricValue;
import scorecards.model.Measurement;
import scorecards.model.MetricCatalogue;
import scorecards.model.MetricRollup;
import scorecards.model.Organisation;
import scorecards.model.Period;
import scorecards.score.AssessmentScore;
import scorecards.score.CampaignScore;
import scorecards.score.DimensionScore;
import scorecards.score.MetricFigure;
import scorecards.score.Need;
import scorecards.score.ProductRollup;
import scorecards.score.Report;
import scorecards.score.Rollup;
import scorecards.score.SatisfactionSources;
import scorecards.score.TeamScore;
import scorecards.score.TribeScore;

/**
 * Writes {@code data/scorecards.json}, format 1: keys in kebab-case, shares as fractions,
 * null for no data. Every collection is written in a fixed order so that the same input
 * always gives the same bytes.
 */
public final class JsonExport {

    public static final String PATH = "data/scorecards.json";
    public static final int FORMAT = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private JsonExport() {
    }

    public static void write(Report report, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            // Compact, one line: at 10,000 teams the indents alone were more than half the file.
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeNumberField("format", FORMAT);
            organisation(json, report);
            json.writeArrayFieldStart("periods");
            for (Period period : report.periods()) {
                json.writeString(period.toString());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("levels");
            for (Level level : report.input().model().levels()) {
                json.writeString(level.id());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("teams");
            for (TeamScore team : report.teams()) {
                team(json, team, report.currentPeriod(), report.input().model().metrics());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("rollups");
            for (Rollup rollup : report.rollups()) {
                rollup(json, rollup);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("needs");
            for (Need need : report.needs()) {
                json.writeStartObject();
                json.writeStringField("text", need.text());
                json.writeArrayFieldStart("teams");
                for (String team : need.teams()) {
                    json.writeString(team);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("campaigns");
            for (CampaignScore campaign : report.campaigns()) {
                CampaignExport.write(json, campaign);
            }
            json.writeEndArray();
            tribes(json, report);
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void organisation(JsonGenerator json, Report report) throws IOException {
        Organisation organisation = report.input().organisation();
        json.writeObjectFieldStart("organisation");
        json.writeStringField("name", organisation.name());
        json.writeStringField("current-period", report.currentPeriod() == null ? null : report.currentPeriod().toString());
        json.writeStringField("currency", organisation.currency());
        json.writeStringField("cadence", organisation.cadence().id());
        json.writeNumberField("stale-after", organisation.staleAfter());
        numberField(json, "cost-per-hour", organisation.costPerHour() == null ? null
                : Numbers.figure(organisation.costPerHour()));
        json.writeEndObject();
    }

    /** Format 1.1: each tribe with its teams and its roll-ups, written like the organisation's. */
    private static void tribes(JsonGenerator json, Report report) throws IOException {
        json.writeArrayFieldStart("tribes");
        for (TribeScore tribe : report.tribes()) {
            json.writeStartObject();
            json.writeStringField("name", tribe.name());
            json.writeArrayFieldStart("teams");
            for (String team : tribe.teamIds()) {
                json.writeString(team);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("rollups");
            for (Rollup rollup : tribe.rollups()) {
                rollup(json, rollup);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void team(JsonGenerator json, TeamScore team, Period current, MetricCatalogue metrics)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("id", team.team().id());
        json.writeStringField("name", team.team().name());
        json.writeStringField("tribe", team.team().tribe());
        json.writeBooleanField("stale", team.stale());
        json.writeStringField("latest-period", team.latest().assessment().period().toString());
        json.writeArrayFieldStart("assessments");
        for (AssessmentScore assessment : team.assessments()) {
            json.writeStartObject();
            json.writeStringField("period", assessment.assessment().period().toString());
            json.writeStringField("level", assessment.levelId());
            json.writeNumberField("score", Numbers.score(assessment.score()));
            json.writeObjectFieldStart("dimensions");
            for (DimensionScore dimension : assessment.dimensions()) {
                json.writeObjectFieldStart(dimension.dimension().id());
                json.writeStringField("level", dimension.levelId());
                json.writeNumberField("progress", Numbers.score(dimension.progress()));
                json.writeNumberField("exempt", dimension.exemptChecks());
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeObjectFieldStart("metrics");
            for (Metric metric : metrics.all()) {
                json.writeFieldName(metric.id());
                value(json, metric, assessment.metrics().get(metric));
            }
            json.writeEndObject();
            satisfaction(json, assessment.assessment());
            measured(json, assessment.assessment(), metrics);
            json.writeArrayFieldStart("review");
            for (String flag : assessment.review().flags()) {
                json.writeString(flag);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("exemptions");
        for (Exemption exemption : team.team().exemptions()) {
            exemption(json, exemption, current);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /**
     * Survey results: where the satisfaction figures came from (null when from nowhere) and which
     * of them a survey withheld, in the format's order; a withheld figure is null in "metrics".
     */
    private static void satisfaction(JsonGenerator json, Assessment assessment) throws IOException {
        json.writeStringField("satisfaction-source",
                assessment.satisfactionSource() == null ? null : assessment.satisfactionSource().id());
        json.writeArrayFieldStart("withheld");
        for (Metric metric : assessment.withheldInOrder()) {
            json.writeString(metric.id());
        }
        json.writeEndArray();
    }

    /** An exemption without its team-written text, which the team's file and page carry. */
    private static void exemption(JsonGenerator json, Exemption exemption, Period current) throws IOException {
        json.writeStartObject();
        json.writeStringField("dimension", exemption.dimension());
        json.writeStringField("metric", exemption.metric().id());
        json.writeStringField("level", exemption.levelId());
        json.writeStringField("reason", exemption.reason().id());
        json.writeStringField("from", exemption.from() == null ? null : exemption.from().toString());
        json.writeStringField("until", exemption.until().toString());
        json.writeBooleanField("expired", exemption.expiredAt(current));
        json.writeEndObject();
    }

    /**
     * Format 1.2: the measured values, by metric id, each with its source, date, evidence, the team
     * file's value and whether the two disagree.
     */
    private static void measured(JsonGenerator json, Assessment assessment, MetricCatalogue metrics)
            throws IOException {
        json.writeObjectFieldStart("measured");
        for (Map.Entry<String, Measurement> entry : assessment.measured().entrySet()) {
            Metric metric = metrics.find(entry.getKey()).orElseThrow();
            Measurement measurement = entry.getValue();
            json.writeObjectFieldStart(entry.getKey());
            json.writeStringField("source", measurement.source());
            json.writeStringField("observed-at", measurement.observedAt() == null ? null
                    : measurement.observedAt().toString());
            json.writeStringField("evidence", measurement.evidence());
            json.writeFieldName("self-reported");
            value(json, metric, measurement.selfReported());
            json.writeBooleanField("disagrees", measurement.disagrees());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** A metric's value: true/false, the choice id, or the number (a share with 4 decimals, others with 2); null for none. */
    private static void value(JsonGenerator json, Metric metric, MetricValue value) throws IOException {
        if (value instanceof MetricValue.Flag flag) {
            json.writeBoolean(flag.value());
        } else if (value instanceof MetricValue.Number number) {
            json.writeNumber(Numbers.value(metric, number));
        } else if (value instanceof MetricValue.Choice choice) {
            json.writeString(choice.id());
        } else {
            json.writeNull();
        }
    }

    private static void rollup(JsonGenerator json, Rollup rollup) throws IOException {
        json.writeStartObject();
        json.writeStringField("period", rollup.period().toString());
        json.writeNumberField("teams-assessed", rollup.teamsAssessed());
        json.writeNumberField("devops-buddy-coverage", Numbers.share(rollup.devopsBuddyCoverage()));
        json.writeNumberField("buddy-trained-share", Numbers.share(rollup.buddyTrainedShare()));
        json.writeNumberField("buddy-backup-share", Numbers.share(rollup.buddyBackupShare()));
        figureField(json, "csat", rollup.csat());
        figureField(json, "nps", rollup.nps());
        figureField(json, "complexity-reduced", rollup.complexityReduced());
        integerField(json, "responses", rollup.responses());
        integerField(json, "incidents", rollup.incidents());
        integerField(json, "workarounds", rollup.workarounds());
        integerField(json, "open-bugs", rollup.openBugs());
        figureField(json, "hours-saved", rollup.hoursSaved());
        figureField(json, "money-saved", rollup.moneySaved());
        json.writeObjectFieldStart("level-distribution");
        for (Map.Entry<String, Integer> entry : rollup.levelDistribution().entrySet()) {
            json.writeNumberField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
        json.writeObjectFieldStart("products");
        for (ProductRollup product : rollup.products()) {
            json.writeObjectFieldStart(product.productId());
            json.writeNumberField("voluntary", Numbers.share(product.voluntary()));
            json.writeNumberField("mandated", Numbers.share(product.mandated()));
            figureField(json, "rating", product.rating());
            json.writeNumberField("ratings", product.ratings());
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeNumberField("exempt-checks", rollup.exemptChecks());
        SatisfactionSources sources = rollup.satisfactionSources();
        json.writeObjectFieldStart("satisfaction-sources");
        json.writeNumberField("survey", sources.survey());
        json.writeNumberField("team-file", sources.teamFile());
        json.writeNumberField("withheld", sources.withheld());
        json.writeEndObject();
        json.writeObjectFieldStart("metrics");
        for (MetricFigure figure : rollup.metrics()) {
            if (figure.distribution() != null) {
                json.writeObjectFieldStart(figure.metric().id());
                for (Map.Entry<String, Integer> entry : figure.distribution().entrySet()) {
                    json.writeNumberField(entry.getKey(), entry.getValue());
                }
                json.writeEndObject();
            } else if (figure.metric().rollup() == MetricRollup.SHARE) {
                numberField(json, figure.metric().id(), Numbers.share(figure.value()));
            } else {
                figureField(json, figure.metric().id(), figure.value());
            }
        }
        json.writeEndObject();
        json.writeNumberField("disagreements", rollup.disagreements());
        json.writeNumberField("level-jumps", rollup.levelJumps());
        json.writeEndObject();
    }

    private static void figureField(JsonGenerator json, String name, Double value) throws IOException {
        numberField(json, name, value == null ? null : Numbers.figure(value));
    }

    private static void integerField(JsonGenerator json, String name, Integer value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value);
        }
    }

    private static void numberField(JsonGenerator json, String name, BigDecimal value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value);
        }
    }
}
