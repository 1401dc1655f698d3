package scorecards.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import scorecards.load.SourceLoader;
import scorecards.model.Cadence;
import scorecards.model.MaturityModel;
import scorecards.model.MetricCatalogue;
import scorecards.model.Period;
import scorecards.schema.SchemaWriter;

/**
 * Writes a new site repository, what {@code init} does: a short {@code pom.xml} that uses this
 * release's Maven plugin, the organisation with the default model and one starter team, the
 * schemas, a first page and journal post, the workflows that check pull requests and publish
 * the site, a sample workflow that collects measured facts and proposes them by pull request,
 * and a README for the organisation's people. No Java source: upgrading is the
 * plugin's version number.
 */
public final class NewSiteRepository {

    private static final String TEMPLATES = "init/";

    /** Each template in the jar and where it goes; names that start with a dot are not kept as such in a jar. */
    private static final Map<String, String> FILES = Map.ofEntries(
            Map.entry("pom.xml", "pom.xml"),
            Map.entry("README.md", "README.md"),
            Map.entry("gitignore", ".gitignore"),
            Map.entry("mvn/jvm.config", ".mvn/jvm.config"),
            Map.entry("github/workflows/validate.yml", ".github/workflows/validate.yml"),
            Map.entry("github/workflows/publish.yml", ".github/workflows/publish.yml"),
            Map.entry("github/workflows/collect-facts.yml", ".github/workflows/collect-facts.yml"),
            Map.entry("scorecards/organisation.yaml", "scorecards/organisation.yaml"),
            Map.entry("scorecards/model.yaml", "scorecards/model.yaml"),
            Map.entry("content/about.md", "content/about.md"),
            Map.entry("content/journal/first-post.md", "content/journal/@TODAY@-scorecards-are-open.md"),
            Map.entry("site/README.md", "site/README.md"));

    /** The starter team every new repository has, so that the first build has something to show. */
    public static final String STARTER_TEAM = "example-team";

    /** What was written, for the closing line. */
    public record Written(Path folder, int files) {
        public String summary() {
            return "wrote a new site repository in " + folder + " (" + Summaries.plural(files, "file")
                    + "); next: cd " + folder + " && mvn verify";
        }
    }

    private NewSiteRepository() {
    }

    /** @param name the organisation's name, one line */
    public static Written write(Path folder, String name, Release release) throws Refused, IOException {
        String organisation = name.strip();
        if (organisation.isEmpty() || organisation.lines().count() > 1) {
            throw new Refused("the organisation's name must be one line of text");
        }
        if (Files.exists(folder) && !isEmptyFolder(folder)) {
            throw new Refused(folder + " is not empty; init writes only into a new or empty folder");
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Period period = NewTeam.today(Cadence.QUARTERLY);
        Map<String, String> values = Map.of(
                "@NAME_XML@", xml(organisation),
                "@NAME_YAML@", StarterFile.yamlText(organisation),
                "@NAME_MD@", organisation.replaceAll("[\\\\`*_{}\\[\\]<>#|]", "\\\\$0"),
                "@ARTIFACT_ID@", artifactId(organisation),
                "@PLUGIN_GROUP@", release.groupId(),
                "@PLUGIN_ARTIFACT@", release.artifactId(),
                "@PLUGIN_VERSION@", release.version(),
                "@TODAY@", today.toString(),
                "@PERIOD@", period.toString());
        Files.createDirectories(folder);
        for (Map.Entry<String, String> file : FILES.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            Path target = folder.resolve(fill(file.getValue(), values));
            Files.createDirectories(target.getParent());
            Files.writeString(target, fill(template(file.getKey()), values), StandardCharsets.UTF_8);
        }
        // From the starter model, which has metrics of its own: editors must know its sections from the start.
        MetricCatalogue metrics = new SourceLoader().loadModel(folder).flatMap(SourceLoader.ModelResult::model)
                .map(MaturityModel::metrics).orElseThrow(() -> new IOException("this build's starter model.yaml has problems"));
        SchemaWriter.writeAll(folder.resolve("scorecards/schemas"), metrics);
        NewTeam.write(folder, STARTER_TEAM, Optional.of("Example team"));
        try (Stream<Path> files = Files.walk(folder)) {
            return new Written(folder, (int) files.filter(Files::isRegularFile).count());
        }
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static String template(String name) throws IOException {
        try (InputStream in = NewSiteRepository.class.getClassLoader().getResourceAsStream(TEMPLATES + name)) {
            if (in == null) {
                throw new IOException("this build of Scorecards lacks the template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String fill(String text, Map<String, String> values) {
        String filled = text;
        for (String key : values.keySet().stream().sorted().toList()) {
            filled = filled.replace(key, values.get(key));
        }
        return filled;
    }

    /** A Maven artifact id made from the name: lower-case letters, digits and hyphens. */
    static String artifactId(String name) {
        String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return (id.isEmpty() ? "organisation" : id) + "-scorecards";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("--", "- -");
    }
}
