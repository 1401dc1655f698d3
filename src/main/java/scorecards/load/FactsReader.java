package scorecards.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import scorecards.model.Cadence;
import scorecards.model.Ids;
import scorecards.model.Metric;
import scorecards.model.MetricCatalogue;
import scorecards.model.MetricValue;
import scorecards.model.Period;

/**
 * Reads one facts file, {@code scorecards/facts/<source-id>.csv}: a header row, then one measured
 * value per row. Checks the file name against the id rule, the header against the format's columns
 * (and the organisation's {@code facts: ignore-columns}), and each row's team, period, metric,
 * value, date and evidence address, reporting every problem at its line and column.
 */
final class FactsReader {

    /** As for survey files: far above any real export, far below what could hurt a build. */
    static final int MAX_FILE_BYTES = SurveyReader.MAX_FILE_BYTES;

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Cadence cadence;
    private final MetricCatalogue metrics;
    private final boolean modelKnown;
    private final List<String> ignoreColumns;
    private final Set<String> teamIds;

    /**
     * @param cadence       the organisation's cadence, or null when organisation.yaml could not be read
     * @param metrics       the model's catalogue, or null when model.yaml has problems: then only the
     *                      built-in metrics are checked, and a metric id only the model could explain is
     *                      let pass unreported
     * @param ignoreColumns the columns organisation.yaml says to read past
     * @param teamIds       the ids of every team file, read or not
     */
    FactsReader(Cadence cadence, MetricCatalogue metrics, List<String> ignoreColumns, Set<String> teamIds) {
        this.cadence = cadence;
        this.metrics = metrics == null ? MetricCatalogue.BUILT_IN : metrics;
        this.modelKnown = metrics != null;
        this.ignoreColumns = ignoreColumns;
        this.teamIds = teamIds;
    }

    /** One measured value: a row read without a problem. */
    record Fact(String source, String team, Period period, Metric metric, MetricValue value, LocalDate observedAt, String evidence,
            Location location) {
    }

    /** One facts file: its source id (the file name) and the facts of its rows read without a problem. */
    record Facts(String file, String source, List<Fact> facts) {
        Facts {
            facts = List.copyOf(facts);
        }
    }

    /** The facts of {@code bytes}; empty when the text cannot be read as CSV. Every problem goes to {@code problems}. */
    Optional<Facts> read(String name, byte[] bytes, Problems problems) {
        String source = name.substring(0, name.length() - ".csv".length());
        if (!Ids.isValid(source)) {
            problems.report(Location.START, Quoted.of(source) + " is not a valid source id, and a facts file's name "
                    + "is its source's id: use " + Ids.RULE);
        }
        if (bytes.length > MAX_FILE_BYTES) {
            problems.report(Location.START, "file is " + bytes.length + " bytes, more than the " + MAX_FILE_BYTES
                    + " a facts file may have");
            return Optional.empty();
        }
        Optional<CsvFile> csv = CsvFile.of(bytes, problems);
        if (csv.isEmpty()) {
            return Optional.empty();
        }
        if (csv.get().isBlank()) {
            problems.report(Location.START, "file is empty; a facts file starts with a header row, e.g. "
                    + String.join(",", FactsColumns.ALL));
            return Optional.empty();
        }
        Reading reading = new Reading(csv.get(), source, problems);
        csv.get().rows(reading, problems);
        return Optional.of(new Facts(problems.file(), source, reading.facts));
    }

    /** The header first, then each row read into a fact. */
    private final class Reading implements Consumer<CsvFile.Row> {
        private final CsvFile csv;
        private final String source;
        private final Problems problems;
        private final List<Fact> facts = new ArrayList<>();
        private final Map<String, String> unknownHints = new HashMap<>();
        private boolean headerRead;
        private CsvHeader header;

        Reading(CsvFile csv, String source, Problems problems) {
            this.csv = csv;
            this.source = source;
            this.problems = problems;
        }

        @Override
        public void accept(CsvFile.Row row) {
            if (!headerRead) {
                headerRead = true;
                header = header(row);
            } else if (header != null && header.fits(row, csv, problems, "no value")) {
                fact(row).ifPresent(facts::add);
            }
        }

        private CsvHeader header(CsvFile.Row row) {
            CsvHeader read = CsvHeader.read(row, csv, problems, FactsColumns.ALL, ignoreColumns, "facts",
                    "the exporting tool");
            List<String> missing = FactsColumns.REQUIRED.stream().filter(column -> read.index(column) == null).toList();
            if (!missing.isEmpty()) {
                problems.report(csv.cell(row, 0), "the header has no " + String.join(", ", missing.stream()
                        .map(Quoted::of).toList()) + (missing.size() == 1 ? " column" : " columns") + "; a facts file "
                        + "has the columns team, period, metric and value, and optionally observed-at and evidence"
                        + CsvFile.separatorHint(row));
                return null;
            }
            return read;
        }

        private Optional<Fact> fact(CsvFile.Row row) {
            int before = problems.count();
            String team = team(row);
            Period period = period(row);
            Metric metric = metric(row);
            MetricValue value = metric == null ? null : value(row, metric);
            LocalDate observedAt = observedAt(row);
            String evidence = evidence(row);
            if (problems.count() > before || metric == null || period == null || value == null) {
                return Optional.empty();
            }
            return Optional.of(new Fact(source, team, period, metric, value, observedAt, evidence, at(row, FactsColumns.TEAM)));
        }

