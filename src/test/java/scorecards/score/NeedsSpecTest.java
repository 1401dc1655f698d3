package scorecards.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static scorecards.score.AssessmentBuilder.assessment;
import static scorecards.score.ScoringFixtures.dimension;
import static scorecards.score.ScoringFixtures.model;
import static scorecards.score.ScoringFixtures.organisation;
import static scorecards.score.ScoringFixtures.team;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scorecards.model.Assessment;
import scorecards.model.Cadence;
import scorecards.model.MaturityModel;

/** "Needs": counted across teams for the current period, same need up to white space and case. */
class NeedsSpecTest {

    private static final MaturityModel MODEL = model(dimension("satisfaction", 1));

    /** Needs of one period, team id → that team's needs. */
    private static List<Need> count(Object... teamAndNeeds) {
        Map<String, Assessment> byTeam = new LinkedHashMap<>();
        for (int i = 0; i < teamAndNeeds.length; i += 2) {
            byTeam.put((String) teamAndNeeds[i], assessment("2025-Q3").needs((String[]) teamAndNeeds[i + 1]).build());
        }
        return NeedsCounter.count(byTeam);
    }

    private static String[] needs(String... needs) {
        return needs;
    }

    private static List<Integer> counts(List<Need> needs) {
        return needs.stream().map(need -> need.teams().size()).toList();
    }

    @Test
    void needs_are_those_of_the_current_period_only() {
        // Current 2025-Q3. a's 2025-Q2 need and b's (assessed only in 2025-Q2) do not count.
        Report report = ScoringFixtures.score(organisation(Cadence.QUARTERLY, "2025-Q3", 1, null, "ci"), MODEL,
                team("a", assessment("2025-Q3").needs("Faster builds"),
                        assessment("2025-Q2").needs("Old need", "Faster builds")),
                team("b", assessment("2025-Q2").needs("Faster builds", "Old need")),
                team("c", assessment("2025-Q3").needs("Preview environments")));

        assertEquals(List.of(new Need("Faster builds", List.of("a")), new Need("Preview environments", List.of("c"))),
                report.needs());
    }

    @Test
    void needs_of_the_latest_assessed_period_count_when_no_current_period_is_set() {
        // No current-period: the latest assessed one, 2025-Q4, is current.
        Report report = ScoringFixtures.score(organisation(Cadence.QUARTERLY, null, 1, null, "ci"), MODEL,
                team("a", assessment("2025-Q3").needs("Old need")),
                team("b", assessment("2025-Q4").needs("New need")));

        assertEquals(List.of(new Need("New need", List.of("b"))), report.needs());
    }

    @Test
    void there_are_no_needs_when_nobody_is_assessed_in_the_current_period() {
        Report report = ScoringFixtures.score(organisation(Cadence.QUARTERLY, "2026-Q1", 1, null, "ci"), MODEL,
                team("a", assessment("2025-Q4").needs("Faster builds")));

        assertEquals(List.of(), report.needs());
    }

    @Test
    void a_need_keeps_the_wording_of_the_first_team_by_id_whatever_order_the_teams_come_in() {
        // b comes first but a is first by id; a gives the need twice (once), c's 2025-Q1 needs are past.
        Report report = ScoringFixtures.score(organisation(Cadence.QUARTERLY, "2025-Q2", 1, null, "ci"), MODEL,
                team("b", assessment("2025-Q2").needs("  Faster   BUILDS ")),
                team("a", assessment("2025-Q2").needs("Faster builds", "faster builds")),
                team("d", assessment("2025-Q2").needs("Alpha")),
                team("c", assessment("2025-Q2").needs("Preview envs"),
                        assessment("2025-Q1").needs("Old need", "Old need 2")));

        // Most teams first, then by text.
        assertEquals(List.of(new Need("Faster builds", List.of("a", "b")), new Need("Alpha", List.of("d")),
                new Need("Preview envs", List.of("c"))), report.needs());
    }

    @Test
    void needs_differing_only_by_surrounding_white_space_are_the_same() {
        List<Need> needs = count("a", needs("Faster builds"), "b", needs("  Faster builds\t"), "c", needs("\nFaster builds "));

        assertEquals(1, needs.size());
        assertEquals(List.of("a", "b", "c"), needs.get(0).teams());
    }

    @Test
    void needs_differing_only_by_runs_of_inner_white_space_are_the_same() {
        List<Need> needs = count("a", needs("Faster builds"), "b", needs("Faster   builds"), "c", needs("Faster\t \nbuilds"));

        assertEquals(1, needs.size());
        assertEquals(List.of("a", "b", "c"), needs.get(0).teams());
    }

    @Test
    void needs_differing_only_by_unicode_white_space_are_the_same() {
        // U+2003 (em space) and U+3000 (ideographic space) are white space, as String.strip() agrees.
        List<Need> needs = count("a", needs("Faster builds"), "b", needs("Faster\u2003builds"),
                "c", needs("Faster\u3000builds"));

        assertEquals(1, needs.size(), "needs: " + needs);
        assertEquals(List.of("a", "b", "c"), needs.get(0).teams());
    }

    @Test
    void needs_differing_only_by_case_are_the_same() {
        List<Need> needs = count("a", needs("Faster builds"), "b", needs("FASTER BUILDS"), "c", needs("faster Builds"));

        assertEquals(1, needs.size());
        assertEquals(List.of("a", "b", "c"), needs.get(0).teams());
    }

    @Test
    void needs_with_different_words_stay_apart() {
        List<Need> needs = count("a", needs("Faster builds"), "b", needs("Faster build"), "c", needs("Fasterbuilds"));

        assertEquals(3, needs.size());
        assertEquals(List.of(1, 1, 1), counts(needs));
    }

    @Test
    void a_team_listing_a_need_twice_counts_once() {
        List<Need> needs = count("a", needs("Faster builds", "faster  BUILDS"), "b", needs("Preview environments"));

        assertEquals(List.of(1, 1), counts(needs));
        assertEquals(List.of("a"), needs.stream().filter(n -> n.text().equalsIgnoreCase("Faster builds"))
                .findFirst().orElseThrow().teams());
    }

    @Test
    void the_need_of_most_teams_comes_first() {
        // Zebra: 3 teams; Middle: 2; Alpha: 1 (text order would put Alpha first).
        List<Need> needs = count(
                "a", needs("Alpha", "Zebra"),
                "b", needs("Zebra", "Middle"),
                "c", needs("Zebra", "Middle"));

        assertEquals(List.of("Zebra", "Middle", "Alpha"), needs.stream().map(Need::text).toList());
        assertEquals(List.of(3, 2, 1), counts(needs));
    }

    @Test
    void needs_of_as_many_teams_are_ordered_by_text() {
        // All three come from one team each, given in reverse order.
        List<Need> needs = count("a", needs("Zebra crossing"), "b", needs("Monorail"), "c", needs("Alpha release"));

        assertEquals(List.of("Alpha release", "Monorail", "Zebra crossing"), needs.stream().map(Need::text).toList());
    }

    @Test
    void ties_are_ordered_by_text_within_each_count() {
        // 2 teams: "Docs", "Builds"; 1 team: "Zoo", "Cache" → Builds, Docs, Cache, Zoo.
        List<Need> needs = count(
                "a", needs("Docs", "Zoo", "Builds"),
                "b", needs("Builds", "Docs", "Cache"));

        assertEquals(List.of("Builds", "Docs", "Cache", "Zoo"), needs.stream().map(Need::text).toList());
    }
}
