package scorecards.schema;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scorecards.export.JsonStyle;
import scorecards.model.Cadence;
import scorecards.model.Exemption;
import scorecards.model.Metric;
import scorecards.model.MetricType;
import scorecards.score.CampaignStatus;
import scorecards.score.Review;

/**
 * The JSON Schema (draft-07) of the data export, {@code data/scorecards.json}: every key of format
 * 1 and of its 1.1 and 1.2 additions, its type, when it is null, and what it means, for people who script
 * against the export. The export writes every key every time, so every key is required; a key the
 * schema does not know is refused, so that a new key of the export cannot go undescribed (a test
 * validates real exports against it).
 */
public final class ExportSchema {

    /** The schema's file name, beside the export in every site and in {@code scorecards/schemas/}. */
    public static final String FILE = "scorecards.schema.json";
    /** Where every build writes it, beside {@code data/scorecards.json}. */
    public static final String PATH = "data/" + FILE;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String NULL_MEANS = "; null for no data";

    private ExportSchema() {
    }

    /** Writes the schema, laid out like every JSON file the tool writes. */
    public static void write(OutputStream out) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        try (JsonGenerator json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(JsonStyle.printer());
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            mapper.writeTree(json, schema());
            json.writeRaw('\n');
        }
    }

    /** The schema as a tree, keys in the order they are written. */
    public static ObjectNode schema() {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.put("title", "data/scorecards.json: the scored scorecards of an organisation, format 1");
        ObjectNode definitions = root.putObject("definitions");
        definitions.set("rollup", rollup());
        Map<String, ObjectNode> keys = new LinkedHashMap<>();
        keys.put("format", format());
        keys.put("organisation", organisation());
        keys.put("periods", array("Every period with at least one assessment, oldest first", period("A period")));
        keys.put("levels", array("The level ids of the model, lowest first", id("A level id")));
        keys.put("teams", array("Every team, sorted by id", team()));
        keys.put("rollups", array("The organisation's figures, one per period with at least one assessment, oldest first",
                ref("rollup")));
        keys.put("needs", array("The current period's needs, the most shared first, ties by text", need()));
        keys.put("campaigns", array("Every campaign (format 1.1), sorted by id", campaign()));
        keys.put("tribes", array("Every tribe (format 1.1), sorted by name: its teams and its figures", tribe()));
        object(root, null, keys);
        return root;
    }

    private static ObjectNode format() {
        ObjectNode format = NODES.objectNode();
        format.put("description", "The export's format: 1. Later releases add keys and keep this number while every "
                + "key here keeps its meaning");
        format.put("type", "integer");
        format.put("const", 1);
        return format;
    }

    private static ObjectNode organisation() {
        Map<String, ObjectNode> keys = new LinkedHashMap<>();
        keys.put("name", string("The organisation's name, from organisation.yaml", null));
        keys.put("current-period", nullable(string("The period the figures are for; null only when there is no team",
                FormatSchema.PERIOD)));
        keys.put("currency", string("ISO 4217 code of money-saved and cost-per-hour", "^[A-Z]{3}$"));
        keys.put("cadence", oneOf("How often teams assess themselves",
                Arrays.stream(Cadence.values()).map(Cadence::id).toList()));
        keys.put("stale-after", integer("Periods after which a team's latest assessment is stale", 1, null));
        keys.put("cost-per-hour", nullable(number("Loaded cost of one developer hour, in the currency; null when not "
                + "given", 0, null)));
        return object(NODES.objectNode(), "The organisation and its settings", keys);
    }

    private static ObjectNode team() {
        Map<String, ObjectNode> dimension = new LinkedHashMap<>();
        dimension.put("level", id("The highest level whose checks, and those of every level below it, pass"));
        dimension.put("progress", number("Checks passed / checks not exempt × 100, one decimal (100 when none "
                + "counts)", 0, 100));
        dimension.put("exempt", integer("Checks of the dimension exempt in this assessment (format 1.1)", 0, null));
        ObjectNode dimensions = byId("Per dimension id: the level reached in it and the progress",
                object(NODES.objectNode(), "A dimension's result", dimension));

        Map<String, ObjectNode> metrics = new LinkedHashMap<>();
        for (Metric metric : Metric.BUILT_IN) {
            metrics.put(metric.id(), metric(metric));
        }
        ObjectNode metricsObject = object(NODES.objectNode(), "Every metric of the format, written or derived, then "
                + "the model's own metrics (format 1.2) in its order; a measured value stands in place of the "
                + "self-reported one" + NULL_MEANS, metrics);
        metricsObject.set("additionalProperties", ownValue("The value of a metric of the model's own: true/false, "
                + "a number (a 0..1 share with four decimals, others with two) or a choice id" + NULL_MEANS));
        Map<String, ObjectNode> assessment = new LinkedHashMap<>();
        assessment.put("period", period("The period assessed"));
        assessment.put("level", id("The overall level: the lowest of the dimensions' levels"));
        assessment.put("score", number("The weight-weighted mean of the dimensions' progress, 0 to 100, one decimal",
                0, 100));
        assessment.put("dimensions", dimensions);
        assessment.put("metrics", metricsObject);
        assessment.put("satisfaction-source", nullable(oneOf("Where the satisfaction figures came from: a survey "
                + "file of scorecards/surveys/ or the team file; null when the assessment has none (format 1.1)",
                List.of("survey", "team-file"))));
        assessment.put("withheld", array("The survey figures withheld because too few answered them: their values "
                + "are null and their checks are left out (format 1.1)",
                oneOf("A withheld metric", List.of("csat", "nps", "complexity-reduced"))));
        Map<String, ObjectNode> measurement = new LinkedHashMap<>();
        measurement.put("source", id("The facts source: the file name of scorecards/facts/<source>.csv"));
        measurement.put("observed-at", nullable(string("When the value was measured, YYYY-MM-DD; null when not given",
                "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")));
        measurement.put("evidence", nullable(string("An http or https address showing the measurement; null when "
                + "not given", "^https?://")));
        measurement.put("self-reported", ownValue("The team file's value for the same metric; null when it gives "
                + "none"));
        measurement.put("disagrees", bool("Whether the measured and the self-reported value disagree: both exist "
                + "and differ (by more than the metric's agree-within, for numbers)"));
        assessment.put("measured", byId("Per metric id, sorted: the values a facts file measured (format 1.2)",
                object(NODES.objectNode(), "A measured value", measurement)));
        assessment.put("review", array("Why the assessment asks for a second look, sorted (format 1.2)",
                oneOf("A review flag", List.of(Review.DISAGREES_WITH_MEASURED, Review.LEVEL_JUMP))));

        Map<String, ObjectNode> exemption = new LinkedHashMap<>();
        exemption.put("dimension", id("The dimension whose checks are exempt"));
        exemption.put("metric", id("The metric whose checks are exempt: built in or of the model's own"));
        exemption.put("level", nullable(string("Only the checks at this level; null: at every level", FormatSchema.ID)));
        exemption.put("reason", oneOf("Why the team is excused", Exemption.Reason.ids()));
        exemption.put("from", nullable(string("The first period it applies to; null: no lower bound",
                FormatSchema.PERIOD)));
        exemption.put("until", period("The last period it applies to"));
        exemption.put("expired", bool("Whether until is before the current period"));

        Map<String, ObjectNode> team = new LinkedHashMap<>();
        team.put("id", id("The team's id: its file name without .yaml"));
        team.put("name", string("The team's display name", null));
        team.put("tribe", nullable(string("The team's tribe; null when it is in none", null)));
        team.put("stale", bool("Whether its latest assessment is more than stale-after periods before the current "
                + "period"));
        team.put("latest-period", period("The period of its latest assessment"));
        team.put("assessments", array("Every assessment, scored, sorted by period",
                object(NODES.objectNode(), "One period's assessment, scored", assessment)));
        team.put("exemptions", array("The team's exemptions in file order, without their justification and approver, "
                + "which the team's file and page carry (format 1.1)",
                object(NODES.objectNode(), "An exemption", exemption)));
        return object(NODES.objectNode(), "A team", team);
    }

    private static ObjectNode metric(Metric metric) {
        String derived = metric.isWritten() ? "" : " (derived from the products used)";
        String description = metric.label() + derived + NULL_MEANS;
        if (metric.type() == MetricType.BOOLEAN) {
            return nullable(bool(description));
        }
        if (metric.type() == MetricType.COUNT) {
            return nullable(integer(description, 0, null));
        }
        if (metric.isShare()) {
            return nullable(number(description + "; a fraction, four decimals", 0, 1));
        }
        Integer min = metric.min().intValueExact();
        boolean bounded = metric.max().compareTo(BigDecimal.valueOf(1_000_000)) < 0;
        return nullable(number(description + (bounded ? "; " + min + " to " + metric.max().intValueExact() + "," : ";")
                + " two decimals", min, bounded ? metric.max().intValueExact() : null));
    }

    private static ObjectNode rollup() {
        Map<String, ObjectNode> product = new LinkedHashMap<>();
        product.put("voluntary", share("Teams using it without being told to / teams assessed"));
        product.put("mandated", share("Teams told to use it / teams assessed; never added to voluntary"));
        product.put("rating", nullable(number("Mean of the ratings given, 1 to 5, two decimals; null when none", 1, 5)));
        product.put("ratings", integer("How many ratings the mean is of", 0, null));

        Map<String, ObjectNode> keys = new LinkedHashMap<>();
        keys.put("period", period("The period the figures are for"));
        keys.put("teams-assessed", integer("Teams with an assessment for the period; every other figure is over them", 1,
                null));
        keys.put("devops-buddy-coverage", share("Share with a designated DevOps buddy"));
        keys.put("buddy-trained-share", share("Share whose DevOps buddy is trained"));
        keys.put("buddy-backup-share", share("Share whose DevOps buddy has a backup"));
        keys.put("csat", nullable(number("Satisfaction, mean weighted by responses, 1 to 5, two decimals" + NULL_MEANS,
                1, 5)));
        keys.put("nps", nullable(number("Net promoter score, mean weighted by responses, -100 to 100, two decimals"
                + NULL_MEANS, -100, 100)));
        keys.put("complexity-reduced", nullable(number("'The platform reduces my complexity', mean weighted by "
                + "responses, 1 to 5, two decimals" + NULL_MEANS, 1, 5)));
        keys.put("responses", nullable(integer("Survey responses, summed" + NULL_MEANS, 0, null)));
        keys.put("incidents", nullable(integer("Incidents caused by the platform, summed" + NULL_MEANS, 0, null)));
        keys.put("workarounds", nullable(integer("Workarounds for platform defects, summed" + NULL_MEANS, 0, null)));
        keys.put("open-bugs", nullable(integer("Open platform bugs, summed" + NULL_MEANS, 0, null)));
        keys.put("hours-saved", nullable(number("Developer hours saved, summed, two decimals" + NULL_MEANS, 0, null)));
        keys.put("money-saved", nullable(number("hours-saved × cost-per-hour, in the currency, two decimals; null "
                + "without a cost or without hours", 0, null)));
        keys.put("level-distribution", byId("Per level id: how many teams stand at that overall level",
                integer("Teams at the level", 0, null)));
        keys.put("products", byId("Per product id of the catalogue: its adoption and rating",
                object(NODES.objectNode(), "A product's figures", product)));
        keys.put("exempt-checks", integer("Checks exempt over the period's assessments (format 1.1)", 0, null));
        Map<String, ObjectNode> sources = new LinkedHashMap<>();
        sources.put("survey", integer("Assessments whose satisfaction came from a survey file", 0, null));
        sources.put("team-file", integer("Assessments whose satisfaction came from the team file", 0, null));
        sources.put("withheld", integer("Assessments with at least one survey figure withheld", 0, null));
        keys.put("satisfaction-sources", object(NODES.objectNode(), "Where the period's satisfaction figures came "
                + "from, in assessments (format 1.1)", sources));
        ObjectNode distribution = byId("A choice metric's figure: per choice id, in order, how many teams give it",
                integer("Teams giving the choice", 0, null));
        ObjectNode figure = NODES.objectNode().put("description", "A number (a share with four decimals, others with "
                + "two; null when no assessment gives a value) or, for a choice metric, its distribution");
        figure.putArray("oneOf").add(nullable(number("A share, mean, median or sum", null, null))).add(distribution);
        keys.put("metrics", byId("Per metric of the model's own that rolls up (format 1.2), in the model's order: "
                + "its figure by its declared rollup", figure));
        keys.put("disagreements", integer("Assessments of the period whose self-report disagrees with a measured "
                + "value (format 1.2)", 0, null));
        keys.put("level-jumps", integer("Assessments of the period flagged for a jump of levels (format 1.2)", 0,
                null));
        return object(NODES.objectNode(), "One period's figures, counted over the teams assessed in it; a team without "
                + "a value counts as not having it in a share", keys);
    }

    private static ObjectNode need() {
        Map<String, ObjectNode> keys = new LinkedHashMap<>();
        keys.put("text", string("The need as the first team wrote it; needs equal after trimming, collapsing white "
                + "space and ignoring case are one", null));
        keys.put("teams", array("The ids of the teams that name it, sorted", id("A team id")));
        return object(NODES.objectNode(), "A need and the teams that share it", keys);
    }

    private static ObjectNode campaign() {
        Map<String, ObjectNode> period = new LinkedHashMap<>();
        period.put("period", period("The period"));
        period.put("in-scope", integer("Teams of the scope with an assessment at or before the period", 0, null));
        period.put("meeting", integer("Of those, the teams meeting the goal", 0, null));
        period.put("share", nullable(share("meeting / in-scope; null when no team is in scope")));
        period.put("expected", share("Where the share should be by now: target × time elapsed from start to deadline"));

        Map<String, ObjectNode> keys = new LinkedHashMap<>();
        keys.put("id", id("The campaign's id: its file name without .yaml"));
        keys.put("name", string("The campaign's name", null));
        keys.put("start", period("The first period the campaign follows"));
        keys.put("deadline", period("The period by which the target must be met"));
        ObjectNode target = share("Share of the teams in scope that must meet the goal");
        target.remove("minimum");
        target.put("exclusiveMinimum", 0);
        keys.put("target", target);
        keys.put("status", oneOf("Where the campaign stands at the current period",
                Arrays.stream(CampaignStatus.values()).map(CampaignStatus::id).toList()));
        keys.put("progress", array("One per period from start through the current period, oldest first; empty before "
                + "start", object(NODES.objectNode(), "The campaign at one period", period)));
        keys.put("not-meeting", array("Ids of the teams in scope at the current period that do not meet the goal, "
                + "sorted", id("A team id")));
        return object(NODES.objectNode(), "A campaign: a goal with a deadline", keys);
    }

    private static ObjectNode tribe() {
        Map<String, ObjectNode> keys = new LinkedHashMap<>();
        keys.put("name", string("The tribe's name, as teams write it", null));
        keys.put("teams", array("The ids of its teams, sorted", id("A team id")));
        keys.put("rollups", array("Its figures over its teams only, one per period in which one of them has an "
                + "assessment, oldest first", ref("rollup")));
        return object(NODES.objectNode(), "A tribe", keys);
    }

    /** Fills {@code node} as an object of exactly these keys, all required. */
    private static ObjectNode object(ObjectNode node, String description, Map<String, ObjectNode> keys) {
        if (description != null) {
            node.put("description", description);
        }
        node.put("type", "object");
        ObjectNode properties = node.putObject("properties");
        keys.forEach(properties::set);
        ArrayNode required = node.putArray("required");
        keys.keySet().forEach(required::add);
        node.put("additionalProperties", false);
        return node;
    }

    private static ObjectNode byId(String description, ObjectNode values) {
        ObjectNode node = NODES.objectNode();
        node.put("description", description);
        node.put("type", "object");
        node.putObject("propertyNames").put("pattern", FormatSchema.ID);
        node.set("additionalProperties", values);
        return node;
    }

    private static ObjectNode array(String description, ObjectNode items) {
        ObjectNode node = NODES.objectNode();
        node.put("description", description);
        node.put("type", "array");
        node.set("items", items);
        return node;
    }

    private static ObjectNode ref(String definition) {
        return NODES.objectNode().put("$ref", "#/definitions/" + definition);
    }

    /** An id: lower-case letters, digits and '-', as the format's ids are. */
    private static ObjectNode id(String description) {
        return string(description, FormatSchema.ID);
    }

    /** A period of the organisation's cadence: 2025-Q3 (quarterly) or 2025-09 (monthly). */
    private static ObjectNode period(String description) {
        return string(description, FormatSchema.PERIOD);
    }

    private static ObjectNode string(String description, String pattern) {
        ObjectNode node = NODES.objectNode().put("description", description).put("type", "string");
        if (pattern != null) {
            node.put("pattern", pattern);
        }
        return node;
    }

    private static ObjectNode oneOf(String description, List<String> values) {
        ObjectNode node = NODES.objectNode().put("description", description).put("type", "string");
        ArrayNode allowed = node.putArray("enum");
        values.forEach(allowed::add);
        return node;
    }

    /** A metric's value of any type, or null. */
    private static ObjectNode ownValue(String description) {
        ObjectNode node = NODES.objectNode().put("description", description);
        node.putArray("type").add("boolean").add("number").add("string").add("null");
        return node;
    }

    private static ObjectNode bool(String description) {
        return NODES.objectNode().put("description", description).put("type", "boolean");
    }

    private static ObjectNode share(String description) {
        return number(description + "; a fraction from 0 to 1, four decimals", 0, 1);
    }

    private static ObjectNode number(String description, Integer minimum, Integer maximum) {
        return bounded(NODES.objectNode().put("description", description).put("type", "number"), minimum, maximum);
    }

    private static ObjectNode integer(String description, Integer minimum, Integer maximum) {
        return bounded(NODES.objectNode().put("description", description).put("type", "integer"), minimum, maximum);
    }

    private static ObjectNode bounded(ObjectNode node, Integer minimum, Integer maximum) {
        if (minimum != null) {
            node.put("minimum", minimum);
        }
        if (maximum != null) {
            node.put("maximum", maximum);
        }
        return node;
    }

    /** The same value or null: the type gains "null"; bounds and patterns apply to the value only. */
    private static ObjectNode nullable(ObjectNode node) {
        String type = node.get("type").asText();
        node.putArray("type").add(type).add("null");
        if (node.has("enum")) {
            // An enumeration admits only what it lists, whatever the type says.
            ((ArrayNode) node.get("enum")).addNull();
        }
        return node;
    }
}
