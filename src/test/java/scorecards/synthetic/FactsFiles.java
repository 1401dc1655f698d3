package scorecards.synthetic;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import scorecards.model.Metric;

/**
 * Writes {@code scorecards/facts/<source>.csv}: what systems measured for each team in each period
 * it assessed, for the metrics of {@link OwnMetrics#MEASURED}. Most measurements equal the team's
 * self-report; about one in eight differs within the metric's {@code agree-within} (and agrees);
 * about one in thirty disagrees (the team reported better than was measured), which flags about
 * one assessment in seven for a second look; where the team gave no figure, the measurement stands
 * alone. The draws come from a stream per team, so the same seed gives the
 * same files.
 *
 * <p>A source whose file would pass {@link #MAX_FILE_BYTES} goes on in {@code <source>-2.csv}, and
 * so on, at a team's boundary: the tool reads no facts file larger than 64 MiB.
 */
final class FactsFiles implements Closeable {

    static final long MAX_FILE_BYTES = 32L << 20;
    private static final double DISAGREE = 0.03;
    private static final double NEAR = 0.12;

    private final Setting setting;
    private final Path folder;
    private final Map<String, List<Metric>> measured = new LinkedHashMap<>();
    private final Map<String, Output> outputs = new LinkedHashMap<>();
    private int rows;

    /** A source's file being written: its writer, its number (1: the first file) and its bytes so far. */
    private static final class Output {
        BufferedWriter writer;
        int part;
        long bytes;
    }

    FactsFiles(Setting setting, Path folder) {
        this.setting = setting;
        this.folder = folder;
        OwnMetrics.MEASURED.forEach((source, ids) -> measured.put(source,
                ids.stream().map(id -> setting.model().metrics().find(id).orElseThrow()).toList()));
    }

    /** The measured values of one team's assessed periods. */
    void add(String teamId, int number, List<SyntheticTeam.Report> reports) throws IOException {
        SplittableRandom random = new SplittableRandom(
                setting.seed() * 0xBF58476D1CE4E5B9L + number * 0x9E3779B97F4A7C15L + 3);
        Map<String, StringBuilder> lines = new LinkedHashMap<>();
        measured.keySet().forEach(source -> lines.put(source, new StringBuilder()));
        for (SyntheticTeam.Report report : reports) {
            String period = setting.time().period(report.period());
            String observed = setting.time().lastDay(report.period()).toString();
            for (Map.Entry<String, List<Metric>> source : measured.entrySet()) {
                for (Metric metric : source.getValue()) {
                    String value = measure(metric, report, random);
                    String evidence = source.getKey().equals("ci-stats")
                            ? "https://ci.example.com/teams/" + teamId + "/" + period : "";
                    lines.get(source.getKey()).append(teamId).append(',').append(period).append(',').append(metric.id())
                            .append(',').append(value).append(',').append(observed).append(',').append(evidence)
                            .append("\r\n");
                    rows++;
                }
            }
        }
        for (Map.Entry<String, StringBuilder> source : lines.entrySet()) {
            write(source.getKey(), source.getValue().toString());
        }
    }

    /** The rows written so far. */
    int rows() {
        return rows;
    }

    private String measure(Metric metric, SyntheticTeam.Report report, SplittableRandom random) {
        String reported = report.figures().get(metric);
        double roll = random.nextDouble();
        if (reported == null) {
            return setting.figures().value(metric, random, report.maturity(), 0);
        }
        if (roll < DISAGREE) {
            return setting.figures().worse(metric, reported, random);
        }
        return roll < DISAGREE + NEAR ? setting.figures().near(metric, reported, random) : reported;
    }

    private void write(String source, String text) throws IOException {
        Output output = outputs.computeIfAbsent(source, key -> new Output());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (output.writer == null || output.bytes > 0 && output.bytes + bytes.length > MAX_FILE_BYTES) {
            if (output.writer != null) {
                output.writer.close();
            }
            output.part++;
            String name = source + (output.part > 1 ? "-" + output.part : "") + ".csv";
            output.writer = Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            output.writer.write("team,period,metric,value,observed-at,evidence\r\n");
            output.bytes = 0;
        }
        output.writer.write(text);
        output.bytes += bytes.length;
    }

    @Override
    public void close() throws IOException {
        List<IOException> failures = new ArrayList<>();
        for (Output output : outputs.values()) {
            try {
                if (output.writer != null) {
                    output.writer.close();
                }
            } catch (IOException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            IOException failure = failures.get(0);
            failures.subList(1, failures.size()).forEach(failure::addSuppressed);
            throw failure;
        }
    }
}
