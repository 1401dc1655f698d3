package scorecards.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorecards.cli.CliRun;

/** The synthetic organisation the benchmark measures: valid, realistic in shape, and reproducible. */
class SyntheticOrganisationTest {

    private static final int TEAMS = 50;
    private static final int PERIODS = 6;

    @TempDir
    Path temp;

    private Path generate(String name, long seed) throws IOException {
        Path folder = temp.resolve(name);
        new SyntheticOrganisation(TEAMS, PERIODS, seed).writeInto(folder);
        return folder;
    }

    @Test
    void fifty_teams_over_six_periods_are_valid() throws IOException {
        Path source = generate("org", 42);

        CliRun run = CliRun.of("validate", "--source", source.toString());

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains(TEAMS + " teams"), run.out());
    }

    @Test
    void every_team_has_a_file_named_by_its_number() throws IOException {
        Path source = generate("org", 42);

        List<String> names = relativeFiles(source.resolve("scorecards/teams")).stream()
                .map(Path::toString).toList();

        assertEquals(TEAMS, names.size());
        assertEquals("team-00001.yaml", names.get(0));
        assertEquals("team-00050.yaml", names.get(TEAMS - 1));
    }

    @Test
    void the_organisation_is_realistic_in_shape() throws IOException {
        Path source = generate("org", 42);
        String all = String.join("\n", relativeFiles(source.resolve("scorecards/teams")).stream()
                .map(file -> read(source.resolve("scorecards/teams").resolve(file))).toList());

        assertTrue(all.contains("mandated: true"), "some use is mandated");
        assertTrue(all.contains("mandated: false"), "some use is voluntary, said so");
        assertTrue(all.contains("rating: "), "some products are rated");
        assertTrue(all.contains("needs:"), "teams raise needs");
        assertTrue(all.contains("notes: |"), "some assessments have notes");
        assertTrue(all.contains("\"") || all.contains("  "), "needs vary in spacing");
        assertFalse(all.contains("\t"), "no tabs in YAML");
    }

    @Test
    void between_five_and_ten_percent_of_the_teams_have_exemptions_and_all_of_them_are_valid() throws IOException {
        Path source = temp.resolve("exempt");
        new SyntheticOrganisation(400, 12, 42).writeInto(source);
        long exempt = relativeFiles(source.resolve("scorecards/teams")).stream()
                .filter(file -> read(source.resolve("scorecards/teams").resolve(file)).contains("\nexemptions:\n"))
                .count();

        CliRun run = CliRun.of("validate", "--source", source.toString());

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(exempt >= 20 && exempt <= 40, exempt + " of 400 teams have exemptions");
        assertTrue(read(source.resolve("scorecards/organisation.yaml")).contains("exemption-max-periods: "));
    }

    @Test
    void the_same_seed_gives_byte_identical_files() throws IOException {
        Path first = generate("first", 7);
        Path second = generate("second", 7);

        List<Path> files = relativeFiles(first);
        assertEquals(files, relativeFiles(second));
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)),
                    file + " differs between two generations with the same seed");
        }
    }

    @Test
    void a_different_seed_gives_different_teams() throws IOException {
        Path first = generate("first", 7);
        Path second = generate("second", 8);

        List<Path> files = relativeFiles(first);
        assertEquals(files, relativeFiles(second), "the same files, with other contents");
        long differing = files.stream().filter(file -> !Arrays.equals(bytes(first.resolve(file)),
                bytes(second.resolve(file)))).count();
        assertTrue(differing > TEAMS / 2, differing + " of " + files.size() + " files differ");
    }

    @Test
    void a_folder_that_is_not_empty_is_refused_and_left_alone() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("taken"));
        Files.writeString(folder.resolve("keep.txt"), "mine");

        assertThrows(SyntheticOrganisation.RefusedException.class,
                () -> new SyntheticOrganisation(TEAMS, PERIODS, 1).writeInto(folder));

        assertEquals(List.of(Path.of("keep.txt")), relativeFiles(folder));
    }

    @Test
    void the_command_line_refuses_a_missing_team_count() {
        int status = SyntheticOrganisation.run(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), "--output", temp.resolve("x").toString());

        assertEquals(2, status);
        assertFalse(Files.exists(temp.resolve("x")));
    }

    @Test
    void the_default_cadence_writes_the_very_files_written_before_months_could_be_chosen() throws Exception {
        // The benchmark and the tests compare figures across versions: quarterly output must not
        // change. The digest is of 20 teams, 12 quarters, seed 42, as the generator wrote them
        // before it had a cadence: every file's path and bytes, in path order.
        Path source = temp.resolve("quarterly");
        new SyntheticOrganisation(20, 12, 42).writeInto(source);
        java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
        List<Path> files = relativeFiles(source);
        for (Path file : files) {
            digest.update(file.toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(bytes(source.resolve(file)));
            digest.update((byte) 0);
        }

        assertEquals(29, files.size());
        assertEquals("9ed3030d77472397ae23e73393d652dc9cd46ae86ffe476acac0a9cc6aacf1a7",
                java.util.HexFormat.of().formatHex(digest.digest()));
    }

    @Test
    void the_longest_histories_eighty_quarters_and_two_hundred_and_forty_months_are_valid() throws IOException {
        for (scorecards.model.Cadence cadence : scorecards.model.Cadence.values()) {
            Path source = temp.resolve("longest-" + cadence.id());
            int periods = cadence == scorecards.model.Cadence.MONTHLY ? SyntheticOrganisation.MAX_MONTHS
                    : SyntheticOrganisation.MAX_PERIODS;
            new SyntheticOrganisation(10, periods, 42, cadence).writeInto(source);

            CliRun run = CliRun.of("validate", "--source", source.toString());

            assertEquals(0, run.exitCode(), cadence.id() + ": " + run.out() + run.err());
        }
    }

    @Test
    void a_monthly_organisation_of_three_years_is_valid_and_ends_in_the_last_month_of_the_quarter() throws IOException {
        Path source = temp.resolve("monthly");
        int assessments = new SyntheticOrganisation(25, 36, 42, scorecards.model.Cadence.MONTHLY).writeInto(source);

        CliRun run = CliRun.of("validate", "--source", source.toString());

        assertEquals(0, run.exitCode(), run.out() + run.err());
        String organisation = read(source.resolve("scorecards/organisation.yaml"));
        assertTrue(organisation.contains("cadence: monthly\ncurrent-period: 2026-09\n"), organisation);
        String team = read(source.resolve("scorecards/teams/team-00001.yaml"));
        assertTrue(team.contains("  - period: 2026-09\n") || team.contains("  - period: 2026-08\n"), team);
        assertFalse(team.contains("-Q"), "no quarter in a monthly file");
        assertTrue(assessments > 25 * 24, assessments + " assessments: most teams assess most months");
    }

    @Test
    void the_command_line_refuses_a_cadence_it_does_not_know() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int status = SyntheticOrganisation.run(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
                new java.io.PrintStream(err), "--teams", "3", "--cadence", "weekly", "--output", temp.resolve("x").toString());

        assertEquals(2, status);
        assertTrue(err.toString().contains("--cadence must be quarterly or monthly, found 'weekly'"), err.toString());
        assertFalse(Files.exists(temp.resolve("x")));
    }

    private static List<Path> relativeFiles(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        return new String(bytes(file), java.nio.charset.StandardCharsets.UTF_8);
    }
}
