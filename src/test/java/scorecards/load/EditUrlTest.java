package scorecards.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorecards.testing.Fixtures;

/**
 * organisation.yaml's {@code edit-url}: an http or https address with a host, ending in '/', with
 * no query, fragment or user name; each rule it breaks is a problem at the value, and the editors'
 * schema takes and refuses the same addresses.
 */
class EditUrlTest {

    /** The minimal fixture's organisation.yaml has ten lines; the key is added as the eleventh. */
    private static final String AT = "scorecards/organisation.yaml:11:11: ";

    @TempDir
    Path temp;

    /** The minimal repository with {@code line} added at the end of its organisation.yaml. */
    private SourceLoader.Result load(String line) throws Exception {
        Path source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source-" + System.nanoTime()));
        Path organisation = source.resolve("scorecards/organisation.yaml");
        assertEquals(10, Files.readAllLines(organisation).size());
        Files.writeString(organisation, Files.readString(organisation) + line + "\n");
        return new SourceLoader().load(source);
    }

    private List<String> problems(String value) throws Exception {
        return load("edit-url: " + value).problems().stream().map(Problem::toString).toList();
    }

    private String editUrl(String value) throws Exception {
        SourceLoader.Result loaded = load("edit-url: " + value);
        assertEquals(List.of(), loaded.problems());
        return loaded.scorecards().orElseThrow().organisation().editUrl();
    }

