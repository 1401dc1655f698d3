package scorecards.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorecards.cli.CliRun;
import scorecards.testing.Fixtures;

/**
 * Each door through which a withheld survey figure, or one person's answer, could get out, tried
 * with a small organisation built to open it. The fixture {@code surveys} has min-responses 3,
 * teams Alpha and Beta in tribe One and Gamma in tribe Two. In every organisation, Beta has two
 * answer sheets in 2025-Q2 (withheld); building it twice, with Beta's answers at the top of every
 * scale and then at the bottom, must write the same bytes in every file of the site, export
 * included: then no figure anywhere depends on them. Beside that, the figures that a leak would
 * move are checked against hand-computed values.
 */
class SurveyAnonymityTest {

    private static final String HEADER = "team,csat,recommend,complexity-reduced\n";
    private static final String BETA_HIGH = "beta,5,10,5\nbeta,5,9,5\n";
    private static final String BETA_LOW = "beta,1,0,1\nbeta,2,3,1\n";
    private static final String ALPHA = "alpha,4,9,4\nalpha,5,10,5\nalpha,3,6,3\n";

    @TempDir
    Path temp;

    private int sources;

    /** The fixture with these files laid over it (path under scorecards/ → text), built. */
    private BuiltSite site(Map<String, String> files) {
        Path source = Fixtures.copy(Fixtures.resource("surveys"), temp.resolve("source-" + sources));
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = source.resolve("scorecards").resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return BuiltSite.build(source, temp.resolve("site-" + sources++));
    }

