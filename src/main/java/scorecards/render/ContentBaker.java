package scorecards.render;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import com.orientechnologies.orient.core.Orient;
import com.orientechnologies.orient.core.config.OGlobalConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * Bakes the hand-written {@code content/} of a source (pages, and the change journal under
 * {@code content/journal/} with its Atom feed) through the site engine, JBake, with the
 * theme's templates. The data pages are not baked here: they would each become a document in
 * the engine's database, whose cost grows faster than the number of pages.
 */
public final class ContentBaker {

    public static final String CONTENT_FOLDER = "content";
    public static final String JOURNAL_INDEX = "journal/index.html";
    public static final String FEED = "feed.xml";

    /** The content could not be baked; the message names the files and the errors. */
    public static final class BakeFailure extends IOException {
        public BakeFailure(String message) {
            super(message);
        }
    }

    /**
     * The engine keeps process-wide state (its database engines), so two bakes must not start it
     * at once; in Maven's JVM a parallel build ({@code mvn -T}) can run two site builds together.
     */
    private static final Object ENGINE = new Object();

    /**
     * The engine's database tells java.util.logging of every start and shutdown, and warns of
     * default passwords, which protect nothing in a database that lives in memory for one bake.
     * Only its own loggers are turned down, to errors: in Maven's JVM the root handlers are Maven's. Held
     * here because the logging framework keeps loggers only weakly.
     */
    private static final Logger DATABASE_LOG = Logger.getLogger("com.orientechnologies");

    static {
        // The engine's database lives in memory for one bake and is thrown away, so the password
        // hashes of its built-in users protect nothing; at the default 65,536 rounds they were a
        // third of the bake of a small site. The setting is the engine's own, in the class loader
        // that loaded it: a Maven plugin has a class realm of its own.
        OGlobalConfiguration.SECURITY_USER_PASSWORD_SALT_ITERATIONS.setValue(1);
        DATABASE_LOG.setLevel(Level.SEVERE);
        // Its database closes itself in a shutdown hook, which has nothing to do for one in memory,
        // and which in Maven's JVM runs after the plugin's classes are gone and fails loudly.
        Orient.instance().removeShutdownHook();
    }

    private final Path source;
    private final Theme theme;
    private final String siteName;
    private final String period;
    private final String siteUrl;
    private final List<String> postUris;

    /**
     * @param siteUrl  the address the site is published at, ending in '/', or "" when unknown
     *                 (then the feed's links are relative)
     * @param postUris where each post of {@code content/} is published (e.g. journal/x.html): the
     *                 feed's entries, whose ids are made here
     */
    public ContentBaker(Path source, Theme theme, String siteName, String period, String siteUrl,
            List<String> postUris) {
        this.source = source;
        this.theme = theme;
        this.siteName = siteName;
        this.period = period;
        this.siteUrl = siteUrl;
        this.postUris = List.copyOf(postUris);
    }

    /**
     * Starts the engine's embedded database once, in memory, and closes it again, on a thread of
     * its own: the first start is most of a bake's time, and begun early it overlaps the reading
     * and scoring of the scorecards. Give the returned future to {@link SiteBuilder}, which bakes
     * only after it completes (the engine is not made for two starts at once). It never fails:
     * if the start goes wrong, the bake starts the engine itself and reports what fails.
     */
    public static CompletableFuture<Void> startEngine() {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                // A name of its own: in `serve`, a build that failed early may leave its start running.
                synchronized (ENGINE) {
                    ContentStore store = new ContentStore("memory", "scorecards-engine-start-" + System.nanoTime());
                    store.startup();
                    store.close();
                }
            } catch (RuntimeException | LinkageError e) {
                // Only time is lost; see above.
            } finally {
                started.complete(null);
            }
        }, "site-engine-start");
        thread.setDaemon(true);
        thread.start();
        return started;
    }

    /** Bakes into {@code destination}; an empty content folder still gives a journal and a feed. */
    public void bakeInto(Path destination, Path scratch) throws IOException {
        Path content = source.resolve(CONTENT_FOLDER);
        if (!Files.isDirectory(content)) {
            content = Files.createDirectories(scratch.resolve("content"));
        }
        Path engineSource = Files.createDirectories(scratch.resolve("engine"));
        DefaultJBakeConfiguration configuration = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(engineSource.toFile(), destination.toFile(), (File) null, true);
        configuration.setTemplateFolder(theme.templates().toFile());
        configuration.setContentFolder(content.toFile());
        // Assets are copied by the build itself; these folders are empty on purpose.
        configuration.setAssetFolder(engineSource.resolve("assets").toFile());
        configuration.setDataFolder(engineSource.resolve("data").toFile());
        configuration.setDatabaseStore("memory");
        configuration.setProperty("render.index", false);
        configuration.setProperty("render.archive", true);
        configuration.setProperty("archive.file", JOURNAL_INDEX);
        configuration.setProperty("render.feed", true);
        configuration.setProperty("feed.file", FEED);
        configuration.setProperty("render.sitemap", false);
        configuration.setProperty("render.tags", false);
        configuration.setProperty("render.error404", false);
        configuration.setMarkdownExtensions("AUTOLINKS", "FENCED_CODE_BLOCKS", "DEFINITIONS", "TABLES");
        configuration.setTemplateFileNameForDocType("page", "page.ftl");
        configuration.setTemplateFileNameForDocType("post", "post.ftl");
        configuration.setTemplateFileNameForDocType("archive", "archive.ftl");
        configuration.setTemplateFileNameForDocType("feed", "feed.ftl");
        configuration.setProperty("scorecards.name", siteName);
        configuration.setProperty("scorecards.period", period);
        configuration.setProperty("scorecards.url", siteUrl);
        // Made here rather than in the template: a template cannot compute a name-based UUID.
        FeedIds ids = new FeedIds(siteName, siteUrl);
        configuration.setProperty("scorecards.feed_id", ids.feed());
        configuration.setProperty("scorecards.entry_ids", ids.entries(postUris));
        List<Throwable> errors;
        synchronized (ENGINE) {
            Oven oven = new Oven(configuration);
            oven.bake();
            errors = oven.getErrors();
        }
        if (!errors.isEmpty()) {
            throw new BakeFailure("the content could not be baked: " + errors.stream()
                    .map(error -> String.valueOf(error.getMessage())).collect(Collectors.joining("; ")));
        }
    }
}
