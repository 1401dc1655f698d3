package scorecards.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import scorecards.load.Quoted;
import scorecards.model.Dimension;
import scorecards.model.Metric;
import scorecards.model.MetricCatalogue;
import scorecards.model.MetricValue;
import scorecards.model.SatisfactionSource;
import scorecards.score.AssessmentScore;
import scorecards.score.DimensionScore;
import scorecards.score.Report;
import scorecards.score.TeamScore;

/**
 * Writes {@code data/teams.csv}: one row per team and period, for spreadsheets. RFC 4180
 * quoting, "\r\n" line ends, empty cells for no data, and team-written text that a spreadsheet
 * would run as a formula is prefixed with an apostrophe. Columns added after format 1.0 come after
 * its columns, so that a spreadsheet reading columns by position keeps working; the model's own
 * metrics come last, one column each, in the model's order.
 */
public final class CsvExport {

    public static final String PATH = "data/teams.csv";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private CsvExport() {
    }

    public static void write(Report report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        List<Dimension> dimensions = report.input().model().dimensions();
        MetricCatalogue metrics = report.input().model().metrics();
        List<String> header = new ArrayList<>(List.of("team", "name", "tribe", "period", "level", "score"));
        for (Dimension dimension : dimensions) {
            header.add(dimension.id() + "-level");
            header.add(dimension.id() + "-progress");
        }
        for (Metric metric : Metric.BUILT_IN) {
            header.add(metric.id());
        }
        for (Dimension dimension : dimensions) {
            header.add(dimension.id() + "-exempt");
        }
        header.add("satisfaction-source");
        header.add("withheld");
        for (Metric metric : metrics.own()) {
            header.add(metric.id());
        }
        row(writer, header);
        for (TeamScore team : report.teams()) {
            for (AssessmentScore assessment : team.assessments()) {
                List<String> cells = new ArrayList<>();
                cells.add(team.team().id());
                cells.add(team.team().name());
                cells.add(team.team().tribe() == null ? "" : team.team().tribe());
                cells.add(assessment.assessment().period().toString());
                cells.add(assessment.levelId());
                cells.add(Numbers.score(assessment.score()).toPlainString());
                for (DimensionScore dimension : assessment.dimensions()) {
                    cells.add(dimension.levelId());
                    cells.add(Numbers.score(dimension.progress()).toPlainString());
                }
                for (Metric metric : Metric.BUILT_IN) {
                    cells.add(cell(metric, assessment.metrics().get(metric)));
                }
                for (DimensionScore dimension : assessment.dimensions()) {
                    cells.add(Integer.toString(dimension.exemptChecks()));
                }
                SatisfactionSource source = assessment.assessment().satisfactionSource();
                cells.add(source == null ? "" : source.id());
                // Withheld figures are empty cells above, like no data; this column tells them apart.
                cells.add(assessment.assessment().withheldInOrder().stream().map(Metric::id)
                        .collect(Collectors.joining(" ")));
                for (Metric metric : metrics.own()) {
                    cells.add(cell(metric, assessment.metrics().get(metric)));
                }
                row(writer, cells);
            }
        }
        writer.flush();
    }

    private static String cell(Metric metric, MetricValue value) {
        if (value instanceof MetricValue.Flag flag) {
            return Boolean.toString(flag.value());
        }
        if (value instanceof MetricValue.Number number) {
            return Numbers.value(metric, number).toPlainString();
        }
        if (value instanceof MetricValue.Choice choice) {
            return choice.id();
        }
        return "";
    }

    private static void row(Writer writer, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(escape(cells.get(i)));
        }
        writer.write("\r\n");
    }

    static String escape(String text) {
        String cell = visible(text);
        String safe = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !isNumber(cell)
                ? "'" + cell : cell;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    /**
     * The cell with each character that the loader refuses in team-written text (controls, bidi
     * controls, separators, unpaired surrogates) replaced by U+FFFD: a defence should one ever get
     * past it, since a spreadsheet or a terminal showing the file would act on it. Tabs and line
     * breaks stay; quoting keeps them inside their cell.
     */
    private static String visible(String cell) {
        if (cell.codePoints().noneMatch(CsvExport::isRefused)) {
            return cell;
        }
        StringBuilder shown = new StringBuilder(cell.length());
        cell.codePoints().forEach(c -> shown.appendCodePoint(isRefused(c) ? '\uFFFD' : c));
        return shown.toString();
    }

    private static boolean isRefused(int codePoint) {
        return codePoint != '\t' && codePoint != '\n' && codePoint != '\r' && Quoted.isHidden(codePoint);
    }

    private static boolean isNumber(String cell) {
        return NUMBER.matcher(cell).matches();
    }
}
