package scorecards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import scorecards.cli.CliRun;

/** A site built through the command line, read back the way a browser would. */
record BuiltSite(Path root) {

    static BuiltSite build(Path source, Path output) {
        CliRun run = CliRun.of("build", "--source", source.toString(), "--output", output.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        return new BuiltSite(output);
    }

    Document page(String path) {
        try {
            return Jsoup.parse(root.resolve(path).toFile(), "UTF-8", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode export() {
        try {
            return new ObjectMapper().readTree(root.resolve("data/scorecards.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every HTML page, as paths relative to the root with '/' separators, sorted. */
    List<String> htmlPages() {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> path.toString().endsWith(".html"))
                    .map(path -> root.relativize(path).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every internal link or asset of every page that leads nowhere (a missing file, or an id the
     * page it leads to lacks) or is absolute, which breaks under a sub-path; empty when all resolve.
     */
    List<String> brokenLinks() {
        List<String> broken = new ArrayList<>();
        for (String path : htmlPages()) {
            Document page = page(path);
            for (Element element : page.select("a[href], link[href], script[src], img[src]")) {
                String target = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                if (target.startsWith("http://") || target.startsWith("https://") || target.startsWith("mailto:")) {
                    continue;
                }
                if (target.startsWith("/")) {
                    broken.add(path + ": " + target + " is absolute and breaks under a sub-path");
                    continue;
                }
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                String fragment = target.contains("#") ? target.substring(target.indexOf('#') + 1) : "";
                Path resolved = file.isEmpty() ? root.resolve(path)
                        : root.resolve(path).getParent() == null ? root.resolve(file)
                        : root.resolve(path).getParent().resolve(file).normalize();
                if (!Files.isRegularFile(resolved)) {
                    broken.add(path + ": " + target);
                } else if (!fragment.isEmpty() && resolved.toString().endsWith(".html")
                        && page(root.relativize(resolved).toString()).getElementById(fragment) == null) {
                    broken.add(path + ": " + target + " (no such id)");
                }
            }
        }
        return broken;
    }

    /** The pages reached by following links from the home page, sorted. */
    SortedSet<String> reachable() {
        SortedSet<String> seen = new TreeSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("index.html"));
        while (!queue.isEmpty()) {
            String path = queue.pop();
            if (!seen.add(path)) {
                continue;
            }
            for (Element link : page(path).select("a[href]")) {
                String href = link.attr("href").replaceAll("#.*", "");
                if (href.endsWith(".html") && !href.contains("://")) {
                    URI resolved = URI.create(path).resolve(href).normalize();
                    if (Files.exists(root.resolve(resolved.getPath()))) {
                        queue.add(resolved.getPath());
                    }
                }
            }
        }
        return seen;
    }

    /** An XML file of the site (a badge, the feed), parsed with no document type allowed. */
    static org.w3c.dom.Document xml(Path file) {
        try {
            javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(Files.readAllBytes(file)));
        } catch (Exception e) {
            throw new AssertionError(file + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** A share of the export as pages write it: "14.3%", "50%". */
    static String percent(JsonNode share) {
        java.math.BigDecimal value = share.decimalValue().multiply(java.math.BigDecimal.valueOf(100))
                .setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return (value.scale() < 0 ? value.setScale(0) : value).toPlainString() + "%";
    }

    JsonNode currentRollup() {
        JsonNode export = export();
        String current = export.get("organisation").get("current-period").asText();
        for (JsonNode rollup : export.get("rollups")) {
            if (rollup.get("period").asText().equals(current)) {
                return rollup;
            }
        }
        throw new AssertionError("no roll-up for " + current);
    }
}
