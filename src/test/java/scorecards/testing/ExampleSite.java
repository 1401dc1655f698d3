package scorecards.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import scorecards.cli.CliRun;

/**
 * The repository's example organisation ({@code scorecards/} and {@code content/}) built once per
 * test JVM, as {@code build} on the command line builds it, and shared by every test that only
 * reads the built site:
 *
 * <pre>
 * &#64;ExtendWith(ExampleSite.class)
 * class SomePagesTest {
 *     &#64;Test
 *     void the_overview_names_the_organisation(&#64;ExampleSite.Built Path site) { ... }
 * }
 * </pre>
 *
 * The site lives in a temporary folder held in the root context's store, so it is built by the
 * first test that asks for it and deleted when the run ends. It is read-only: a SHA-256 of every
 * file is taken after the build and checked after each test class that asked for the site and
 * again at the end of the run, and a test that wrote into it fails, named with the files it changed.
 * A test that needs another build (other options, another time zone, a changed copy) builds its own,
 * except the example in another language: {@code @ExampleSite.Built(language = "es") Path site} is a
 * copy of the example whose organisation.yaml says {@code language: es}, built once and shared the same way.
 */
public final class ExampleSite implements ParameterResolver, AfterAllCallback {

    /** Marks a {@link Path} parameter that receives the root of the shared example site. */
    @Target(ElementType.PARAMETER)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Built {
        /** The site's language: the example's own (English) when empty, else a copy of the example set to it. */
        String language() default "";
    }

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ExampleSite.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.isAnnotated(Built.class) && parameter.getParameter().getType() == Path.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        String language = parameter.findAnnotation(Built.class).orElseThrow().language();
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("site " + language, key -> Site.build(language), Site.class).root;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        for (String language : List.of("", "es")) {
            Site site = store.get("site " + language, Site.class);
            if (site != null) {
                site.verify("after " + context.getDisplayName());
            }
        }
    }

    /** The built site and the digest of each of its files; closed (checked, then deleted) at the end of the run. */
    private static final class Site implements AutoCloseable {

        private final Path folder;
        private final Path root;
        private final Map<String, String> digests;

        private Site(Path folder, Path root) {
            this.folder = folder;
            this.root = root;
            this.digests = digests(root);
        }

        /**
         * Builds as the command line does: in-process, with UTC as the default time zone, which its main
         * method sets; in another language, from a copy of the example whose organisation.yaml names it.
         */
        static Site build(String language) {
            TimeZone before = TimeZone.getDefault();
            try {
                Path folder = Files.createTempDirectory("scorecards-example-site");
                Path root = folder.resolve("site");
                Path source = language.isEmpty() ? Fixtures.example() : inLanguage(language, folder.resolve("source"));
                TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
                CliRun run = CliRun.of("build", "--quiet", "--source", source.toString(),
                        "--output", root.toString());
                if (run.exitCode() != 0) {
                    throw new IllegalStateException("the example organisation does not build (exit " + run.exitCode()
                            + "):\n" + run.out() + run.err());
                }
                return new Site(folder, root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                TimeZone.setDefault(before);
            }
        }

        /** A copy of the example's scorecards/, content/ and site/ whose organisation says it speaks {@code language}. */
        private static Path inLanguage(String language, Path target) throws IOException {
            for (String folder : List.of("scorecards", "content", "site")) {
                Fixtures.copy(Fixtures.example().resolve(folder), target.resolve(folder));
            }
            Path organisation = target.resolve("scorecards/organisation.yaml");
            String text = Files.readString(organisation);
            if (!text.contains("\nname: ")) {
                throw new IllegalStateException("the example's organisation.yaml has no top-level name: line");
            }
            Files.writeString(organisation, text.replaceFirst("\nname: ([^\n]*)\n",
                    "\nname: $1\nlanguage: " + language + "\n"));
            return target;
        }

        /** Fails, naming every file added, removed or changed since the build, when the site is not as built. */
        void verify(String when) {
            Map<String, String> now = digests(root);
            if (now.equals(digests)) {
                return;
            }
            Set<String> paths = new TreeSet<>(digests.keySet());
            paths.addAll(now.keySet());
            List<String> changes = new ArrayList<>();
            for (String path : paths) {
                if (!now.containsKey(path)) {
                    changes.add("removed " + path);
                } else if (!digests.containsKey(path)) {
                    changes.add("added " + path);
                } else if (!now.get(path).equals(digests.get(path))) {
                    changes.add("changed " + path);
                }
            }
            throw new AssertionError("the shared example site (" + root + ") is read-only, but a test wrote into it, "
                    + when + ": " + String.join(", ", changes)
                    + "; a test that changes a site must build or copy its own");
        }

        @Override
        public void close() throws IOException {
            try {
                verify("at the end of the run");
            } finally {
                try (Stream<Path> paths = Files.walk(folder)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
        }

        /** Every file's path relative to the root, with '/' separators, to the SHA-256 of its bytes. */
        private static Map<String, String> digests(Path root) {
            Map<String, String> digests = new TreeMap<>();
            try (Stream<Path> paths = Files.walk(root)) {
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                for (Path file : paths.filter(Files::isRegularFile).toList()) {
                    digests.put(root.relativize(file).toString().replace('\\', '/'),
                            HexFormat.of().formatHex(sha256.digest(Files.readAllBytes(file))));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            return digests;
        }
    }
}
