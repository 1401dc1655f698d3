package scorecards.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class InitCommandTest {

    @TempDir
    Path temp;

    private static List<String> files(Path folder) throws Exception {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).map(path -> folder.relativize(path).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void init_writes_a_site_repository_of_data_alone_that_validates() throws Exception {
        Path folder = temp.resolve("our-scorecards");
        CliRun init = CliRun.of("init", folder.toString(), "--name", "Quillfeather Analytics");
        assertEquals(0, init.exitCode(), init.err());
        assertTrue(init.out().startsWith("wrote a new site repository in " + folder + " (17 files)"), init.out());
        List<String> files = files(folder);
        assertEquals(List.of(".github/workflows/collect-facts.yml", ".github/workflows/publish.yml",
                ".github/workflows/validate.yml", ".gitignore", ".mvn/jvm.config", "README.md", "content/about.md"),
                files.subList(0, 7));
        assertTrue(files.stream().anyMatch(file -> file.matches("content/journal/\\d{4}-\\d{2}-\\d{2}-scorecards-are-open\\.md")));
        assertTrue(files.containsAll(List.of("pom.xml", "scorecards/model.yaml", "scorecards/organisation.yaml",
                "scorecards/schemas/model.schema.json", "scorecards/schemas/organisation.schema.json",
                "scorecards/schemas/team.schema.json", "scorecards/schemas/campaign.schema.json",
                "scorecards/teams/example-team.yaml", "site/README.md")), files.toString());
        assertFalse(files.stream().anyMatch(file -> file.endsWith(".java")));
        assertEquals(17, files.size());

        CliRun validate = CliRun.of("validate", "--source", folder.toString());
        assertEquals(0, validate.exitCode(), validate.out() + validate.err());
        assertEquals("valid: 5 files checked, 1 team\n", validate.out());
    }

    @Test
    void the_schemas_init_writes_know_the_starter_models_own_sections_as_the_schemas_command_would_write_them()
            throws Exception {
        Path folder = temp.resolve("org");
        assertEquals(0, CliRun.of("init", folder.toString()).exitCode());
        Path rewritten = temp.resolve("rewritten");
        CliRun schemas = CliRun.of("schemas", "--source", folder.toString(), "--output", rewritten.toString());
        assertEquals(0, schemas.exitCode(), schemas.out() + schemas.err());

        for (String schema : List.of("model", "organisation", "team", "campaign")) {
            String file = schema + ".schema.json";
            assertEquals(Files.readString(rewritten.resolve(file)),
                    Files.readString(folder.resolve("scorecards/schemas").resolve(file)), file);
        }
        assertTrue(Files.readString(folder.resolve("scorecards/schemas/team.schema.json")).contains("\"delivery\""));
    }

    @Test
    void the_pom_uses_this_release_of_the_plugin() throws Exception {
        Path folder = temp.resolve("org");
        assertEquals(0, CliRun.of("init", folder.toString()).exitCode());
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(folder.resolve("pom.xml").toFile());
        assertEquals("pom", pom.getElementsByTagName("packaging").item(0).getTextContent());
        assertEquals("scorecards-maven-plugin", pom.getElementsByTagName("artifactId").item(1).getTextContent());
        assertEquals(CliRun.of("--version").out().strip(), "scorecards " + pom.getElementsByTagName("version").item(1).getTextContent());
        assertEquals("org-scorecards", pom.getElementsByTagName("artifactId").item(0).getTextContent());
        assertTrue(Files.readString(folder.resolve("scorecards/organisation.yaml")).contains("name: \"Org\"\n"));
    }

    @Test
    void the_new_organisation_yaml_offers_edit_url_commented_out_in_githubs_and_gitlabs_form() throws Exception {
        Path folder = temp.resolve("org");
        assertEquals(0, CliRun.of("init", folder.toString()).exitCode());
        Path organisation = folder.resolve("scorecards/organisation.yaml");
        String text = Files.readString(organisation);

        assertTrue(text.contains("\n# edit-url: https://github.com/<owner>/<repo>/edit/main/\n"), text);
        assertTrue(text.contains("https://gitlab.com/<group>/<project>/-/edit/main/"), text);
        assertEquals("valid: 5 files checked, 1 team\n", CliRun.of("validate", "--source", folder.toString()).out());

        // Uncommented with a real address, the key is read as it stands.
        Files.writeString(organisation, text.replace("# edit-url: https://github.com/<owner>/<repo>/edit/main/",
                "edit-url: https://github.com/acme/scorecards/edit/main/"));
        CliRun validate = CliRun.of("validate", "--source", folder.toString());
        assertEquals("valid: 5 files checked, 1 team\n", validate.out(), validate.err());
    }

    @Test
    void a_hostile_organisation_name_stays_text_in_every_file() throws Exception {
        Path folder = temp.resolve("hostile");
        String name = "Acme</name><script>x</script> \"&\" `*_[x](y)` --";
        assertEquals(0, CliRun.of("init", folder.toString(), "--name", name).exitCode());
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(folder.resolve("pom.xml").toFile());
        assertEquals(name.replace("--", "- -") + " scorecards", pom.getElementsByTagName("name").item(0).getTextContent());
        CliRun validate = CliRun.of("validate", "--source", folder.toString());
        assertEquals(0, validate.exitCode(), validate.out() + validate.err());
        String readme = Files.readString(folder.resolve("README.md"));
        assertFalse(readme.contains("<script>"), readme);
        assertTrue(readme.startsWith("# Acme\\</name\\>\\<script\\>x\\</script\\> \"&\" \\`\\*\\_\\[x\\](y)\\` -- scorecards"),
                readme.lines().findFirst().orElse(""));
    }

    @Test
    void init_refuses_a_folder_that_is_not_empty_and_writes_nothing() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("taken"));
        Files.writeString(folder.resolve("notes.txt"), "mine");
        CliRun init = CliRun.of("init", folder.toString());
        assertEquals(2, init.exitCode());
        assertEquals("scorecards init: " + folder + " is not empty; init writes only into a new or empty folder\n", init.err());
        assertEquals(List.of("notes.txt"), files(folder));
    }

    @Test
    void init_needs_exactly_one_folder() {
        CliRun init = CliRun.of("init");
        assertEquals(2, init.exitCode());
        assertTrue(init.err().startsWith("scorecards init: give exactly one folder, e.g. init my-scorecards\n"), init.err());
    }
}
