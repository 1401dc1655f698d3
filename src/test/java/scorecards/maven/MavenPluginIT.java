package scorecards.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scorecards.render.OutputDirectory;
import scorecards.testing.Fixtures;

/**
 * The plugin as a user meets it: a site repository written by {@code init} of the real jar,
 * built by a real Maven. The first build takes the plugin from the release the build deployed
 * into a file repository, and its dependencies from the outer build's Maven cache standing in
 * for Maven Central, into a local repository of the tests' own; every other build is offline.
 */
class MavenPluginIT {

    private static final Path MAVEN = Path.of(System.getProperty("scorecards.it.mavenHome"), "bin", "mvn");
    private static final Path LOCAL = Path.of(System.getProperty("scorecards.it.local"));
    private static final Path CENTRAL = Path.of(System.getProperty("scorecards.it.central"));
    private static final Path RELEASE_REPOSITORY = Path.of(System.getProperty("scorecards.it.releaseRepo"));
    private static final Path JAR = Path.of(System.getProperty("scorecards.it.jar"));

    @TempDir
    static Path shared;

    private static Path initialised;
    private static Path settings;
    private static Path firstBuild;
    private static Run firstBuildRun;

    @TempDir
    Path temp;

    record Run(int exitCode, String output) {
    }

    @BeforeAll
    static void a_site_repository_is_made_by_init() throws Exception {
        initialised = shared.resolve("quillfeather");
        Run init = run(shared, List.of(javaExecutable(), "-jar", JAR.toString(), "init", initialised.toString(),
                "--name", "Quillfeather Analytics"));
        assertEquals(0, init.exitCode(), init.output());

        OutputDirectory.deleteTree(LOCAL);
        settings = shared.resolve("settings.xml");
        Files.writeString(settings, """
                <settings>
                  <mirrors>
                    <mirror><id>central-stand-in</id><mirrorOf>central</mirrorOf><url>%s</url></mirror>
                  </mirrors>
                  <profiles>
                    <profile>
                      <id>release</id>
                      <pluginRepositories>
                        <pluginRepository><id>it-release</id><url>%s</url></pluginRepository>
                      </pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles><activeProfile>release</activeProfile></activeProfiles>
                </settings>
                """.formatted(CENTRAL.toUri(), RELEASE_REPOSITORY.toUri()));
        firstBuild = Fixtures.copy(initialised, shared.resolve("first-build"));
        firstBuildRun = run(firstBuild, List.of(MAVEN.toString(), "-B", "-s", settings.toString(),
                "-Dmaven.repo.local=" + LOCAL, "verify"));
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Run run(Path directory, List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("scorecards-it-", ".log");
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command + "\n" + Files.readString(log));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        return new Run(process.exitValue(), output);
    }

