package scorecards.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorecards.testing.Fixtures;

/** {@code import-survey}: a survey tool's export, with its own column names, into a survey file. */
class ImportSurveyCommandTest {

    /** What a form tool exports: a time stamp, the team by name, three questions in its words, free text. */
    private static final String EXPORT = """
            Timestamp,Your team,"How satisfied are you with the platform? (1 = not at all, 5 = very)",How likely are you to recommend it?,It reduces my complexity,Anything else?
            2025-06-02 09:14,Beta,4,9,4,"Builds are slow, though"
            2025-06-02 09:20,alpha,5,10,,
            2025-06-03 17:02,Alpha,3,6,2,"Said \"\"meh\"\""
            2025-06-03 17:05,beta,2,,3,
            2025-06-04 08:00,Gamma,4,8,4,
            """;

    private static final String[] MAPPINGS = {
        "--team-column", "Your team",
        "--map", "How satisfied are you with the platform? (1 = not at all, 5 = very)=csat",
        "--map", "How likely are you to recommend it?=recommend",
        "--map", "It reduces my complexity=complexity-reduced"};

    @TempDir
    Path temp;

    private Path source() {
        return Fixtures.copy(Fixtures.resource("surveys"), temp.resolve("source"));
    }

    private Path export(String text) throws IOException {
        return Files.writeString(temp.resolve("export.csv"), text);
    }

    private static CliRun importSurvey(Path source, Path export, String period, String... options) {
        String[] args = new String[6 + options.length];
        args[0] = "import-survey";
        args[1] = export.toString();
        args[2] = "--period";
        args[3] = period;
        args[4] = "--source";
        args[5] = source.toString();
        System.arraycopy(options, 0, args, 6, options.length);
        return CliRun.of(args);
    }

    @Test
    void an_export_becomes_a_survey_file_of_the_team_and_the_mapped_questions_sorted_by_team_and_answers()
            throws IOException {
        Path source = source();

        CliRun run = importSurvey(source, export(EXPORT), "2025-Q2", MAPPINGS);

        assertEquals(0, run.exitCode(), run.out() + run.err());
        Path written = source.resolve("scorecards/surveys/2025-Q2.csv");
        assertEquals("""
                team,csat,recommend,complexity-reduced
                alpha,3,6,2
                alpha,5,10,
                beta,2,,3
                beta,4,9,4
                gamma,4,8,4
                """, Files.readString(written));
        assertEquals("wrote " + written + " for 2025-Q2: 5 answer sheets of 3 teams; left out the columns 'Timestamp', "
                + "'Anything else?'; too few answers to show, so withheld: alpha, beta, gamma; review it, then commit "
                + "it\n", run.out());
        assertEquals(0, CliRun.of("validate", "--source", source.toString()).exitCode(), "the file it wrote is valid");
    }

    @Test
    void only_the_questions_mapped_become_columns() throws IOException {
        Path source = source();

        CliRun run = importSurvey(source, export(EXPORT), "2025-Q2", "--team-column", "Your team",
                "--map", "How likely are you to recommend it?=recommend");

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals("team,recommend\nalpha,6\nalpha,10\nbeta,\nbeta,9\ngamma,8\n",
                Files.readString(source.resolve("scorecards/surveys/2025-Q2.csv")));
    }

    @Test
    void it_never_writes_over_a_survey_file() throws IOException {
        Path source = source();
        Path existing = Files.createDirectories(source.resolve("scorecards/surveys")).resolve("2025-Q2.csv");
        Files.writeString(existing, "team,csat\nalpha,4\nalpha,4\nalpha,4\n");

        CliRun run = importSurvey(source, export(EXPORT), "2025-Q2", MAPPINGS);

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(existing + " exists already"), run.err());
        assertEquals("team,csat\nalpha,4\nalpha,4\nalpha,4\n", Files.readString(existing));
    }

    @Test
    void every_problem_of_the_export_is_reported_where_it_is_and_nothing_is_written() throws IOException {
        Path source = source();
        Path export = export("""
                Your team,Happy?,Recommend?
                Alpha,4,9
                Alhpa,5,10
                beta,6,11
                ,3,7
                gamma,4.0,8,extra
                """);

        CliRun run = importSurvey(source, export, "2025-Q2", "--team-column", "Your team", "--map", "Happy?=csat",
                "--map", "Recommend?=recommend");

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(export + ":3:1: unknown team 'Alhpa'; give a team's id or its name as in its team file; did you "
                + "mean 'alpha'?\n"
                + export + ":4:6: 'Happy?' holds 'csat', which must be a whole number from 1 to 5 or empty for no "
                + "answer; found '6'\n"
                + export + ":4:8: 'Recommend?' holds 'recommend', which must be a whole number from 0 to 10 or empty "
                + "for no answer; found '11'\n"
                + export + ":5:1: the team cell is empty; every answer sheet must say which team answered\n"
                + export + ":6:13: this row has 4 cells, the header has 3\n"
                + "5 problems; nothing written\n", run.out());
        assertFalse(Files.exists(source.resolve("scorecards/surveys/2025-Q2.csv")));
    }

    @Test
    void a_team_whose_file_gives_satisfaction_for_the_period_is_reported_once() throws IOException {
        Path source = source();

        CliRun run = importSurvey(source, export(EXPORT), "2025-Q1", MAPPINGS);

        assertEquals(1, run.exitCode());
        assertTrue(run.out().startsWith(temp.resolve("export.csv") + ":3:18: team 'alpha' gives satisfaction for "
                + "2025-Q1 in scorecards/teams/alpha.yaml; remove that section first"), run.out());
        assertEquals(2, run.out().lines().count(), run.out());
    }

    @Test
    void a_column_that_is_not_in_the_export_is_named_with_the_closest_one() throws IOException {
        CliRun run = importSurvey(source(), export(EXPORT), "2025-Q2", "--team-column", "Your tean");

        assertEquals(1, run.exitCode());
        assertTrue(run.out().startsWith(temp.resolve("export.csv") + ":1:1: no column 'Your tean' for the team; did "
                + "you mean 'Your team'?"), run.out());
    }

    @Test
    void a_wrong_mapping_or_period_is_a_usage_error() throws IOException {
        Path export = export(EXPORT);

        CliRun field = importSurvey(source(), export, "2025-Q2", "--map", "Happy?=cast");
        CliRun period = importSurvey(source(), export, "2025-09");
        CliRun noPeriod = CliRun.of("import-survey", export.toString());

        assertEquals(2, field.exitCode());
        assertTrue(field.err().contains("unknown field 'cast' in --map; did you mean 'csat'?"), field.err());
        assertEquals(2, period.exitCode());
        assertTrue(period.err().contains("period '2025-09' does not fit the quarterly cadence"), period.err());
        assertEquals(2, noPeriod.exitCode());
        assertTrue(noPeriod.err().contains("period"), noPeriod.err());
    }

    @Test
    void the_command_is_listed_in_the_help() {
        CliRun run = CliRun.of("--help");

        assertTrue(run.out().contains("import-survey  turn a survey tool's CSV export into scorecards/surveys/P.csv"),
                run.out());
    }
}
