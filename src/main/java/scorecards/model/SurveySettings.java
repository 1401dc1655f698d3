package scorecards.model;

import java.util.List;

/**
 * The {@code survey:} settings of organisation.yaml. {@code minResponses} is K: a team with fewer
 * answer sheets than K in a period has its survey figures withheld, and so has a question fewer
 * than K of its people answered. {@code ignoreColumns} are the survey files' extra columns (time
 * stamps, free text) that are read past rather than rejected.
 */
public record SurveySettings(int minResponses, List<String> ignoreColumns) {

    public static final int DEFAULT_MIN_RESPONSES = 3;
    public static final SurveySettings DEFAULT = new SurveySettings(DEFAULT_MIN_RESPONSES, List.of());

    public SurveySettings {
        if (minResponses < 1) {
            throw new IllegalArgumentException("min-responses is at least 1, not " + minResponses);
        }
        ignoreColumns = List.copyOf(ignoreColumns);
    }
}
