package scorecards.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import scorecards.load.EditUrl;
import scorecards.load.Fields;
import scorecards.model.Cadence;
import scorecards.model.Exemption;
import scorecards.model.Metric;
import scorecards.model.MetricCatalogue;
import scorecards.model.MetricRollup;
import scorecards.model.MetricType;
import scorecards.schema.Shape.Flag;
import scorecards.schema.Shape.Key;
import scorecards.schema.Shape.ListOf;
import scorecards.schema.Shape.Mapping;
import scorecards.schema.Shape.MappingById;
import scorecards.schema.Shape.Number;
import scorecards.schema.Shape.OneOf;
import scorecards.schema.Shape.Text;

/**
 * The file kinds of the format, key by key, for editors. The validator is the authority;
 * a test reads the validator's own list of known keys for every mapping and holds this
 * description to it, so the two cannot drift apart.
 */
public final class FormatSchema {

    static final String ID = "^[a-z0-9][a-z0-9-]{0,62}$";
    static final String PERIOD = "^[0-9]{4}-(Q[1-4]|0[1-9]|1[0-2])$";
    /**
     * A period a file may give: of the years 2000 to 2099 ({@link scorecards.model.Period#FIRST_YEAR}
     * to {@code LAST_YEAR}). The export keeps {@link #PERIOD}, which exports of earlier releases meet.
     */
    static final String FILE_PERIOD = "^20[0-9]{2}-(Q[1-4]|0[1-9]|1[0-2])$";

    /**
     * An edit-url as the validator takes it: http or https in any case, a host without a user name,
     * a path ending in '/', no query and no fragment.
     */
    static final String EDIT_URL = "^[Hh][Tt][Tt][Pp][Ss]?://[^/?#@\\s]+/([^?#\\s]*/)?$";

    private FormatSchema() {
    }

    private static Key required(String name, Shape shape, String description) {
        return new Key(name, shape, true, description);
    }

    private static Key optional(String name, Shape shape, String description) {
        return new Key(name, shape, false, description);
    }

    private static Text line() {
        return new Text(null, Fields.MAX_LINE_TEXT, false);
    }

    private static Text markdown() {
        return new Text(null, Fields.MAX_MARKDOWN, true);
    }

    private static Text id() {
        return new Text(ID, 63, false);
    }

    private static Text period() {
        return new Text(FILE_PERIOD, 7, false);
    }

    /** What a team file may write for a metric: its type, range and choices. */
    private static Shape metric(Metric metric) {
        return switch (metric.type()) {
            case BOOLEAN -> new Flag();
            case CHOICE -> new OneOf(metric.choices());
            case NUMBER, COUNT -> new Number(metric.min() == null ? (metric.type() == MetricType.COUNT ? 0.0 : null)
                    : metric.min().doubleValue(), metric.max() == null ? null : metric.max().doubleValue(),
                    metric.type() == MetricType.COUNT);
        };
    }

    public static Mapping organisation() {
        Mapping product = new Mapping("A product of the platform's catalogue", List.of(
                required("id", id(), "The product's id, used in teams' 'uses'"),
                required("name", line(), "Display name"),
                optional("owner", line(), "Who owns the product"),
                optional("description", markdown(), "What it does, in Markdown"),
                optional("since", period(), "The period the product became available")));
        Mapping platform = new Mapping("The platform team and its catalogue", List.of(
                optional("product-owner", line(), "The platform's product owner"),
                optional("change-agent", line(), "Who leads the change"),
                required("products", new ListOf(product, 1), "The catalogue, at least one product")));
        Mapping survey = new Mapping("Settings for survey files, scorecards/surveys/<period>.csv", List.of(
                optional("min-responses", new Number(1.0, 1000.0, true), "A team's survey figures are shown only "
                        + "when at least this many answered, and a question's only when this many answered it; "
                        + "default 3"),
                optional("ignore-columns", new ListOf(line(), 0), "Columns of the survey tool (time stamps, free "
                        + "text) that survey files may have and that are read past")));
        return new Mapping("organisation.yaml: the organisation, its settings and its platform", List.of(
                required("name", line(), "The organisation's name"),
                optional("cadence", new OneOf(Arrays.stream(Cadence.values()).map(Cadence::id).toList()),
                        "How often teams assess themselves; default quarterly"),
                optional("current-period", period(), "Default: the latest period any team assessed"),
                optional("stale-after", new Number(1.0, 1000.0, true),
                        "Periods after which a team's latest assessment is stale; default 1"),
                optional("outlier-after", new Number(1.0, 1000.0, true),
                        "How many periods the latest period assessed may lie after the next latest, unless "
                                + "current-period names it; default a year (4 quarters, 12 months)"),
                optional("currency", new Text("^[A-Z]{3}$", 3, false), "ISO 4217 code; default EUR"),
                optional("leaderboard", new Flag(), "Allow views that rank teams; default false"),
                optional("cost-per-hour", new Number(0.0, null, false), "Loaded cost of one developer hour"),
                optional("exemption-max-periods", new Number(1.0, 1000.0, true),
                        "The most periods one exemption may span, from its 'from' (or the team's first assessment) "
                                + "through its 'until'; default: no limit"),
                optional("survey", survey, "How survey files are read and when their figures are withheld"),
                optional("facts", new Mapping("Settings for facts files, scorecards/facts/<source>.csv", List.of(
                        optional("ignore-columns", new ListOf(line(), 0), "Columns of the exporting tool that facts "
                                + "files may have and that are read past"))), "How facts files are read"),
                optional("review", new Mapping("When an assessment asks for a second look", List.of(
                        optional("level-jump", new Number(1.0, 1000.0, true), "An assessment whose overall level "
                                + "stands this many levels above the team's previous self-report is flagged; "
                                + "default 2"))), "Review flags"),
                optional("edit-url", new Text(EDIT_URL, EditUrl.MAX_LENGTH, false), "The prefix of the forge's \"edit this file\" "
                        + "page, an http or https address ending in /, e.g. https://github.com/acme/scorecards/edit/main/ "
                        + "or https://gitlab.com/acme/scorecards/-/edit/main/; team, campaign and model pages then link "
                        + "to their file's page"),
                optional("language", new Text("^[a-z]{2,3}$", 3, false), "The language of every text the site writes "
                        + "itself, a code of 2 or 3 lower-case letters; en (the default) and es are built in, any other "
                        + "needs site/messages_<language>.properties giving every text"),
                required("platform", platform, "The platform")));
    }

