package scorecards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