    private static Map<String, String> files(String... pathsAndTexts) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return files;
    }

    /** Builds the organisation with Beta's high answers and with its low ones; asserts one site; returns the first. */
    private BuiltSite sameWhateverBetaAnswered(Map<String, String> files) {
        BuiltSite high = site(replaceBeta(files, BETA_HIGH));
        BuiltSite low = site(replaceBeta(files, BETA_LOW));
        List<Path> paths = paths(high.root());
        assertEquals(paths, paths(low.root()));
        for (Path path : paths) {
            assertArrayEquals(read(high.root().resolve(path)), read(low.root().resolve(path)),
                    path + " depends on the withheld answers");
        }
        return high;
    }

    private static Map<String, String> replaceBeta(Map<String, String> files, String beta) {
        Map<String, String> replaced = new LinkedHashMap<>();
        files.forEach((path, text) -> replaced.put(path, text.replace("{BETA}", beta)));
        return replaced;
    }

    @Test
    void door_team_page_export_and_csv_show_a_withheld_figure_as_withheld() {
        BuiltSite site = sameWhateverBetaAnswered(files("surveys/2025-Q2.csv", HEADER + ALPHA + "{BETA}"));

        Document beta = site.page("teams/beta.html");
        assertEquals("2", beta.selectFirst("dd[data-metric=responses]").text(), "responses are always shown");
        for (String metric : List.of("csat", "nps", "complexity-reduced")) {
            assertEquals("withheld", beta.selectFirst("dd[data-metric=" + metric + "]").text(), metric);
        }
        assertTrue(beta.selectFirst(".withheld-note").text().contains("only 2 answered the survey, fewer than the 3 "
                + "needed"), beta.selectFirst(".withheld-note").text());
        assertEquals("survey", beta.selectFirst(".satisfaction-source").attr("data-source"));
        JsonNode assessment = assessment(site.export(), "beta", "2025-Q2");
        assertEquals("[\"csat\",\"nps\",\"complexity-reduced\"]", assessment.get("withheld").toString());
        assertTrue(assessment.get("metrics").get("csat").isNull());
        assertEquals(2, assessment.get("metrics").get("responses").intValue());
        assertEquals("survey", assessment.get("satisfaction-source").asText());
        String row = csvRow(site, "beta", "2025-Q2");
        assertTrue(row.endsWith(",2,,,,0,0,survey,csat nps complexity-reduced"), row);
    }

    @Test
    void door_organisation_figures_are_means_of_the_figures_shown_only() {
        // Alpha alone is shown: CSAT (4+5+3)/3 = 4, NPS (2−1)/3 = 33.33. With Beta's high answers in the
        // mean, CSAT would be (3×4 + 2×5)/5 = 4.4, and subtracting Alpha would give Beta's.
        BuiltSite site = sameWhateverBetaAnswered(files("surveys/2025-Q2.csv", HEADER + ALPHA + "{BETA}"));

        JsonNode rollup = site.currentRollup();
        assertEquals(4.0, rollup.get("csat").doubleValue());
        assertEquals(33.33, rollup.get("nps").doubleValue());
        assertEquals(4.0, rollup.get("complexity-reduced").doubleValue());
        assertEquals(5, rollup.get("responses").intValue());
        assertEquals("{\"survey\":2,\"team-file\":0,\"withheld\":1}", rollup.get("satisfaction-sources").toString());
        List<String> cards = site.page("index.html").select(".card").eachText();
        assertTrue(cards.get(1).contains("from 5 survey responses: 2 teams by survey; figures of 1 team withheld"),
                cards.get(1));
    }

    @Test
    void door_a_tribe_and_the_organisation_differ_by_shown_figures_only() {
        // Tribe One is Alpha (shown) and Beta (withheld); Gamma (tribe Two) answered 2, 2, 2.
        // Organisation: (3×4 + 3×2)/6 = 3; tribe One: Alpha's 4; tribe Two: Gamma's 2. The organisation minus
        // tribe Two is tribe One, which is Alpha: nothing of Beta.
        BuiltSite site = sameWhateverBetaAnswered(files("surveys/2025-Q2.csv",
                HEADER + ALPHA + "{BETA}" + "gamma,2,5,2\ngamma,2,7,2\ngamma,2,9,2\n"));

        assertEquals(3.0, site.currentRollup().get("csat").doubleValue());
        assertEquals(4.0, tribeRollup(site.export(), "One", "2025-Q2").get("csat").doubleValue());
        assertEquals(33.33, tribeRollup(site.export(), "One", "2025-Q2").get("nps").doubleValue());
        assertEquals(2.0, tribeRollup(site.export(), "Two", "2025-Q2").get("csat").doubleValue());
        assertEquals(5, tribeRollup(site.export(), "One", "2025-Q2").get("responses").intValue());
    }

    @Test
    void door_the_change_against_the_previous_period_compares_shown_figures_only() {
        // 2025-Q1: Alpha's team file (5 responses, CSAT 3) and Beta's survey (3, 3, 3): (5×3 + 3×3)/8 = 3.
        // 2025-Q2: Alpha's 4 only, so the change is +1, whatever Beta answered in 2025-Q2.
        BuiltSite site = sameWhateverBetaAnswered(files(
                "surveys/2025-Q1.csv", HEADER + "beta,3,8,3\nbeta,3,8,3\nbeta,3,8,3\n",
                "surveys/2025-Q2.csv", HEADER + ALPHA + "{BETA}"));

        JsonNode rollups = site.export().get("rollups");
        assertEquals(3.0, rollups.get(0).get("csat").doubleValue());
        assertEquals(4.0, rollups.get(1).get("csat").doubleValue());
        String card = site.page("index.html").select(".card").get(1).text();
        assertTrue(card.startsWith("CSAT (1–5) 4 +1 "), card);
        Document beta = site.page("teams/beta.html");
        assertEquals(List.of("from the survey, 2 answered (figures withheld)", "from the survey, 3 answered"), // newest first
                beta.select("#history-table ~ tbody td.satisfaction, td.satisfaction").eachText());
    }

    @Test
    void door_a_question_that_fewer_than_min_responses_answered_is_withheld_even_in_a_large_enough_team() {
        // Alpha has three sheets, only one answers recommend: an NPS would be that person's answer (100 or −100).
        for (String answer : List.of("10", "0")) {
            BuiltSite site = site(files("surveys/2025-Q2.csv",
                    HEADER + "alpha,4,,4\nalpha,5," + answer + ",5\nalpha,3,,3\n"));

            JsonNode alpha = assessment(site.export(), "alpha", "2025-Q2");
            assertEquals("[\"nps\"]", alpha.get("withheld").toString(), answer);
            assertTrue(alpha.get("metrics").get("nps").isNull());
            assertEquals(4.0, alpha.get("metrics").get("csat").doubleValue());
            assertTrue(site.currentRollup().get("nps").isNull(), "the organisation's NPS would be that answer");
            assertEquals("withheld", site.page("teams/alpha.html").selectFirst("dd[data-metric=nps]").text());
        }
    }

    @Test
    void door_product_pages_hold_ratings_from_team_files_and_no_survey_figure() {
        BuiltSite site = sameWhateverBetaAnswered(files("surveys/2025-Q2.csv", HEADER + ALPHA + "{BETA}"));

        Document product = site.page("products/ci.html");
        // Ratings are what team files give: Alpha 4, Beta 2, so (4 + 2)/2 = 3.
        assertTrue(product.text().contains("Beta"), "Beta rates the product in its team file");
        assertEquals(3.0, site.currentRollup().get("products").get("ci").get("rating").doubleValue());
        assertFalse(product.text().contains("CSAT") || product.text().contains("NPS"), product.text());
    }

    @Test
    void door_a_campaign_check_on_a_withheld_figure_sees_no_data() {
        // Beta's high answers (5 and 5) would meet "CSAT at least 4"; withheld, Beta meets it with neither.
        String campaign = """
                name: Happy developers
                start: 2025-Q1
                deadline: 2025-Q4
                goal:
                  checks:
                    - { dimension: satisfaction, metric: csat, min: 4 }
                """;
        BuiltSite site = sameWhateverBetaAnswered(files("surveys/2025-Q2.csv", HEADER + ALPHA + "{BETA}",
                "campaigns/happy.yaml", campaign));

        JsonNode happy = site.export().get("campaigns").get(0);
        assertEquals("[\"beta\",\"gamma\"]", happy.get("not-meeting").toString());
        assertTrue(site.page("campaigns/happy.html").text().contains("wanted at least 4, found withheld"),
                site.page("campaigns/happy.html").text());
    }

    @Test
    void door_levels_and_scores_leave_withheld_checks_out_like_exempt_ones() {
        BuiltSite site = sameWhateverBetaAnswered(files("surveys/2025-Q2.csv", HEADER + ALPHA + "{BETA}"));

        // Beta's satisfaction checks are all on withheld figures: left out, so the dimension has nothing
        // left to fail (100) and it stands at the top; never a next step.
        JsonNode beta = assessment(site.export(), "beta", "2025-Q2");
        assertEquals("high", beta.get("dimensions").get("satisfaction").get("level").asText());
        assertEquals(100.0, beta.get("dimensions").get("satisfaction").get("progress").doubleValue());
        Document page = site.page("teams/beta.html");
        assertEquals(4, page.select("tr[data-metric] .withheld-mark").size(), "csat twice, nps, complexity-reduced");
        assertTrue(page.select(".steps li").eachText().stream().noneMatch(step -> step.contains("CSAT")));
    }

    @Test
    void door_diff_shows_a_withheld_figure_as_withheld_and_flags_a_survey_brought_in_twice() throws IOException {
        Path base = Fixtures.copy(Fixtures.resource("surveys"), temp.resolve("base"));
        Path head = Fixtures.copy(Fixtures.resource("surveys"), temp.resolve("head"));
        Files.createDirectories(base.resolve("scorecards/surveys"));
        Files.createDirectories(head.resolve("scorecards/surveys"));
        Files.writeString(base.resolve("scorecards/surveys/2025-Q2.csv"), HEADER + ALPHA);
        Files.writeString(head.resolve("scorecards/surveys/2025-Q2.csv"), HEADER + ALPHA + "alpha,5,10,5\n" + BETA_HIGH);

        CliRun run = CliRun.of("diff", "--base", base.toString(), "--source", head.toString());

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        // Alpha now (4+5+3+5)/4 = 4.25, NPS (3−1)/4 = 50, complexity 4.25; its old figures are not repeated.
        assertTrue(lines.contains("| Alpha | the survey | 3 → 4 | 4.25 | 50 | 4.25 |"), run.out());
        assertTrue(lines.contains("| Beta | the survey | no data → 2 | withheld | withheld | withheld |"), run.out());
        assertTrue(run.out().contains("⚠ Alpha: the survey of 2025-Q2 had already given figures"), run.out());
        assertFalse(run.out().contains("⚠ Beta"), run.out());

        // Beta's answers alone changing is no change at all: nothing of them is in either report.
        Path low = Fixtures.copy(head, temp.resolve("low"));
        Files.writeString(low.resolve("scorecards/surveys/2025-Q2.csv"), HEADER + ALPHA + "alpha,5,10,5\n" + BETA_LOW);
        CliRun same = CliRun.of("diff", "--base", head.toString(), "--source", low.toString());
        assertTrue(same.out().contains("No change to any team's level or score"), same.out());
    }

    private static JsonNode assessment(JsonNode export, String team, String period) {
        for (JsonNode node : export.get("teams")) {
            if (node.get("id").asText().equals(team)) {
                for (JsonNode assessment : node.get("assessments")) {
                    if (assessment.get("period").asText().equals(period)) {
                        return assessment;
                    }
                }
            }
        }
        throw new AssertionError("no assessment of " + team + " for " + period);
    }

    private static JsonNode tribeRollup(JsonNode export, String tribe, String period) {
        for (JsonNode node : export.get("tribes")) {
            if (node.get("name").asText().equals(tribe)) {
                for (JsonNode rollup : node.get("rollups")) {
                    if (rollup.get("period").asText().equals(period)) {
                        return rollup;
                    }
                }
            }
        }
        throw new AssertionError("no roll-up of " + tribe + " for " + period);
    }

    private static String csvRow(BuiltSite site, String team, String period) {
        try {
            return Files.readAllLines(site.root().resolve("data/teams.csv")).stream()
                    .filter(line -> line.startsWith(team + ",") && line.contains("," + period + ",")).findFirst()
                    .orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> paths(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
