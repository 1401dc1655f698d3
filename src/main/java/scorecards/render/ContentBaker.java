package scorecards.render;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import com.orientechnologies.orient.core.Orient;
import com.orientechnologies.orient.core.config.OGlobalConfiguration;
import org.jbake.app.Asset;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import scorecards.load.ContentReader;
import scorecards.model.ContentFile;

/**
 * Bakes the hand-written {@code content/} of a source (pages, and the change journal under
 * {@code content/journal/} with its Atom feed) through the site engine, JBake, with the
 * theme's templates. The data pages are not baked here: they would each become a document in
 * the engine's database, whose cost grows faster than the number of pages.
 */
public final class ContentBaker {

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

    private final Theme theme;
    private final String siteName;
    private final String period;
    private final String siteUrl;
    private final List<ContentFile> content;

    /**
     * @param siteUrl the address the site is published at, ending in '/', or "" when unknown
     *                (then the feed's links are relative)
     * @param content the files of {@code content/} as the checker read them: only its published
     *                pages and posts are baked, each written anew from that reading
     */
    public ContentBaker(Theme theme, String siteName, String period, String siteUrl, List<ContentFile> content) {
        this.theme = theme;
        this.siteName = siteName;
        this.period = period;
        this.siteUrl = siteUrl;
        this.content = List.copyOf(content);
    }

    /**
     * The engine's embedded database, started once, in memory, on a thread of its own: its start
     * is most of a bake's time, and begun early it overlaps the reading and scoring of the
     * scorecards. The bake uses it and closes it; {@link #close()} closes it when no bake did (a
     * build that ended early). If the start goes wrong, the bake starts a database itself and
     * reports what fails.
     */
    public static final class Engine implements AutoCloseable {

        private final CompletableFuture<ContentStore> started;
        private boolean taken;

        private Engine(CompletableFuture<ContentStore> started) {
            this.started = started;
        }

        /** The started database for a bake, or a new one when the start failed; from then on the bake's to close. */
        private synchronized ContentStore take() {
            taken = true;
            ContentStore store = started.join();
            return store != null ? store : new StartedOnce("scorecards-engine-" + System.nanoTime());
        }

        /** Closes the database unless a bake took it, once its start is done, without waiting for it. */
        @Override
        public synchronized void close() {
            if (taken) {
                return;
            }
            taken = true;
            started.thenAccept(store -> {
                if (store != null) {
                    synchronized (ENGINE) {
                        store.close();
                    }
                }
            });
        }
    }

    /** A database whose start, asked for again by the engine's bake, happens only the first time. */
    private static final class StartedOnce extends ContentStore {

        private boolean started;

        StartedOnce(String name) {
            super("memory", name);
        }

        @Override
        public synchronized void startup() {
            if (!started) {
                super.startup();
                started = true;
            }
        }
    }

