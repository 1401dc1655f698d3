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
 * A test that needs another build (other options, another time zone, a changed copy) builds its own.
 */
public final class ExampleSite implements ParameterResolver, AfterAllCallback {

    /** Marks a {@link Path} parameter that receives the root of the shared example site. */
    @Target(ElementType.PARAMETER)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Built {
    }

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ExampleSite.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.isAnnotated(Built.class) && parameter.getParameter().getType() == Path.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Site.class, key -> Site.build(), Site.class)
                .root;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Site site = context.getRoot().getStore(NAMESPACE).get(Site.class, Site.class);
        if (site != null) {
            site.verify("after " + context.getDisplayName());
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

        /** Builds as the command line does: in-process, with UTC as the default time zone, which its main method sets. */
        static Site build() {
            TimeZone before = TimeZone.getDefault();
            try {
                Path folder = Files.createTempDirectory("scorecards-example-site");
                Path root = folder.resolve("site");
                TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
                CliRun run = CliRun.of("build", "--quiet", "--source", Fixtures.example().toString(),
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
