package scorecards.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import scorecards.model.Assessment;
import scorecards.model.Metric;
import scorecards.model.Period;
import scorecards.model.SatisfactionSource;
import scorecards.model.Scorecards;
import scorecards.model.Team;
import scorecards.testing.Fixtures;

/**
 * Survey results as the format defines them, each figure computed by hand from the rows: responses
 * are rows, CSAT and complexity-reduced are means of the answers given, NPS is promoters (9–10)
 * minus detractors (0–6) over the answers given, all to 2 decimals; and what is withheld below
 * {@code survey: min-responses} (3 in the fixture).
 */
class SurveyResultsSpecTest {

    private static final String HEADER = "team,csat,recommend,complexity-reduced\n";

    @TempDir
    Path temp;

    private int sources;

    /** The survey fixture with one survey file, loaded without a problem. */
    private Scorecards load(String period, String csv) throws Exception {
        Path source = Fixtures.copy(Fixtures.resource("surveys"), temp.resolve("source-" + sources++));
        Files.createDirectories(source.resolve("scorecards/surveys"));
        Files.writeString(source.resolve("scorecards/surveys/" + period + ".csv"), csv, StandardCharsets.UTF_8);
        SourceLoader.Result result = new SourceLoader().load(source);
        assertEquals(List.of(), result.problems());
        return result.scorecards().orElseThrow();
    }

    private static Assessment assessment(Scorecards scorecards, String team, String period) {
        Team found = scorecards.teams().stream().filter(t -> t.id().equals(team)).findFirst().orElseThrow();
        return found.assessments().stream().filter(a -> a.period().toString().equals(period)).findFirst()
                .orElseThrow(() -> new AssertionError(team + " has no assessment for " + period));
    }

