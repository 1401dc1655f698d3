package scorecards.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Writes what a survey tool exports for an organisation's teams: one row per answer sheet, the
 * tool's own column names, a time stamp and free text beside the three questions; for benchmarks
 * of {@code import-survey} and of builds with survey files. The teams are the
 * {@code scorecards/teams/*.yaml} of a source (a synthetic organisation, say); each team gets
 * {@code respondents} sheets, a few with a question left blank. The same arguments give the same
 * bytes.
 *
 * <pre>
 * bench/synthetic SyntheticSurveyExport /tmp/org-10000 10 42 /tmp/export-100000.csv
 * </pre>
 *
 * Import it with the mapping {@link #IMPORT_OPTIONS}.
 */
public final class SyntheticSurveyExport {

    /** The columns: as a form tool names them. */
    static final List<String> HEADER = List.of("Timestamp", "Team", "How satisfied are you with the platform?",
            "How likely are you to recommend the platform to a colleague?", "The platform reduces my complexity",
            "Anything else?");
    /** The options of {@code import-survey} for this export. */
    public static final List<String> IMPORT_OPTIONS = List.of("--team-column", HEADER.get(1),
            "--map", HEADER.get(2) + "=csat", "--map", HEADER.get(3) + "=recommend",
            "--map", HEADER.get(4) + "=complexity-reduced");

    private static final String[] COMMENTS = {"", "", "", "Builds are slow, though", "More docs, please",
        "The portal \"just works\"", "Secrets rotation, when?"};

    private SyntheticSurveyExport() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.err));
    }

    /** The command line: 0 written, 2 a usage error or a file not written. */
    static int run(String[] args, PrintStream err) {
        try {
            if (args.length != 4) {
                throw new IllegalArgumentException("four arguments, found " + args.length);
            }
            write(Path.of(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]), Path.of(args[3]));
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("synthetic survey export: " + e.getMessage());
            err.println("Usage: bench/synthetic SyntheticSurveyExport SOURCE RESPONDENTS SEED OUTPUT.csv");
            err.println("Import the output with: import-survey OUTPUT.csv --period P " + String.join(" ",
                    IMPORT_OPTIONS.stream().map(o -> o.startsWith("--") ? o : "\"" + o + "\"").toList()));
            return 2;
        } catch (IOException e) {
            err.println("synthetic survey export: cannot write: " + e);
            return 2;
        }
    }

    /** @return the number of rows written */
    public static int write(Path source, int respondents, long seed, Path output) throws IOException {
        List<String> teams;
        try (Stream<Path> files = Files.list(source.resolve("scorecards/teams"))) {
            teams = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".yaml"))
                    .map(name -> name.substring(0, name.length() - ".yaml".length())).sorted().toList();
        }
        int rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            out.write(String.join(",", HEADER.stream().map(SyntheticSurveyExport::quoted).toList()));
            out.write("\r\n");
            for (int t = 0; t < teams.size(); t++) {
                SplittableRandom random = new SplittableRandom(seed * 1_000_003L + t);
                double mood = random.nextDouble();
                for (int r = 0; r < respondents; r++) {
                    out.write(String.format(java.util.Locale.ROOT, "2026-09-%02d %02d:%02d", 1 + random.nextInt(28),
                            8 + random.nextInt(10), random.nextInt(60)));
                    out.write(',');
                    out.write(teams.get(t));
                    out.write(',');
                    out.write(answer(random, 1, 5, mood));
                    out.write(',');
                    out.write(answer(random, 0, 10, mood));
                    out.write(',');
                    out.write(answer(random, 1, 5, mood));
                    out.write(',');
                    out.write(quoted(COMMENTS[random.nextInt(COMMENTS.length)]));
                    out.write("\r\n");
                    rows++;
                }
            }
        }
        return rows;
    }

    /** An answer around the team's mood; one in twenty left blank. */
    private static String answer(SplittableRandom random, int lowest, int highest, double mood) {
        if (random.nextInt(20) == 0) {
            return "";
        }
        double centre = lowest + mood * (highest - lowest);
        long value = Math.round(centre + (random.nextDouble() - 0.5) * (highest - lowest) * 0.6);
        return Long.toString(Math.max(lowest, Math.min(highest, value)));
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("?") ? "\"" + cell.replace("\"", "\"\"") + "\""
                : cell;
    }
}
