package scorecards.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorecards.testing.Fixtures;

/** The plugin's scorecards.siteUrl is held to the rule of build's --site-url, through the goal itself. */
class BuildMojoSiteUrlTest {

    @TempDir
    Path temp;

    @Test
    void a_site_url_that_is_no_absolute_http_address_fails_the_goal_before_anything_is_built() {
        BuildMojo mojo = new BuildMojo();
        mojo.source = Fixtures.copy(Fixtures.resource("minimal"), temp.resolve("source")).toFile();
        mojo.output = temp.resolve("site").toFile();
        mojo.siteUrl = "example.github.io/scorecards/";

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals("the site URL 'example.github.io/scorecards/' is not an absolute http or https address without a "
                + "query; give the address the site is published at, e.g. https://example.github.io/scorecards/",
                failure.getMessage());
        assertFalse(Files.exists(temp.resolve("site")));
    }
}
