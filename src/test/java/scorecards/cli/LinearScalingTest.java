package scorecards.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorecards.synthetic.SyntheticOrganisation;

/**
 * A build costs the same per team at 500 teams as at 2,000 (12 quarters each): no part of it
 * grows faster than the organisation. No time is asserted, only the ratio of the two per-team
 * costs, which a machine's speed does not change. The fixed cost (Java warming up, the site
 * engine baking the same hand-written content) is measured on a 10-team organisation and taken
 * off both, so that it does not flatter the larger size. The same holds with metrics of the
 * model's own in every assessment and facts files of five measured values per team and period.
 */
class LinearScalingTest {

    private static final int PERIODS = 12;
    private static final int BASE = 10;
    private static final int SMALL = 500;
    private static final int LARGE = 2000;
    /** Linear gives 1, a cost growing with the square of the teams gives 4; the room between is for noise. */
    private static final double MOST_RATIO = 2.0;
    private static final int ROUNDS = 3;

    @TempDir
    Path temp;

    private int builds;

    private Path organisation(int teams, boolean ownMetrics) throws IOException {
        Path folder = temp.resolve("org-" + teams);
        SyntheticOrganisation organisation = new SyntheticOrganisation(teams, PERIODS, 42);
        (ownMetrics ? organisation.withOwnMetrics() : organisation).writeInto(folder);
        return folder;
    }

    /** Seconds of one fresh build. */
    private double build(Path source) {
        Path output = temp.resolve("site-" + builds++);
        long start = System.nanoTime();
        CliRun result = CliRun.of("build", "--quiet", "--source", source.toString(), "--output", output.toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(0, result.exitCode(), result.err());
        return seconds;
    }

    @Test
    void a_build_costs_the_same_per_team_at_2000_teams_as_at_500() throws IOException {
        assertLinear(false);
    }

    @Test
    void with_own_metrics_and_facts_a_build_still_costs_the_same_per_team_at_2000_teams_as_at_500()
            throws IOException {
        assertLinear(true);
    }

    private void assertLinear(boolean ownMetrics) throws IOException {
        Path base = organisation(BASE, ownMetrics);
        Path small = organisation(SMALL, ownMetrics);
        Path large = organisation(LARGE, ownMetrics);
        // Rounds of all three sizes, so that Java's warming up helps each size alike; the first
        // round only warms up. The fastest of each size is the least disturbed by the machine.
        double fixed = Double.MAX_VALUE;
        double smallBuild = Double.MAX_VALUE;
        double largeBuild = Double.MAX_VALUE;
        for (int round = 0; round <= ROUNDS; round++) {
            double baseTime = build(base);
            double smallTime = build(small);
            double largeTime = build(large);
            if (round > 0) {
                fixed = Math.min(fixed, baseTime);
                smallBuild = Math.min(smallBuild, smallTime);
                largeBuild = Math.min(largeBuild, largeTime);
            }
        }
        double perTeamSmall = (smallBuild - fixed) / (SMALL - BASE);
        double perTeamLarge = (largeBuild - fixed) / (LARGE - BASE);
        double ratio = perTeamLarge / perTeamSmall;

        String figures = String.format(Locale.ROOT, "fixed %.2f s; per team %.2f ms at %d teams, %.2f ms at %d; ratio %.2f",
                fixed, perTeamSmall * 1000, SMALL, perTeamLarge * 1000, LARGE, ratio);
        System.out.println("LinearScalingTest" + (ownMetrics ? " (own metrics and facts)" : "") + ": " + figures);
        assertTrue(perTeamSmall > 0 && ratio < MOST_RATIO, figures);
    }
}