    static Stream<Arguments> figures() {
        return Stream.of(
                // rows of alpha (csat,recommend,complexity-reduced) → responses, csat, nps, complexity-reduced
                Arguments.of("three answers of each", "4,9,4|5,10,3|3,6,2", 3, 4.0, 33.33, 3.0),
                Arguments.of("a mean that needs rounding: 13/3", "4,9,4|4,9,4|5,9,5", 3, 4.33, 100.0, 4.33),
                Arguments.of("all promoters", "5,9,5|5,10,5|4,10,4|5,9,5", 4, 4.75, 100.0, 4.75),
                Arguments.of("all detractors, 0 and 6 included", "1,0,1|2,6,2|1,3,1", 3, 1.33, -100.0, 1.33),
                Arguments.of("only passives (7 and 8)", "3,7,3|3,8,3|4,7,4", 3, 3.33, 0.0, 3.33),
                Arguments.of("no recommend answers: NPS is no data", "4,,4|4,,3|5,,4", 3, 4.33, null, 3.67),
                Arguments.of("one promoter, one passive, one detractor: not the mean of 9, 7 and 3", "3,9,3|3,7,3|3,3,3",
                        3, 3.0, 0.0, 3.0),
                Arguments.of("two promoters, one detractor of six rows answering", "4,10,|4,9,|2,1,|4,,|4,,|5,,", 6, 3.83,
                        33.33, null),
                Arguments.of("one in six a detractor: -16.67 rounds away from zero", "3,6,3|3,7,3|3,7,3|3,8,3|3,8,3|3,8,3",
                        6, 3.0, -16.67, 3.0),
                Arguments.of("a blank sheet is a response with no answers", "4,9,4|,,|5,10,5|3,9,3", 4, 4.0, 100.0, 4.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void survey_figures_are_computed_from_the_rows_by_hand(String name, String rows, int responses, Double csat,
            Double nps, Double complexity) throws Exception {
        Assessment alpha = assessment(load("2025-Q2", HEADER + "alpha," + rows.replace("|", "\nalpha,") + "\n"),
                "alpha", "2025-Q2");

        assertEquals(responses, alpha.responses());
        assertEquals(csat, alpha.csat(), "csat");
        assertEquals(nps, alpha.nps(), "nps");
        assertEquals(complexity, alpha.complexityReduced(), "complexity-reduced");
        assertEquals(Set.of(), alpha.withheld());
        assertEquals(SatisfactionSource.SURVEY, alpha.satisfactionSource());
    }

    static Stream<Arguments> thresholds() {
        // K = 3: K-1 rows withheld, K and K+1 rows shown.
        return Stream.of(
                Arguments.of(2, true, null),
                Arguments.of(3, false, 4.0),
                Arguments.of(4, false, 4.25));
    }

    @ParameterizedTest(name = "{0} rows with min-responses 3: withheld {1}")
    @MethodSource("thresholds")
    void figures_are_withheld_below_min_responses_and_shown_from_it(int rows, boolean withheld, Double csat)
            throws Exception {
        String[] sheets = {"4,9,4", "5,10,5", "3,6,3", "5,9,5"};
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append("alpha,").append(sheets[i]).append('\n');
        }

        Assessment alpha = assessment(load("2025-Q2", csv.toString()), "alpha", "2025-Q2");

        assertEquals(rows, alpha.responses(), "responses are always given");
        assertEquals(csat, alpha.csat());
        assertEquals(withheld ? Set.of(Metric.CSAT, Metric.NPS, Metric.COMPLEXITY_REDUCED) : Set.of(), alpha.withheld());
        if (withheld) {
            assertNull(alpha.nps());
            assertNull(alpha.complexityReduced());
        }
    }

    @Test
    void a_question_fewer_than_min_responses_answered_is_withheld_on_its_own() throws Exception {
        // Four sheets; two answered recommend: an NPS of those two would be their answers.
        Assessment alpha = assessment(load("2025-Q2", HEADER + "alpha,4,9,4\nalpha,5,,5\nalpha,3,3,\nalpha,4,,\n"),
                "alpha", "2025-Q2");

        assertEquals(Set.of(Metric.NPS, Metric.COMPLEXITY_REDUCED), alpha.withheld());
        assertEquals(4.0, alpha.csat());
        assertNull(alpha.nps());
        assertNull(alpha.complexityReduced());
        assertEquals(List.of(Metric.NPS, Metric.COMPLEXITY_REDUCED), alpha.withheldInOrder());
    }

    @Test
    void min_responses_is_read_from_organisation_yaml() throws Exception {
        Path source = Fixtures.copy(Fixtures.resource("surveys"), temp.resolve("source"));
        Path organisation = source.resolve("scorecards/organisation.yaml");
        Files.writeString(organisation, Files.readString(organisation).replace("min-responses: 3", "min-responses: 5"));
        Files.createDirectories(source.resolve("scorecards/surveys"));
        Files.writeString(source.resolve("scorecards/surveys/2025-Q2.csv"),
                HEADER + "alpha,4,9,4\n".repeat(4) + "beta,4,9,4\n".repeat(5));

        Scorecards scorecards = new SourceLoader().load(source).scorecards().orElseThrow();

        assertEquals(5, scorecards.organisation().survey().minResponses());
        assertEquals(3, assessment(scorecards, "alpha", "2025-Q2").withheld().size(), "4 rows, fewer than 5");
        assertEquals(Set.of(), assessment(scorecards, "beta", "2025-Q2").withheld(), "5 rows");
    }

    @Test
    void a_team_with_rows_but_no_assessment_for_the_period_gets_one_with_only_these_figures() throws Exception {
        Scorecards scorecards = load("2025-Q2", HEADER + "alpha,4,9,4\nalpha,4,9,4\nalpha,4,9,4\n");
        Scorecards later = load("2025-Q3", HEADER + "gamma,2,5,2\ngamma,3,6,3\ngamma,4,10,4\n");

        Assessment gamma = assessment(later, "gamma", "2025-Q3");
        assertEquals(Assessment.surveyOnly(Period.parse("2025-Q3").orElseThrow(), 3, 3.0, -33.33, 3.0, Set.of()), gamma);
        assertEquals(SatisfactionSource.SURVEY, gamma.satisfactionSource());
        assertEquals(List.of("2025-Q2", "2025-Q3"), teamPeriods(later, "gamma"));
        assertEquals(List.of("2025-Q2"), teamPeriods(scorecards, "gamma"), "gamma is not in the first survey");
    }

    @Test
    void the_rest_of_the_assessment_stays_as_the_team_file_gives_it() throws Exception {
        Scorecards scorecards = load("2025-Q2", HEADER + "alpha,4,9,4\nalpha,4,9,4\nalpha,4,9,4\n");

        Assessment alpha = assessment(scorecards, "alpha", "2025-Q2");
        assertEquals(Boolean.TRUE, alpha.designated());
        assertEquals(1, alpha.uses().size());
        Assessment earlier = assessment(scorecards, "alpha", "2025-Q1");
        assertEquals(SatisfactionSource.TEAM_FILE, earlier.satisfactionSource());
        assertEquals(5, earlier.responses());
        assertNull(assessment(scorecards, "beta", "2025-Q1").satisfactionSource(), "no satisfaction anywhere");
    }

    @Test
    void quoting_a_byte_order_mark_and_crlf_line_ends_are_read_as_rfc_4180_says() throws Exception {
        String csv = "\uFEFF\"team\",\"csat\",recommend,complexity-reduced\r\n\"alpha\",\" 4 \",9,\"\"\r\n"
                + "alpha,5,\"10\",4\r\n\r\nalpha,3,6,2\r\n";

        Assessment alpha = assessment(load("2025-Q2", csv), "alpha", "2025-Q2");

        assertEquals(3, alpha.responses());
        assertEquals(4.0, alpha.csat());
        assertEquals(33.33, alpha.nps());
        assertEquals(Set.of(Metric.COMPLEXITY_REDUCED), alpha.withheld(), "two answered complexity-reduced");
    }

    @Test
    void ignored_columns_are_read_past_and_columns_may_come_in_any_order() throws Exception {
        Path source = Fixtures.copy(Fixtures.resource("surveys"), temp.resolve("source"));
        Path organisation = source.resolve("scorecards/organisation.yaml");
        Files.writeString(organisation, Files.readString(organisation)
                .replace("  min-responses: 3\n", "  min-responses: 3\n  ignore-columns: [submitted, comment]\n"));
        Files.createDirectories(source.resolve("scorecards/surveys"));
        Files.writeString(source.resolve("scorecards/surveys/2025-Q2.csv"), """
                submitted,recommend,team,comment,csat
                2025-05-02,9,alpha,"Fast, mostly",5
                2025-05-03,10,alpha,,4
                2025-05-03,2,alpha,"Said \"\"no\"\"",3
                """);

        SourceLoader.Result result = new SourceLoader().load(source);

        assertEquals(List.of(), result.problems());
        Assessment alpha = assessment(result.scorecards().orElseThrow(), "alpha", "2025-Q2");
        assertEquals(4.0, alpha.csat());
        assertEquals(33.33, alpha.nps());
        assertNull(alpha.complexityReduced(), "no such column: no data, not withheld");
        assertTrue(alpha.withheld().isEmpty());
    }

    private static List<String> teamPeriods(Scorecards scorecards, String team) {
        return scorecards.teams().stream().filter(t -> t.id().equals(team)).findFirst().orElseThrow().assessments()
                .stream().map(a -> a.period().toString()).toList();
    }
}