    private static boolean schemaTakes(String value) throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("scorecards/schemas/organisation.schema.json"))) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
            String document = Files.readString(Fixtures.resource("minimal").resolve("scorecards/organisation.yaml"))
                    + "edit-url: " + value + "\n";
            return schema.validate(new ObjectMapper(new YAMLFactory()).readTree(document)).isEmpty();
        }
    }

    @Test
    void githubs_and_gitlabs_edit_prefixes_are_taken_as_written() throws Exception {
        assertEquals("https://github.com/acme/scorecards/edit/main/",
                editUrl("https://github.com/acme/scorecards/edit/main/"));
        assertEquals("https://gitlab.com/acme/platform/scorecards/-/edit/main/",
                editUrl("https://gitlab.com/acme/platform/scorecards/-/edit/main/"));
        assertEquals("https://gitlab.com/acme/scorecards/-/edit/main/",
                editUrl("\"https://gitlab.com/acme/scorecards/-/edit/main/\""));
    }

    @Test
    void an_http_address_with_a_port_is_taken_too() throws Exception {
        assertEquals("http://forge.internal.example:8080/platform/scorecards/edit/main/",
                editUrl("http://forge.internal.example:8080/platform/scorecards/edit/main/"));
    }

    @Test
    void without_edit_url_the_organisation_has_none() throws Exception {
        SourceLoader.Result loaded = load("# no edit-url");
        assertEquals(List.of(), loaded.problems());
        assertEquals(null, loaded.scorecards().orElseThrow().organisation().editUrl());
        assertEquals(null, load("edit-url:").scorecards().orElseThrow().organisation().editUrl());
    }

    @Test
    void another_scheme_is_refused_at_the_value() throws Exception {
        assertEquals(List.of(AT + "'edit-url' must be an http or https address ending in /, such as "
                        + "https://github.com/acme/scorecards/edit/main/, found 'ftp://forge.example/scorecards/edit/main/', "
                        + "whose scheme is 'ftp'"),
                problems("ftp://forge.example/scorecards/edit/main/"));
    }

    @Test
    void an_address_without_a_scheme_is_refused_at_the_value() throws Exception {
        assertEquals(List.of(AT + "'edit-url' must be an http or https address ending in /, such as "
                        + "https://github.com/acme/scorecards/edit/main/, found 'github.com/acme/scorecards/edit/main/', "
                        + "which is not an absolute address"),
                problems("github.com/acme/scorecards/edit/main/"));
    }

    @Test
    void an_address_without_a_host_is_refused_at_the_value() throws Exception {
        assertEquals(List.of(AT + "'edit-url' must name the forge's host after https://, such as "
                        + "https://github.com/acme/scorecards/edit/main/, found 'https:///acme/scorecards/edit/main/'"),
                problems("https:///acme/scorecards/edit/main/"));
    }

    @Test
    void an_address_not_ending_in_a_slash_is_refused_with_the_address_that_is_meant() throws Exception {
        assertEquals(List.of(AT + "'edit-url' must end in /, since the path of a file is appended to it: write "
                        + "'https://github.com/acme/scorecards/edit/main/'"),
                problems("https://github.com/acme/scorecards/edit/main"));
        assertEquals(List.of(AT + "'edit-url' must end in /, since the path of a file is appended to it: write "
                        + "'https://github.com/'"),
                problems("https://github.com"));
    }

    @Test
    void a_query_is_refused_at_the_value() throws Exception {
        assertEquals(List.of(AT + "'edit-url' must not have a query ('?ref=x'): the path of a file is appended at "
                        + "its end; remove it"),
                problems("https://forge.example/scorecards/edit/main/?ref=x"));
    }

    @Test
    void a_fragment_is_refused_at_the_value() throws Exception {
        assertEquals(List.of(AT + "'edit-url' must not have a fragment ('#top'): the path of a file is appended at "
                        + "its end; remove it"),
                problems("https://forge.example/scorecards/edit/main/#top"));
    }

    @Test
    void a_user_name_and_password_are_refused_without_being_repeated() throws Exception {
        assertEquals(List.of(AT + "'edit-url' must not hold a user name or password (the part before @): the "
                        + "address is shown on every page; remove it"),
                problems("https://bot:s3cret@forge.example/scorecards/edit/main/"));
        assertEquals(List.of(AT + "'edit-url' must end in /, since the path of a file is appended to it: write "
                        + "'https://forge.example/scorecards/'",
                AT + "'edit-url' must not hold a user name or password (the part before @): the "
                        + "address is shown on every page; remove it"),
                problems("https://bot:s3cret@forge.example/scorecards"));
    }

    @Test
    void a_query_and_a_missing_slash_are_two_problems_at_the_value() throws Exception {
        assertEquals(List.of(AT + "'edit-url' must end in /, since the path of a file is appended to it: such as "
                        + "https://github.com/acme/scorecards/edit/main/",
                AT + "'edit-url' must not have a query ('?ref=x'): the path of a file is appended at its end; "
                        + "remove it"),
                problems("https://forge.example/scorecards/edit/main?ref=x"));
    }

    @Test
    void a_value_that_is_not_text_is_refused_at_the_value() throws Exception {
        String wanted = "'edit-url' must be an http or https address ending in /, such as "
                + "https://github.com/acme/scorecards/edit/main/, found ";
        assertEquals(List.of(AT + wanted + "a list"), problems("[https://github.com/acme/scorecards/edit/main/]"));
        assertEquals(List.of(AT + wanted + "'42'"), problems("42"));
        assertEquals(List.of(AT + wanted + "'true'"), problems("true"));
        assertEquals(List.of("scorecards/organisation.yaml:12:3: " + wanted + "a mapping"),
                problems("\n  github: acme/scorecards"));
    }

    @Test
    void text_that_is_not_an_address_is_refused_with_the_place_it_breaks() throws Exception {
        assertEquals(List.of(AT + "'edit-url' must be an http or https address ending in /, such as "
                        + "https://github.com/acme/scorecards/edit/main/, found 'https://forge.example/my scorecards/', "
                        + "which is not an address (illegal character in path at character 25)"),
                problems("https://forge.example/my scorecards/"));
    }

    @Test
    void a_hidden_character_is_refused_like_in_any_text() throws Exception {
        assertEquals(List.of(AT + "'edit-url' holds the bidirectional control character \\u202E; remove it"),
                problems("\"https://forge.example/\\u202Eevil/\""));
    }

    @Test
    void a_misspelt_key_is_an_unknown_key_with_the_right_name() throws Exception {
        assertEquals(List.of("scorecards/organisation.yaml:11:1: unknown key 'edit_url' in organisation.yaml; "
                        + "did you mean 'edit-url'?"),
                load("edit_url: https://github.com/acme/scorecards/edit/main/").problems().stream()
                        .map(Problem::toString).toList());
        assertEquals(List.of("scorecards/organisation.yaml:11:1: unknown key 'editurl' in organisation.yaml; "
                        + "did you mean 'edit-url'?"),
                load("editurl: https://github.com/acme/scorecards/edit/main/").problems().stream()
                        .map(Problem::toString).toList());
    }

    @Test
    void the_editors_schema_takes_and_refuses_the_same_addresses() throws Exception {
        for (String taken : List.of("https://github.com/acme/scorecards/edit/main/",
                "https://gitlab.com/acme/scorecards/-/edit/main/", "http://forge.example:8080/edit/main/",
                "HTTPS://github.com/", "https://github.com/")) {
            assertEquals(List.of(), problems(taken), taken);
            assertEquals(true, schemaTakes(taken), taken);
        }
        for (String refused : List.of("ftp://forge.example/edit/main/", "github.com/acme/scorecards/edit/main/",
                "https:///acme/scorecards/edit/main/", "https://github.com/acme/scorecards/edit/main",
                "https://forge.example/edit/main/?ref=x", "https://forge.example/edit/main/#top",
                "https://bot@forge.example/edit/main/", "https://forge.example/my scorecards/", "42")) {
            assertEquals(1, problems(refused).size(), refused);
            assertEquals(false, schemaTakes(refused), refused);
        }
    }
}
