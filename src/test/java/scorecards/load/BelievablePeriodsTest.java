package scorecards.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorecards.cli.CliRun;
import scorecards.model.Period;
import scorecards.score.Scorer;
import scorecards.testing.Fixtures;

/**
 * What periods the tool believes, on real repositories: one mistyped year does not become the
 * present, ten thousand assessments are refused with one problem, and the latest period assessed
 * stays the default current period whenever the data is believable.
 */
class BelievablePeriodsTest {

    @TempDir
    Path temp;

    /** The example repository with current-period left to the data, as the spec allows. */
    private Path exampleWithoutCurrentPeriod() throws IOException {
        Path source = Fixtures.exampleCopy(temp.resolve("example"));
        Path organisation = source.resolve("scorecards/organisation.yaml");
        Files.writeString(organisation, Files.readString(organisation).replace("current-period: 2026-Q3\n", ""));
        return source;
    }

    /** Inserts an assessment of one period before the first assessment of a team file. */
    private static void addAssessment(Path source, String team, String period) throws IOException {
        Path file = source.resolve("scorecards/teams/" + team + ".yaml");
        Files.writeString(file, Files.readString(file).replace("assessments:\n",
                "assessments:\n  - period: " + period + "\n    devops-buddy:\n      designated: true\n"));
    }

    private static List<String> problems(Path source) {
        CliRun run = CliRun.of("validate", "--source", source.toString());
        List<String> lines = run.out().lines().toList();
        return run.exitCode() == 0 ? List.of() : lines.subList(0, lines.size() - 1);
    }

    private static Period currentPeriod(Path source) throws Exception {
        SourceLoader.Result loaded = new SourceLoader().load(source);
        assertEquals(List.of(), loaded.problems());
        return Scorer.score(loaded.scorecards().orElseThrow()).currentPeriod();
    }

    @Test
    void the_example_repository_is_believed_without_its_current_period_which_is_then_its_latest_period()
            throws Exception {
        assertEquals(Period.parse("2026-Q3").orElseThrow(), currentPeriod(exampleWithoutCurrentPeriod()));
    }

    @Test
    void one_mistyped_year_in_one_team_file_is_a_problem_at_that_period_instead_of_the_present() throws Exception {
        Path source = exampleWithoutCurrentPeriod();
        addAssessment(source, "analytics", "2062-Q3");

        // 2062-Q3 is (2062 − 2026) × 4 = 144 quarters after 2026-Q3, the latest of every other file.
        assertEquals(List.of("scorecards/teams/analytics.yaml:" + (assessmentsLine(source) + 1) + ":13: period 2062-Q3 "
                + "is 144 periods after 2026-Q3, the next latest period assessed, more than the 8 that 'outlier-after' "
                + "allows; correct it, or set current-period: 2062-Q3 in organisation.yaml if it is meant"),
                problems(source));
    }

    private static int assessmentsLine(Path source) throws IOException {
        return Files.readAllLines(source.resolve("scorecards/teams/analytics.yaml")).indexOf("assessments:") + 1;
    }

    @Test
    void a_far_period_that_current_period_names_is_believed() throws Exception {
        Path source = exampleWithoutCurrentPeriod();
        addAssessment(source, "analytics", "2062-Q3");
        Path organisation = source.resolve("scorecards/organisation.yaml");
        Files.writeString(organisation, Files.readString(organisation) + "current-period: 2062-Q3\n");

        assertEquals(Period.parse("2062-Q3").orElseThrow(), currentPeriod(source));
    }

    @Test
    void a_team_two_years_ahead_of_every_other_is_believed_and_sets_the_current_period_one_more_is_not()
            throws Exception {
        Path source = exampleWithoutCurrentPeriod();
        addAssessment(source, "analytics", "2028-Q3");

        // 2028-Q3 is 8 quarters after 2026-Q3: two years, the default 'outlier-after' of a quarterly organisation.
        assertEquals(Period.parse("2028-Q3").orElseThrow(), currentPeriod(source));

        Path team = source.resolve("scorecards/teams/analytics.yaml");
        Files.writeString(team, Files.readString(team).replace("2028-Q3", "2028-Q4"));
        assertEquals(List.of("scorecards/teams/analytics.yaml:" + (assessmentsLine(source) + 1) + ":13: period 2028-Q4 "
                + "is 9 periods after 2026-Q3, the next latest period assessed, more than the 8 that 'outlier-after' "
                + "allows; correct it, or set current-period: 2028-Q4 in organisation.yaml if it is meant"),
                problems(source));
    }

    @Test
    void outlier_after_set_lower_takes_a_team_a_year_ahead_for_a_typo() throws Exception {
        Path source = exampleWithoutCurrentPeriod();
        addAssessment(source, "analytics", "2027-Q3");
        Path organisation = source.resolve("scorecards/organisation.yaml");
        Files.writeString(organisation, Files.readString(organisation) + "outlier-after: 3\n");

        assertEquals(List.of("scorecards/teams/analytics.yaml:" + (assessmentsLine(source) + 1) + ":13: period 2027-Q3 "
                + "is 4 periods after 2026-Q3, the next latest period assessed, more than the 3 that 'outlier-after' "
                + "allows; correct it, or set current-period: 2027-Q3 in organisation.yaml if it is meant"),
                problems(source));
    }

    @Test
    void a_single_team_resuming_after_a_pause_of_years_is_believed() throws Exception {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("resuming"));
        Path organisation = source.resolve("scorecards/organisation.yaml");
        Files.writeString(organisation, Files.readString(organisation).replace("current-period: 2025-Q2\n", ""));
        Files.delete(source.resolve("scorecards/teams/beta.yaml"));
        Files.writeString(source.resolve("scorecards/teams/alpha.yaml"), """
                name: Alpha
                assessments:
                  - period: 2021-Q1
                  - period: 2025-Q2
                """);

        // With one file there is no "every other team" for its latest period to run ahead of.
        assertEquals(List.of(), problems(source));
        assertEquals(Period.parse("2025-Q2").orElseThrow(), currentPeriod(source));
    }

    @Test
    void ten_thousand_assessments_from_the_year_1000_to_3499_are_one_problem() throws IOException {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("huge"));
        StringBuilder team = new StringBuilder("name: Huge\nassessments:\n");
        for (int year = 1000; year < 3500; year++) {
            for (int quarter = 1; quarter <= 4; quarter++) {
                team.append("  - {period: ").append(year).append("-Q").append(quarter).append("}\n");
            }
        }
        Files.writeString(source.resolve("scorecards/teams/huge.yaml"), team.toString());

        assertEquals(List.of("scorecards/teams/huge.yaml:2:1: 'assessments' lists 10000 assessments; a team file may "
                + "hold at most 240 (sixty years of quarters, twenty of months)"), problems(source));
    }

    @Test
    void a_single_team_assessing_once_a_year_in_a_monthly_organisation_is_believed() throws Exception {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("yearly"));
        Path organisation = source.resolve("scorecards/organisation.yaml");
        Files.writeString(organisation, Files.readString(organisation)
                .replace("cadence: quarterly\ncurrent-period: 2025-Q2\n", "cadence: monthly\n"));
        Files.delete(source.resolve("scorecards/teams/beta.yaml"));
        Files.writeString(source.resolve("scorecards/teams/alpha.yaml"), """
                name: Alpha
                assessments:
                  - period: 2024-03
                  - period: 2025-03
                """);

        // One file: believed, whatever the gap (and a year is well within two years of months anyway).
        assertEquals(Period.parse("2025-03").orElseThrow(), currentPeriod(source));
    }
}
