package scorecards.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorecards.model.Campaign;
import scorecards.model.CampaignGoal;
import scorecards.model.Comparison;
import scorecards.model.Metric;
import scorecards.model.MetricValue;
import scorecards.testing.Fixtures;

/** Campaign files as the loader reads them into the model, and what a broken neighbour does to them. */
class CampaignFilesTest {

    @TempDir
    Path temp;

    private SourceLoader.Result load(String... namesAndTexts) throws Exception {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source"));
        Files.createDirectories(source.resolve("scorecards/campaigns"));
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            Files.writeString(source.resolve(namesAndTexts[i]), namesAndTexts[i + 1]);
        }
        return new SourceLoader().load(source);
    }

    private static Campaign campaign(SourceLoader.Result result, String id) {
        return result.scorecards().orElseThrow(() -> new AssertionError(result.problems().toString()))
                .campaigns().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void each_goal_form_is_read_with_its_scope_and_target() throws Exception {
        SourceLoader.Result result = load(
                "scorecards/campaigns/overall.yaml", """
                        name: Overall
                        description: Why *this* goal.
                        owner: Someone
                        start: 2025-Q1
                        deadline: 2025-Q4
                        goal:
                          level: high
                        """,
                "scorecards/campaigns/by-dimension.yaml", """
                        name: By dimension
                        start: 2025-Q1
                        deadline: 2026-Q1
                        scope:
                          tribes: [One]
                          teams: [beta]
                        goal:
                          dimension: satisfaction
                          level: mid
                        target: 0.75
                        """,
                "scorecards/campaigns/by-checks.yaml", """
                        name: By checks
                        start: 2025-Q2
                        deadline: 2025-Q3
                        goal:
                          checks:
                            - { dimension: devops-buddy, metric: self-service-share, min: 0.5 }
                            - { dimension: quality, metric: incidents, max: 2 }
                        target: 0.50
                        """);

        assertEquals(List.of(), result.problems());
        Campaign overall = campaign(result, "overall");
        assertEquals(new CampaignGoal.OverallLevel("high"), overall.goal());
        assertTrue(overall.scope().isEveryTeam());
        assertEquals(BigDecimal.ONE, overall.target());
        assertEquals("Someone", overall.owner());
        assertEquals("2025-Q1", overall.start().toString());

        Campaign byDimension = campaign(result, "by-dimension");
        assertEquals(new CampaignGoal.DimensionLevel("satisfaction", "mid"), byDimension.goal());
        assertEquals(List.of("One"), byDimension.scope().tribes());
        assertEquals(List.of("beta"), byDimension.scope().teams());
        assertEquals(new BigDecimal("0.75"), byDimension.target());

        CampaignGoal.Checks checks = (CampaignGoal.Checks) campaign(result, "by-checks").goal();
        assertEquals(Metric.SELF_SERVICE_SHARE, checks.checks().get(0).metric());
        assertEquals(Comparison.MIN, checks.checks().get(0).comparison());
        assertEquals(MetricValue.of(0.5), checks.checks().get(0).threshold());
        // A goal check may use a dimension the model does not score: its values are still there.
        assertEquals(Metric.INCIDENTS, checks.checks().get(1).metric());
        assertEquals(0, new BigDecimal("0.5").compareTo(campaign(result, "by-checks").target()));
        assertNull(campaign(result, "by-checks").description());
    }

    @Test
    void a_broken_team_file_does_not_make_its_tribe_unknown_to_a_campaign() throws Exception {
        // alpha is the only team of tribe One; its file breaks, and only its own problem is reported.
        SourceLoader.Result result = load(
                "scorecards/teams/alpha.yaml", "name: Alpha\ntribe: One\nassessments: oops\n",
                "scorecards/campaigns/one.yaml", """
                        name: Tribe One
                        start: 2025-Q1
                        deadline: 2025-Q4
                        scope:
                          tribes: [One]
                          teams: [alpha]
                        goal:
                          level: mid
                        """);

        assertEquals(List.of("scorecards/teams/alpha.yaml"),
                result.problems().stream().map(Problem::file).distinct().toList(), result.problems().toString());
    }

    @Test
    void a_folder_without_campaigns_is_a_repository_of_format_1_0() throws Exception {
        SourceLoader.Result result = load();

        assertEquals(List.of(), result.scorecards().orElseThrow().campaigns());
    }
}