    /** Maven offline, on the local repository the first build filled. */
    private static Run maven(Path directory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(MAVEN.toString(), "-B", "-o", "-s", settings.toString(),
                "-Dmaven.repo.local=" + LOCAL));
        command.addAll(List.of(arguments));
        return run(directory, command);
    }

    private Path copyOfInitialised(String name) throws IOException {
        return Fixtures.copy(initialised, temp.resolve(name));
    }

    private static void breakStarterTeam(Path repository) throws IOException {
        Path team = repository.resolve("scorecards/teams/example-team.yaml");
        String text = Files.readString(team);
        Files.writeString(team, text.replace("\nassessments:", "\nnmae: Typo\nassessments:"));
    }

    private static int lineOf(Path file, String text) throws IOException {
        return Files.readAllLines(file).indexOf(text) + 1;
    }

    @Test
    void mvn_verify_in_a_new_site_repository_writes_the_site() throws Exception {
        Path repository = copyOfInitialised("verify");
        Run build = maven(repository, "verify");
        assertEquals(0, build.exitCode(), build.output());
        assertTrue(build.output().contains("[INFO] built "), build.output());
        Document team = Jsoup.parse(repository.resolve("target/site/teams/example-team.html").toFile(), "UTF-8");
        assertEquals("Example team", team.selectFirst("h1").text());
        Document overview = Jsoup.parse(repository.resolve("target/site/index.html").toFile(), "UTF-8");
        assertTrue(overview.title().contains("Quillfeather Analytics"), overview.title());
        assertTrue(Files.isRegularFile(repository.resolve("target/site/data/scorecards.json")));
        assertFalse(build.output().contains("Exception"), build.output());
    }

    @Test
    void an_invalid_scorecard_fails_the_build_with_its_location_and_no_stack_trace() throws Exception {
        Path repository = copyOfInitialised("invalid");
        assertEquals(0, maven(repository, "verify").exitCode());
        byte[] before = Files.readAllBytes(repository.resolve("target/site/index.html"));
        breakStarterTeam(repository);
        int line = lineOf(repository.resolve("scorecards/teams/example-team.yaml"), "nmae: Typo");

        Run build = maven(repository, "verify");
        assertEquals(1, build.exitCode(), build.output());
        assertTrue(build.output().contains("[ERROR] scorecards/teams/example-team.yaml:" + line
                + ":1: unknown key 'nmae' in the team file; did you mean 'name'?"), build.output());
        assertTrue(build.output().contains("1 problem in 1 file"), build.output());
        assertFalse(build.output().contains("\tat "), build.output());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(repository.resolve("target/site/index.html"))),
                "the previous site was left as it was");
    }

    @Test
    void validate_prints_workflow_annotations_at_the_start_of_a_line() throws Exception {
        Path repository = copyOfInitialised("annotations");
        breakStarterTeam(repository);
        Run validate = maven(repository, "-q", "scorecards:validate", "-Dscorecards.format=github");
        assertEquals(1, validate.exitCode(), validate.output());
        assertTrue(validate.output().lines().anyMatch(text -> text.startsWith(
                "::error file=scorecards/teams/example-team.yaml,line=")), validate.output());
    }

    @Test
    void diff_prints_the_summary_between_two_checkouts() throws Exception {
        Path base = copyOfInitialised("base");
        Path change = copyOfInitialised("change");
        Files.writeString(change.resolve("scorecards/teams/second-team.yaml"),
                Files.readString(change.resolve("scorecards/teams/example-team.yaml"))
                        .replace("name: \"Example team\"", "name: \"Second team\""));

        Run diff = maven(change, "-q", "scorecards:diff", "-Dscorecards.base=" + base);
        assertEquals(0, diff.exitCode(), diff.output());
        assertTrue(diff.output().lines().anyMatch(line -> line.startsWith("## Scorecards")), diff.output());
        assertTrue(diff.output().contains("**New teams:** Second team"), diff.output());

        Path summary = temp.resolve("summary.md");
        Run toFile = maven(change, "-q", "scorecards:diff", "-Dscorecards.base=" + base,
                "-Dscorecards.diffOutput=" + summary);
        assertEquals(0, toFile.exitCode(), toFile.output());
        String markdown = Files.readString(summary);
        assertTrue(markdown.startsWith("## Scorecards"), markdown);
        assertTrue(diff.output().contains(markdown), diff.output());
    }

    @Test
    void scorecards_skip_skips_every_goal() throws Exception {
        Path repository = copyOfInitialised("skip");
        breakStarterTeam(repository);
        Run build = maven(repository, "verify", "-Dscorecards.skip");
        assertEquals(0, build.exitCode(), build.output());
        assertTrue(build.output().contains("skipped (scorecards.skip)"), build.output());
        assertFalse(Files.exists(repository.resolve("target/site")));
    }

    @Test
    void new_team_writes_a_starter_file_that_validates() throws Exception {
        Path repository = copyOfInitialised("new-team");
        Run newTeam = maven(repository, "scorecards:new-team", "-Dscorecards.team=data-platform",
                "-Dscorecards.teamName=Data Platform");
        assertEquals(0, newTeam.exitCode(), newTeam.output());
        assertTrue(Files.readString(repository.resolve("scorecards/teams/data-platform.yaml"))
                .contains("name: \"Data Platform\""));
        Run validate = maven(repository, "scorecards:validate");
        assertEquals(0, validate.exitCode(), validate.output());
        assertTrue(validate.output().contains("valid: 6 files checked, 2 teams"), validate.output());
    }

    @Test
    void schemas_rewrites_the_editors_schemas_from_the_repositorys_model() throws Exception {
        Path repository = copyOfInitialised("schemas");
        Path teamSchema = repository.resolve("scorecards/schemas/team.schema.json");
        String written = Files.readString(teamSchema);
        Files.delete(teamSchema);
        Run schemas = maven(repository, "scorecards:schemas");
        assertEquals(0, schemas.exitCode(), schemas.output());
        assertTrue(schemas.output().contains("wrote 5 schemas into "), schemas.output());
        assertEquals(written, Files.readString(teamSchema));
    }

    /** The frozen site repositories of format 1.0, which every release must keep building. */
    static Stream<Path> compatibilityCorpus() throws IOException {
        Path corpus = Path.of("src/test/resources/compatibility");
        try (Stream<Path> cases = Files.list(corpus)) {
            return cases.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("compatibilityCorpus")
    void the_plugin_builds_each_repository_of_the_compatibility_corpus_as_the_jar_does(Path corpusCase) throws Exception {
        Path repository = Fixtures.copy(corpusCase, temp.resolve("corpus"));
        Files.copy(initialised.resolve("pom.xml"), repository.resolve("pom.xml"));
        Run build = maven(repository, "verify");
        assertEquals(0, build.exitCode(), build.output());
        Path jarSite = temp.resolve("jar-site");
        Run jar = run(repository, List.of(javaExecutable(), "-jar", JAR.toString(), "build", "--output", jarSite.toString()));
        assertEquals(0, jar.exitCode(), jar.output());
        for (String export : List.of("data/scorecards.json", "data/teams.csv")) {
            assertEquals(Files.readString(jarSite.resolve(export)), Files.readString(repository.resolve("target/site").resolve(export)),
                    export + " of " + corpusCase.getFileName());
        }
    }

    @Test
    void the_first_build_takes_the_plugin_from_the_deployed_release() throws Exception {
        assertEquals(0, firstBuildRun.exitCode(), firstBuildRun.output());
        assertTrue(Files.isRegularFile(firstBuild.resolve("target/site/index.html")));
        Path resolved = onlyFolder(LOCAL.resolve("dev/scorecards/scorecards-maven-plugin"));
        assertTrue(Files.readString(resolved.resolve("_remote.repositories")).contains(">it-release="),
                "the plugin came from the deployed release");
        Path release = onlyFolder(RELEASE_REPOSITORY.resolve("dev/scorecards/scorecards-maven-plugin"));
        for (String classifier : List.of("sources", "javadoc", "cli")) {
            try (Stream<Path> files = Files.list(release)) {
                assertTrue(files.anyMatch(file -> file.getFileName().toString().endsWith("-" + classifier + ".jar")),
                        "the release has its " + classifier + " jar");
            }
        }
    }

    private static Path onlyFolder(Path parent) throws IOException {
        try (Stream<Path> folders = Files.list(parent)) {
            List<Path> all = folders.filter(Files::isDirectory).toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }
}