    /** Starts the engine's database for one bake; see {@link Engine}. */
    public static Engine startEngine() {
        CompletableFuture<ContentStore> started = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            ContentStore store = null;
            try {
                // A name of its own: in `serve`, a build that failed early may leave its start running.
                synchronized (ENGINE) {
                    store = new StartedOnce("scorecards-engine-" + System.nanoTime());
                    store.startup();
                }
            } catch (RuntimeException | LinkageError e) {
                // Only time is lost; see above.
                store = null;
            } finally {
                started.complete(store);
            }
        }, "site-engine-start");
        thread.setDaemon(true);
        thread.start();
        return new Engine(started);
    }

    /**
     * Reserves in the site every path the content is published at: its pages and posts, the
     * journal's index and the feed, sorted, then its images. Called before any step writes, so
     * that no file of the build and no other content file takes them.
     */
    public void claim(GeneratedFiles site) throws BakeFailure {
        Map<String, String> baked = new TreeMap<>();
        baked.put(JOURNAL_INDEX, "the site engine's " + JOURNAL_INDEX);
        baked.put(FEED, "the site engine's " + FEED);
        for (ContentFile file : content) {
            if (!file.isImage() && !file.draft()) {
                baked.put(file.uri(), file.path());
            }
        }
        for (Map.Entry<String, String> file : baked.entrySet()) {
            site.claim(file.getKey(), file.getValue());
        }
        for (ContentFile image : content.stream().filter(ContentFile::isImage).toList()) {
            site.claim(image.uri(), image.path());
        }
    }

    /** Copies the content's images into the site, each once, from {@code source}. */
    public void copyImages(Path source, GeneratedFiles site) throws IOException {
        for (ContentFile image : content.stream().filter(ContentFile::isImage).toList()) {
            Path original = source.resolve(image.path());
            if (!Files.isRegularFile(original, LinkOption.NOFOLLOW_LINKS)) {
                throw new BakeFailure(image.path() + " changed while the site was built; build again");
            }
            site.copyClaimed(image.uri(), original);
        }
    }

    /**
     * Bakes the content straight into the site, onto the paths {@link #claim} reserved; an empty
     * content folder still gives a journal and a feed. Each page is cleaned (see
     * {@link ContentSanitiser}) as the engine writes it: what the engine writes is the only copy.
     * {@code scratch} is for the engine's own files.
     */
    public void bakeInto(GeneratedFiles site, Path scratch, Engine engine) throws IOException {
        Path engineSource = Files.createDirectories(scratch.resolve("engine"));
        Path engineContent = Files.createDirectories(engineSource.resolve("content"));
        List<String> postUris = new ArrayList<>();
        for (ContentFile file : content) {
            if (file.isImage() || file.draft()) {
                continue;
            }
            if (file.isPost()) {
                postUris.add(file.uri());
            }
            Path copy = engineContent.resolve(file.uri().substring(0, file.uri().length() - ".html".length()) + ".md");
            Files.createDirectories(copy.getParent());
            Files.writeString(copy, engineText(file), StandardCharsets.UTF_8);
        }
        DefaultJBakeConfiguration configuration = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(engineSource.toFile(), site.folder().toFile(), (File) null, true);
        configuration.setTemplateFolder(theme.templates().toFile());
        configuration.setContentFolder(engineContent.toFile());
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
        // Made here rather than in the template: a template cannot compute a name-based UUID.
        FeedIds ids = new FeedIds(siteName, siteUrl);
        Map<String, Object> values = Map.of("scorecards_name", siteName, "scorecards_period", period,
                "scorecards_url", siteUrl, "scorecards_feed_id", ids.feed(), "scorecards_entry_ids", ids.entries(postUris));
        List<Throwable> errors;
        List<IOException> failures;
        ContentStore store = engine.take();
        synchronized (ENGINE) {
            Utensils utensils = new Utensils();
            utensils.setConfiguration(configuration);
            utensils.setContentStore(store);
            utensils.setCrawler(new Crawler(store, configuration));
            utensils.setAsset(new Asset(configuration));
            ContentTemplates templates = new ContentTemplates(store, configuration, theme.templates(), theme.messages(),
                    values, site);
            utensils.setRenderer(new Renderer(store, configuration, templates));
            // The oven closes the database when done, failed or not.
            Oven oven = new Oven(utensils);
            oven.bake();
            errors = oven.getErrors();
            failures = templates.failures();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        if (!errors.isEmpty()) {
            throw new BakeFailure("the content could not be baked: " + errors.stream()
                    .map(error -> String.valueOf(error.getMessage())).collect(Collectors.joining("; ")));
        }
    }

    /** A file as the engine gets it: a header of the checked values only, in the engine's syntax, and the text. */
    private static String engineText(ContentFile file) {
        StringBuilder text = new StringBuilder();
        text.append("title=").append(file.title()).append('\n');
        text.append("type=").append(file.type()).append('\n');
        text.append("status=published\n");
        if (file.date() != null) {
            text.append("date=").append(file.date()).append('\n');
        }
        if (!file.tags().isEmpty()) {
            text.append("tags=").append(file.tags()).append('\n');
        }
        // The engine takes a file with nothing after its header for a file without one.
        return text.append(ContentReader.SEPARATOR).append('\n').append(file.body()).append('\n').toString();
    }
}