        private Location at(CsvFile.Row row, String column) {
            return csv.cell(row, header.index(column));
        }

        private String team(CsvFile.Row row) {
            String team = header.cell(row, FactsColumns.TEAM);
            if (team.isEmpty()) {
                problems.report(at(row, FactsColumns.TEAM), "the 'team' cell is empty; every row names the team "
                        + "measured, by its id");
            } else if (!teamIds.contains(team)) {
                String hint = unknownHints.computeIfAbsent("team " + team, unknown -> Suggestions.closest(team, teamIds)
                        .map(close -> "; did you mean " + Quoted.of(close) + "?").orElse(""));
                problems.report(at(row, FactsColumns.TEAM), "unknown team " + Quoted.of(team) + "; no file "
                        + "scorecards/teams/" + Quoted.text(team) + ".yaml" + hint);
            }
            return team;
        }

        private Period period(CsvFile.Row row) {
            String text = header.cell(row, FactsColumns.PERIOD);
            String example = cadence == null ? Cadence.QUARTERLY.example() : cadence.example();
            Optional<Period> period = Period.parse(text);
            if (period.isEmpty()) {
                problems.report(at(row, FactsColumns.PERIOD), "'period' must be a period like " + example + ", found "
                        + Quoted.of(text));
                return null;
            }
            if (cadence != null && period.get().cadence() != cadence) {
                problems.report(at(row, FactsColumns.PERIOD), "period " + Quoted.of(text) + " does not fit the "
                        + cadence.id() + " cadence of organisation.yaml; write it like " + example);
                return null;
            }
            return period.get();
        }

        /** A metric a facts file can give: written by teams, not a survey figure. */
        private Metric metric(CsvFile.Row row) {
            String id = header.cell(row, FactsColumns.METRIC);
            Location location = at(row, FactsColumns.METRIC);
            Optional<Metric> metric = metrics.find(id);
            if (metric.isPresent() && metric.get().isMeasurable()) {
                return metric.get();
            }
            if (id.isEmpty()) {
                problems.report(location, "the 'metric' cell is empty; every row names the metric measured, by its id");
            } else if (metric.isPresent() && !metric.get().isWritten()) {
                problems.report(location, "metric " + Quoted.of(id) + " is derived from the products a team file "
                        + "lists under 'uses'; a facts file cannot give it");
            } else if (metric.isPresent()) {
                problems.report(location, "metric " + Quoted.of(id) + " comes from team files and surveys; a facts "
                        + "file cannot give it");
            } else if (modelKnown) {
                String hint = unknownHints.computeIfAbsent("metric " + id, unknown -> Suggestions.closest(id,
                        metrics.all().stream().filter(Metric::isMeasurable).map(Metric::id).toList())
                        .map(close -> "; did you mean " + Quoted.of(close) + "?").orElse(""));
                problems.report(location, "unknown metric " + Quoted.of(id) + hint);
            }
            return null;
        }

        private MetricValue value(CsvFile.Row row, Metric metric) {
            String text = header.cell(row, FactsColumns.VALUE);
            Location location = at(row, FactsColumns.VALUE);
            if (text.isEmpty()) {
                problems.report(location, "the 'value' cell is empty; give the value measured");
                return null;
            }
            Optional<MetricValue> value = MetricCells.parse(metric, text);
            if (value.isEmpty()) {
                problems.report(location, metric.type() == scorecards.model.MetricType.CHOICE
                        ? MetricCells.notAChoice(metric, text, "value")
                        : "'value' of metric '" + metric.id() + "' must be " + MetricCells.wanted(metric) + ", found "
                                + Quoted.of(text) + hint(metric, text));
                return null;
            }
            return value.get();
        }

        private LocalDate observedAt(CsvFile.Row row) {
            String text = header.cell(row, FactsColumns.OBSERVED_AT);
            if (text.isEmpty()) {
                return null;
            }
            try {
                if (DATE.matcher(text).matches()) {
                    return LocalDate.parse(text);
                }
            } catch (DateTimeParseException e) {
                // reported below, like any other text that is not a date
            }
            problems.report(at(row, FactsColumns.OBSERVED_AT), "'observed-at' must be a date written YYYY-MM-DD, "
                    + "e.g. 2026-09-30, found " + Quoted.of(text));
            return null;
        }

        /** An http or https address with a host; anything else could run a script where it is shown as a link. */
        private String evidence(CsvFile.Row row) {
            String text = header.cell(row, FactsColumns.EVIDENCE);
            if (text.isEmpty()) {
                return null;
            }
            try {
                URI uri = new URI(text);
                if (WebAddress.isAbsolute(uri) && text.length() <= 2_000) {
                    return text;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            problems.report(at(row, FactsColumns.EVIDENCE), "'evidence' must be an http or https address, e.g. "
                    + "https://ci.example.com/reports/812, found " + Quoted.of(text));
            return null;
        }
    }

    /** "; write 12.5" for a number a spreadsheet wrote with a decimal comma, "; write true" for TRUE. */
    private static String hint(Metric metric, String text) {
        String fixed = text.replace(',', '.').toLowerCase(Locale.ROOT);
        return !fixed.equals(text) && MetricCells.parse(metric, fixed).isPresent() ? "; write " + fixed : "";
    }
}
