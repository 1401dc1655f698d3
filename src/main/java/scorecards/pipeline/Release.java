package scorecards.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The coordinates of this release of Scorecards, as the build wrote them into the jar. */
public record Release(String groupId, String artifactId, String version) {

    private static final String RESOURCE = "scorecards/release.properties";

    /** This release; a build from an IDE that skipped resource filtering says so in its version. */
    public static Release current() {
        Properties properties = new Properties();
        try (InputStream in = Release.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = properties.getProperty("version", "");
        return new Release(properties.getProperty("group-id", ""), properties.getProperty("artifact-id", ""),
                version.isEmpty() || version.startsWith("${") ? "development build" : version);
    }
}
