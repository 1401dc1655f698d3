package scorecards.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scorecards.model.Cadence;
import scorecards.model.Organisation;
import scorecards.model.Period;
import scorecards.model.Product;
import scorecards.model.SurveySettings;

/** Reads {@code organisation.yaml}. */
final class OrganisationReader {

    private OrganisationReader() {
    }

    /**
     * The organisation as far as it could be read, so that team files can still be checked
     * against its cadence and catalogue; empty only when the file is not a mapping at all.
     */
    /**
     * What was read. {@code catalogueComplete} is false when a product could not be read, so that
     * team files are not told that a product they name is unknown when its entry is only broken.
     */
    record Read(Organisation organisation, boolean catalogueComplete, int outlierAfter,
            Optional<SiteLanguage.Given> language) {
    }

    static Optional<Read> read(Node root, Problems problems) {
        Optional<Fields> found = Fields.of(root, "organisation.yaml", "organisation.yaml", problems);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Fields fields = found.get();
        Optional<String> name = fields.requiredText("name");
        Cadence cadence = fields.text("cadence").flatMap(text -> {
            Optional<Cadence> known = Cadence.byId(text);
            if (known.isEmpty()) {
                problems.report(fields.node("cadence").orElseThrow().location(), "unknown cadence " + Quoted.of(text)
                        + Suggestions.hint(text, List.of("quarterly", "monthly")));
            }
            return known;
        }).orElse(Cadence.QUARTERLY);
        Period current = fields.period("current-period", cadence).orElse(null);
        int staleAfter = fields.number("stale-after", "a whole number from 1 to 1000",
                        value -> isWhole(value) && value.signum() > 0 && value.compareTo(BigDecimal.valueOf(1000)) <= 0)
                .map(BigDecimal::intValue).orElse(Organisation.DEFAULT_STALE_AFTER);
        // How far the latest period may lie after the next latest (see PeriodOutliers); two years by default,
        // so that only a mistyped year is taken for one, not an organisation resuming after a pause.
        int outlierAfter = fields.number("outlier-after", "a whole number from 1 to 1000",
                        value -> isWhole(value) && value.signum() > 0 && value.compareTo(BigDecimal.valueOf(1000)) <= 0)
                .map(BigDecimal::intValue).orElse(2 * cadence.periodsPerYear());
        String currency = fields.text("currency").filter(code -> {
            if (isCurrency(code)) {
                return true;
            }
            problems.report(fields.node("currency").orElseThrow().location(),
                    Quoted.of(code) + " is not an ISO 4217 currency code such as EUR, USD or GBP");
            return false;
        }).orElse(Organisation.DEFAULT_CURRENCY);
        boolean leaderboard = fields.flag("leaderboard").orElse(false);
        Double costPerHour = fields.number("cost-per-hour", "a number, 0 or more", value -> value.signum() >= 0)
                .map(BigDecimal::doubleValue).orElse(null);
        Integer exemptionMaxPeriods = fields.number("exemption-max-periods", "a whole number from 1 to 1000",
                        value -> isWhole(value) && value.signum() > 0 && value.compareTo(BigDecimal.valueOf(1000)) <= 0)
                .map(BigDecimal::intValue).orElse(null);
        SurveySettings survey = fields.mapping("survey", "survey").map(OrganisationReader::survey)
                .orElse(SurveySettings.DEFAULT);
        List<String> factsIgnored = fields.mapping("facts", "facts").map(facts -> {
            List<String> ignored = ignoreColumns(facts, FactsColumns.ALL, "facts");
            facts.rejectUnknown();
            return ignored;
        }).orElse(List.of());
        int levelJump = fields.mapping("review", "review").map(review -> {
            int jump = review.number("level-jump", "a whole number from 1 to 1000",
                            value -> isWhole(value) && value.signum() > 0 && value.compareTo(BigDecimal.valueOf(1000)) <= 0)
                    .map(BigDecimal::intValue).orElse(Organisation.DEFAULT_LEVEL_JUMP);
            review.rejectUnknown();
            return jump;
        }).orElse(Organisation.DEFAULT_LEVEL_JUMP);
        String editUrl = EditUrl.read(fields).orElse(null);
        Optional<SiteLanguage.Given> language = SiteLanguage.read(fields);
        Optional<Fields> platform = fields.mapping("platform", "platform");
        if (platform.isEmpty() && !fields.has("platform")) {
            fields.missing("platform");
        }
        String productOwner = platform.flatMap(p -> p.text("product-owner")).orElse(null);
        String changeAgent = platform.flatMap(p -> p.text("change-agent")).orElse(null);
        List<Product> products = platform.map(p -> products(p, cadence)).orElse(List.of());
        boolean complete = platform.flatMap(p -> p.list("products")).map(List::size).orElse(0) == products.size();
        platform.ifPresent(Fields::rejectUnknown);
        fields.rejectUnknown();
        return Optional.of(new Read(new Organisation(name.orElse(""), cadence, current, staleAfter, currency,
                leaderboard, costPerHour, productOwner, changeAgent, products, exemptionMaxPeriods, survey, factsIgnored,
                levelJump, editUrl, language.map(SiteLanguage.Given::language).orElse(Organisation.DEFAULT_LANGUAGE)),
                complete, outlierAfter, language));
    }