    public static Mapping model() {
        return model(MetricCatalogue.BUILT_IN);
    }

    /** model.yaml, its checks naming the metrics of {@code metrics}. */
    public static Mapping model(MetricCatalogue metrics) {
        List<String> metricIds = metrics.all().stream().map(Metric::id).toList();
        Mapping check = new Mapping("A check: a metric of the dimension and exactly one of min, max, equals", List.of(
                required("metric", new OneOf(metricIds), "A metric of this dimension"),
                optional("advice", new Text(null, 2_000, true), "How to get there, in Markdown; shown where the "
                        + "check is a next step"),
                optional("min", new Shape.Threshold(), "Passes at or above this value (a choice: by position)"),
                optional("max", new Shape.Threshold(), "Passes at or below this value (a choice: by position)"),
                optional("equals", new Shape.Threshold(), "Passes when equal (true/false, a number or a choice)")));
        Mapping dimensionLevel = new Mapping("What this level takes in this dimension", List.of(
                optional("description", markdown(), "What the level means for this dimension"),
                optional("checks", new ListOf(check, 0), "All must pass to reach the level")));
        Mapping dimension = new Mapping("A built-in dimension or one of the model's own", List.of(
                required("id", id(), "A built-in dimension (" + String.join(", ", Metric.BUILT_IN_DIMENSIONS)
                        + ") or one of your own, with at least one metric under 'metrics'"),
                optional("name", line(), "Display name; required for a dimension of your own"),
                optional("weight", new Number(0.0, null, false), "Weight in the score, greater than 0; default 1"),
                optional("description", markdown(), "What the dimension measures"),
                optional("levels", new MappingById("Per level id above the first", dimensionLevel),
                        "What each level above the first takes")));
        Mapping level = new Mapping("A level of the model", List.of(
                required("id", id(), "The level's id"),
                optional("name", line(), "Display name"),
                optional("description", markdown(), "What the level means")));
        Mapping metric = new Mapping("A metric of your own", List.of(
                required("id", id(), "Unique among all metrics, built-in ids included"),
                required("dimension", id(), "A dimension listed under 'dimensions' (not satisfaction)"),
                required("name", line(), "Display name"),
                required("type", new OneOf(MetricType.ids()), "boolean, number, count or choice"),
                optional("description", markdown(), "What it measures, in Markdown"),
                optional("unit", line(), "Number and count: shown after values"),
                optional("min", new Number(null, null, false), "Number and count: the lowest value allowed"),
                optional("max", new Number(null, null, false), "Number and count: the highest value allowed"),
                optional("better", new OneOf(List.of("higher", "lower")), "Number and count: which way is better; "
                        + "default higher"),
                optional("rollup", new OneOf(Arrays.stream(MetricRollup.values()).map(MetricRollup::id).toList()),
                        "How the organisation's figure is made: share (boolean), mean, median, sum (number, count), "
                                + "distribution (choice) or none"),
                optional("headline", new Flag(), "Shown among the overview's headline figures"),
                optional("agree-within", new Number(0.0, null, false), "Number and count: how far a self-report may "
                        + "be from a measured value and still agree; default 0"),
                optional("choices", new ListOf(id(), 2), "Choice: the choice ids, lowest first")));
        return new Mapping("model.yaml: the maturity model", List.of(
                required("name", line(), "The model's name"),
                required("levels", new ListOf(level, 2), "Lowest first, at least two"),
                required("dimensions", new ListOf(dimension, 1), "At least one"),
                optional("metrics", new ListOf(metric, 0), "Metrics of your own, in built-in dimensions or in "
                        + "dimensions of your own")));
    }

    public static Mapping team() {
        return team(MetricCatalogue.BUILT_IN);
    }

