package scorecards.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scorecards.cli.CliRun;
import scorecards.load.SourceLoader;
import scorecards.model.Dimension;
import scorecards.model.MaturityModel;
import scorecards.model.Metric;
import scorecards.testing.Fixtures;

/** The synthetic organisation the benchmark measures: valid, realistic in shape, and reproducible. */
class SyntheticOrganisationTest {

    /** The example's model as the compatibility corpus froze it: it never changes. */
    static final Path FROZEN_MODEL = Fixtures.resource("compatibility/example/scorecards/model.yaml");

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
        String all = allTeams(source);

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
        int status = SyntheticOrganisation.run(new PrintStream(OutputStream.nullOutputStream()),
                new PrintStream(OutputStream.nullOutputStream()), "--output", temp.resolve("x").toString());

        assertEquals(2, status);
        assertFalse(Files.exists(temp.resolve("x")));
    }

    @Test
    void a_frozen_model_gives_the_very_files_it_gave_when_the_generator_still_copied_the_model() throws Exception {
        // The benchmark compares figures across versions: with the same model the output must not
        // change. The model is the compatibility corpus's frozen copy of the example's; the digest
        // is of 20 teams, 12 quarters, seed 42: every file's path and bytes, in path order. Its team
        // files, organisation and content are byte for byte those the generator wrote while it kept
        // a copy of the model; only the model (now the file given) and the campaigns' names and
        // file names (now taken from the model) differ.
        Path source = temp.resolve("quarterly");
        new SyntheticOrganisation(20, 12, 42).withModel(FROZEN_MODEL).writeInto(source);

        assertEquals(29, relativeFiles(source).size());
        assertEquals("c8644a1083f657ab68d82c1f04eaf76d8fc98d6ab49064f3b65361faf72d99a0", digest(source));
        assertArrayEquals(Files.readAllBytes(FROZEN_MODEL), bytes(source.resolve("scorecards/model.yaml")));
    }

    @Test
    void the_model_written_is_the_repositorys_own_word_for_word() throws IOException {
        Path source = generate("org", 42);

        assertArrayEquals(Files.readAllBytes(Path.of("scorecards/model.yaml")),
                bytes(source.resolve("scorecards/model.yaml")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"custom-model", "sparse-data", "own-metrics-and-facts"})
    void the_teams_give_every_metric_of_every_dimension_of_the_model_they_are_generated_from(String corpusCase)
            throws IOException {
        Path model = Fixtures.resource("compatibility/" + corpusCase + "/scorecards/model.yaml");
        Path source = temp.resolve(corpusCase);
        new SyntheticOrganisation(TEAMS, PERIODS, 42).withModel(model).writeInto(source);

        CliRun run = CliRun.of("validate", "--source", source.toString());

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertArrayEquals(Files.readAllBytes(model), bytes(source.resolve("scorecards/model.yaml")));
        MaturityModel read = new SourceLoader().loadModel(source).orElseThrow().model().orElseThrow();
        String teams = allTeams(source);
        for (Dimension dimension : read.dimensions()) {
            assertTrue(teams.contains("\n    " + dimension.id() + ":\n"), "a section " + dimension.id());
            for (Metric metric : read.metrics().of(dimension.id())) {
                String key = metric.isWritten() ? metric.id() : "uses";
                assertTrue(teams.contains("\n      " + key + ": ") || teams.contains("\n      " + key + ":\n"),
                        dimension.id() + " gives " + key);
            }
        }
        for (String absent : Metric.BUILT_IN_DIMENSIONS) {
            if (read.dimension(absent).isEmpty()) {
                assertFalse(teams.contains("\n    " + absent + ":\n"), "no section of " + absent + ", not in the model");
            }
        }
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
        int assessments = new SyntheticOrganisation(25, 36, 42, scorecards.model.Cadence.MONTHLY).writeInto(source)
                .assessments();

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
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SyntheticOrganisation.run(new PrintStream(OutputStream.nullOutputStream()),
                new PrintStream(err), "--teams", "3", "--cadence", "weekly", "--output", temp.resolve("x").toString());

        assertEquals(2, status);
        assertTrue(err.toString().contains("--cadence must be quarterly or monthly, found 'weekly'"), err.toString());
        assertFalse(Files.exists(temp.resolve("x")));
    }

    @Test
    void a_model_with_problems_exits_1_with_each_problem_located_in_it_and_writes_nothing() throws IOException {
        Path model = temp.resolve("model.yaml");
        Files.writeString(model, read(FROZEN_MODEL).replace("metric: self-service-share\n            min: 0.1",
                "metric: self-service-shar\n            min: 0.1"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = SyntheticOrganisation.run(new PrintStream(OutputStream.nullOutputStream()), new PrintStream(err),
                "--teams", "3", "--model", model.toString(), "--output", temp.resolve("x").toString());

        assertEquals(1, status);
        assertEquals(model + ":66:21: unknown metric 'self-service-shar' in dimension 'devops-buddy'; did you mean"
                + " 'self-service-share'?\nsynthetic organisation: the model has problems; nothing was written\n",
                err.toString().replace("\r\n", "\n"));
        assertFalse(Files.exists(temp.resolve("x")));
    }

    @Test
    void a_model_file_that_is_not_there_exits_2_and_says_how_to_give_one() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = SyntheticOrganisation.run(new PrintStream(OutputStream.nullOutputStream()), new PrintStream(err),
                "--teams", "3", "--model", temp.resolve("none.yaml").toString(), "--output", temp.resolve("x").toString());

        assertEquals(2, status);
        assertEquals("synthetic organisation: " + temp.resolve("none.yaml") + ": no model file here; run from the"
                + " repository's root (where scorecards/model.yaml is) or give --model FILE\n",
                err.toString().replace("\r\n", "\n"));
        assertFalse(Files.exists(temp.resolve("x")));
    }

    static String digest(Path source) throws Exception {
        java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
        for (Path file : relativeFiles(source)) {
            digest.update(file.toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(bytes(source.resolve(file)));
            digest.update((byte) 0);
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    static String allTeams(Path source) throws IOException {
        Path teams = source.resolve("scorecards/teams");
        return String.join("\n", relativeFiles(teams).stream().map(file -> read(teams.resolve(file))).toList());
    }

    static List<Path> relativeFiles(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        return new String(bytes(file), java.nio.charset.StandardCharsets.UTF_8);
    }
}
