package scorecards.bench;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The floor of {@code bench/run}: a plain Java program that does work comparable to a build's,
 * one page per team. It writes a Markdown text for each page (a heading, a paragraph, a table of 12
 * quarters × 6 columns and a list), renders it with flexmark and writes it as a complete HTML file,
 * one page after the other in one thread. Page {@code n} is the same text on every run.
 *
 * <pre>
 * java -cp ... scorecards.bench.MarkdownFloor 1000 /tmp/floor-1000
 * </pre>
 */
public final class MarkdownFloor {

    private static final List<String> WORDS = List.of("platform", "pipeline", "release", "service",
            "on-call", "review", "tests", "deployment", "incident", "backlog", "metrics", "runbook");

    private MarkdownFloor() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Usage: MarkdownFloor PAGES OUTPUT_FOLDER");
            System.exit(2);
        }
        int pages = Integer.parseInt(args[0]);
        Path output = Files.createDirectories(Path.of(args[1]));
        MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        Parser parser = Parser.builder(options).build();
        HtmlRenderer renderer = HtmlRenderer.builder(options).build();
        for (int page = 1; page <= pages; page++) {
            String title = "Team " + page;
            String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title
                    + "</title>\n</head>\n<body>\n" + renderer.render(parser.parse(markdown(page, title)))
                    + "</body>\n</html>\n";
            Files.writeString(output.resolve("team-" + page + ".html"), html, StandardCharsets.UTF_8);
        }
    }

    /** The Markdown text of one page, drawn from a generator seeded with the page's number. */
    static String markdown(int page, String title) {
        SplittableRandom random = new SplittableRandom(page);
        StringBuilder text = new StringBuilder("# ").append(title).append("\n\n");
        for (int word = 0; word < 60; word++) {
            text.append(word == 0 ? "The" : " " + WORDS.get(random.nextInt(WORDS.size())));
        }
        text.append(".\n\n| quarter | level | score | deployments | lead time (days) | incidents |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        for (int quarter = 0; quarter < 12; quarter++) {
            text.append(String.format(Locale.ROOT, "| %d-Q%d | %d | %.1f | %d | %.1f | %d |\n", 2024 + quarter / 4,
                    quarter % 4 + 1, 1 + random.nextInt(5), random.nextDouble() * 100, random.nextInt(400),
                    random.nextDouble() * 30, random.nextInt(12)));
        }
        text.append("\n## Needs\n\n");
        for (int item = 0; item < 5; item++) {
            text.append("- *").append(WORDS.get(random.nextInt(WORDS.size()))).append("*: more ")
                    .append(WORDS.get(random.nextInt(WORDS.size()))).append(" for the ")
                    .append(WORDS.get(random.nextInt(WORDS.size()))).append('\n');
        }
        return text.toString();
    }
}