    /** A team file, with a section per dimension of {@code metrics} and a key per metric a team writes. */
    public static Mapping team(MetricCatalogue metrics) {
        Mapping use = new Mapping("A platform product the team uses", List.of(
                required("product", id(), "A product id of organisation.yaml"),
                optional("mandated", new Flag(), "true when the team was told to use it; default false"),
                optional("rating", new Number(1.0, 5.0, true), "The team's rating, 1 to 5")));
        List<Key> assessment = new ArrayList<>();
        assessment.add(required("period", period(), "The period, e.g. 2025-Q3 or 2025-09"));
        for (String kind : metrics.dimensions()) {
            List<Key> keys = new ArrayList<>();
            for (Metric metric : metrics.of(kind)) {
                if (metric.isWritten()) {
                    keys.add(optional(metric.id(), metric(metric), metric.label()
                            + (metric.unit() == null ? "" : " (" + metric.unit() + ")")));
                }
            }
            if (kind.equals(Metric.PRODUCTS_USED.dimension())) {
                keys.add(optional("uses", new ListOf(use, 0), "The platform products used this period"));
            }
            assessment.add(optional(kind, new Mapping(kind + " figures", keys), kind + " figures"));
        }
        assessment.add(optional("needs", new ListOf(line(), 0), "What the team needs next, in its own words"));
        assessment.add(optional("notes", markdown(), "Free text in Markdown"));
        Mapping exemption = new Mapping("A check the team is excused from for a while", List.of(
                required("dimension", new OneOf(metrics.dimensions()), "A dimension id of the model"),
                required("metric", new OneOf(metrics.all().stream().map(Metric::id).toList()),
                        "A metric of that dimension that one of its checks uses"),
                optional("level", id(), "Only the checks on the metric at this level; default: at every level"),
                required("reason", new OneOf(Exemption.Reason.ids()), "not-applicable: the check makes no sense "
                        + "for this team; accepted-risk: the team knowingly lives with what the check guards "
                        + "against; in-progress: the team is working towards it"),
                required("justification", line(), "Why, in the team's words"),
                required("approved-by", line(), "Who approved the exemption"),
                optional("from", period(), "The first period it applies to; default: no lower bound"),
                required("until", period(), "The last period it applies to; after it the checks count again")));
        return new Mapping("A team's scorecard; the file name is the team's id", List.of(
                required("name", line(), "The team's display name"),
                optional("tribe", line(), "Grouping for roll-ups"),
                optional("size", new Number(1.0, 1e6, true), "Head count"),
                optional("product-owner", line(), "The team's product owner"),
                optional("devops-buddy", line(), "The team's DevOps buddy, by name"),
                required("assessments", new ListOf(new Mapping("One period's assessment", assessment), 1),
                        "One per period, in any order"),
                optional("exemptions", new ListOf(exemption, 0),
                        "Checks the team is excused from for a while, each with a reason and an approver")));
    }

    public static Mapping campaign() {
        return campaign(MetricCatalogue.BUILT_IN);
    }

    /** A campaign file, its goal checks naming the metrics of {@code metrics}. */
    public static Mapping campaign(MetricCatalogue metrics) {
        List<String> metricIds = metrics.all().stream().map(Metric::id).toList();
        Mapping check = new Mapping("A check: a dimension, one of its metrics and exactly one of min, max, equals",
                List.of(
                        required("dimension", new OneOf(metrics.dimensions()), "The metric's dimension"),
                        required("metric", new OneOf(metricIds), "A metric of that dimension"),
                        optional("min", new Shape.Threshold(), "Holds at or above this value (a choice: by position)"),
                        optional("max", new Shape.Threshold(), "Holds at or below this value (a choice: by position)"),
                        optional("equals", new Shape.Threshold(), "Holds when equal (true/false, a number or a choice)")));
        Mapping scope = new Mapping("The teams the campaign is about: the union of the tribes and teams given", List.of(
                optional("tribes", new ListOf(line(), 0), "The teams of these tribes"),
                optional("teams", new ListOf(id(), 0), "And these teams, by id")));
        Mapping goal = new Mapping("Exactly one of: level; dimension with level; checks", List.of(
                optional("level", id(), "A level id of the model: the overall level at least this one, or with"
                        + " 'dimension' that dimension's level"),
                optional("dimension", new OneOf(metrics.dimensions()), "A dimension of the model, with 'level'"),
                optional("checks", new ListOf(check, 1), "Every check must hold, like a model check")));
        return new Mapping("A campaign: a goal with a deadline; the file name is the campaign's id", List.of(
                required("name", line(), "The campaign's name"),
                optional("description", markdown(), "What and why, in Markdown"),
                optional("owner", line(), "Who leads the campaign"),
                required("start", period(), "The first period the campaign follows"),
                required("deadline", period(), "The period by which the target must be met; after start"),
                optional("scope", scope, "Default: every team"),
                required("goal", goal, "What a team must reach"),
                optional("target", new Number(0.0, 1.0, false),
                        "Share of the teams in scope that must meet the goal, greater than 0; default 1")));
    }
}
