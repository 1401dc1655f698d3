package scorecards.model;

import java.util.List;

/**
 * The organisation's settings and its platform catalogue, from {@code organisation.yaml}.
 * Optional fields are null when not given; {@code currentPeriod} is null when it is left to
 * the latest assessed period. {@code exemptionMaxPeriods} is the most periods one exemption may
 * span, null for no limit. {@code survey} holds the settings for survey files, the defaults when
 * organisation.yaml gives none. {@code factsIgnoreColumns} are the facts files' extra columns that are
 * read past; {@code levelJump} is how many levels above the previous self-report an assessment
 * must climb to be flagged for a second look. {@code editUrl} is the prefix of the forge's "edit this
 * file" page, an http or https address ending in '/' to which the path of a file from the
 * repository's root is appended; null when not given, and then the site links to no such page.
 * {@code language} is the code of the language of every text the site writes itself, {@code en} by default.
 */
public record Organisation(
        String name,
        Cadence cadence,
        Period currentPeriod,
        int staleAfter,
        String currency,
        boolean leaderboard,
        Double costPerHour,
        String productOwner,
        String changeAgent,
        List<Product> products,
        Integer exemptionMaxPeriods,
        SurveySettings survey,
        List<String> factsIgnoreColumns,
        int levelJump,
        String editUrl,
        String language) {

    public static final int DEFAULT_STALE_AFTER = 1;
    public static final String DEFAULT_CURRENCY = "EUR";
    public static final int DEFAULT_LEVEL_JUMP = 2;
    public static final String DEFAULT_LANGUAGE = "en";

    public Organisation {
        products = List.copyOf(products);
        survey = survey == null ? SurveySettings.DEFAULT : survey;
        factsIgnoreColumns = factsIgnoreColumns == null ? List.of() : List.copyOf(factsIgnoreColumns);
        language = language == null ? DEFAULT_LANGUAGE : language;
        if (levelJump < 1) {
            throw new IllegalArgumentException("level-jump is at least 1, not " + levelJump);
        }
    }

    /** An organisation that sets no limit on how long an exemption may run. */
    public Organisation(String name, Cadence cadence, Period currentPeriod, int staleAfter, String currency,
            boolean leaderboard, Double costPerHour, String productOwner, String changeAgent, List<Product> products) {
        this(name, cadence, currentPeriod, staleAfter, currency, leaderboard, costPerHour, productOwner, changeAgent,
                products, null, SurveySettings.DEFAULT, List.of(), DEFAULT_LEVEL_JUMP, null, DEFAULT_LANGUAGE);
    }
}