    /**
     * {@code survey:}: the anonymity threshold and the survey tools' extra columns. A column the
     * format itself reads cannot be ignored: that would drop answers without a word.
     */
    private static SurveySettings survey(Fields survey) {
        int minResponses = survey.number("min-responses", "a whole number from 1 to 1000",
                        value -> isWhole(value) && value.signum() > 0 && value.compareTo(BigDecimal.valueOf(1000)) <= 0)
                .map(BigDecimal::intValue).orElse(SurveySettings.DEFAULT_MIN_RESPONSES);
        List<String> ignored = ignoreColumns(survey, SurveyColumns.ALL, "survey");
        survey.rejectUnknown();
        return new SurveySettings(minResponses, ignored);
    }

    /**
     * {@code ignore-columns:} of the {@code survey} or {@code facts} settings: the extra columns of
     * the tools' exports that are read past rather than rejected. A column the format itself reads
     * cannot be ignored: that would drop values without a word.
     */
    private static List<String> ignoreColumns(Fields settings, List<String> formatColumns, String kind) {
        List<String> ignored = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        for (Node item : settings.list("ignore-columns").orElse(List.of())) {
            if (!(item instanceof Node.ScalarNode scalar) || scalar.isNull()) {
                settings.problems().report(item.location(), "each of 'ignore-columns' must be a column name, found "
                        + item.describe());
                continue;
            }
            String column = scalar.text().strip();
            if (column.isEmpty()) {
                settings.problems().report(item.location(), "a column name in 'ignore-columns' is empty");
            } else if (column.length() > Fields.MAX_LINE_TEXT || column.contains("\n")) {
                settings.problems().report(item.location(), "a column name in 'ignore-columns' must be one line of at most "
                        + Fields.MAX_LINE_TEXT + " characters");
            } else if (!Fields.charactersAreText("a column name in 'ignore-columns'", column, false, item.location(),
                    settings.problems())) {
                // Reported; a column with such a name is in no file.
            } else if (formatColumns.contains(column)) {
                settings.problems().report(item.location(), "column " + Quoted.of(column)
                        + " is read from every " + kind + " file and cannot be ignored");
            } else {
                Location earlier = seen.putIfAbsent(column, item.location());
                if (earlier != null) {
                    settings.problems().report(item.location(), "column " + Quoted.of(column)
                            + " is listed twice in 'ignore-columns' (first at line " + earlier.line() + ")");
                } else {
                    ignored.add(column);
                }
            }
        }
        return ignored;
    }

    private static List<Product> products(Fields platform, Cadence cadence) {
        Optional<List<Node>> items = platform.requiredList("products");
        if (items.isEmpty()) {
            return List.of();
        }
        if (items.get().isEmpty()) {
            platform.problems().report(platform.keyLocation("products"),
                    "'products' lists no product; the catalogue needs at least one");
        }
        Map<String, Location> seen = new HashMap<>();
        return platform.each(items.get(), item -> Fields.entry(item, "products", "id: ci-templates", "a product", platform.problems())
                .flatMap(product -> {
                    Optional<String> id = product.requiredId("id");
                    Optional<String> name = product.requiredText("name");
                    String owner = product.text("owner").orElse(null);
                    String description = product.markdown("description").orElse(null);
                    Period since = product.period("since", cadence).orElse(null);
                    product.rejectUnknown();
                    if (id.isPresent()) {
                        Location earlier = seen.putIfAbsent(id.get(), product.keyLocation("id"));
                        if (earlier != null) {
                            platform.problems().report(product.keyLocation("id"), "product " + Quoted.of(id.get())
                                    + " is listed twice (first at line " + earlier.line() + ")");
                            return Optional.empty();
                        }
                    }
                    return id.map(valid -> new Product(valid, name.orElse(valid), owner, description, since));
                }));
    }

    static boolean isWhole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }

    private static boolean isCurrency(String code) {
        if (!code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
