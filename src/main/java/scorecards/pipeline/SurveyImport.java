package scorecards.pipeline;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import scorecards.load.CsvFile;
import scorecards.load.Location;
import scorecards.load.Problem;
import scorecards.load.Problems;
import scorecards.load.Fields;
import scorecards.load.Quoted;
import scorecards.load.SourceLoader;
import scorecards.load.Suggestions;
import scorecards.load.SurveyColumns;
import scorecards.model.Assessment;
import scorecards.model.Period;
import scorecards.model.SatisfactionSource;
import scorecards.model.Scorecards;
import scorecards.model.Team;

/**
 * Turns a survey tool's export, with the tool's own column names, into
 * {@code scorecards/surveys/<period>.csv}: the team column and the mapped questions, nothing else
 * (time stamps and free text are left behind), every answer checked, rows sorted so that their
 * order says nothing about who answered when. Never writes over an existing survey file.
 */
public final class SurveyImport {

    /** Far above a real export, as for survey files. */
    static final int MAX_FILE_BYTES = 64 << 20;

    /** What to bring in: the export, its period, which column names the team, which hold which question. */
    public record Request(Path source, Path file, String period, String teamColumn, List<String> mappings) {
        public Request {
            mappings = List.copyOf(mappings);
        }
    }

    /**
     * What came of it: the problems of the export (nothing written then), or the file written with
     * how many answer sheets of how many teams, the export's columns left behind, and the teams whose
     * figures will be withheld for too few answers.
     */
    public record Result(List<Problem> problems, Path written, Period period, int rows, int teams,
            List<String> leftOut, List<String> withheldTeams) {
        public Result {
            problems = List.copyOf(problems);
            leftOut = List.copyOf(leftOut);
            withheldTeams = List.copyOf(withheldTeams);
        }

        public boolean isValid() {
            return problems.isEmpty();
        }

        public String summary() {
            if (!isValid()) {
                long files = problems.stream().map(Problem::file).distinct().count();
                return Summaries.plural(problems.size(), "problem") + (files == 1 ? "" : " in " + files + " files")
                        + "; nothing written";
            }
            StringBuilder text = new StringBuilder("wrote " + written + " for " + period + ": "
                    + Summaries.plural(rows, "answer sheet") + " of " + Summaries.plural(teams, "team"));
            if (!leftOut.isEmpty()) {
                text.append("; left out the columns ").append(String.join(", ", leftOut.stream().map(Quoted::of).toList()));
            }
            if (!withheldTeams.isEmpty()) {
                text.append("; too few answers to show, so withheld: ").append(String.join(", ", withheldTeams));
            }
            return text.append("; review it, then commit it").toString();
        }
    }

    private SurveyImport() {
    }

    public static Result run(Request request) throws Refused, IOException {
        Map<String, String> fields = fields(request);
        Scorecards scorecards = repository(request.source());
        Period period = period(request.period(), scorecards);
        Path target = request.source().resolve(SourceLoader.SURVEYS).resolve(period + ".csv");
        if (Files.exists(target)) {
            throw new Refused(target + " exists already; a period's survey is brought in once, whole (remove the "
                    + "file first to bring in a corrected export)");
        }
        if (!Files.isRegularFile(request.file())) {
            throw new Refused("no file " + request.file());
        }
        long size = Files.size(request.file());
        if (size > MAX_FILE_BYTES) {
            throw new Refused(request.file() + " is " + size + " bytes, more than the " + MAX_FILE_BYTES
                    + " a survey export may have");
        }
        Problems problems = new Problems(request.file().toString());
        Optional<CsvFile> csv = CsvFile.of(Files.readAllBytes(request.file()), problems);
        if (csv.isEmpty()) {
            return failed(problems, period);
        }
        if (csv.get().isBlank()) {
            problems.report(Location.START, "file is empty; a survey export starts with a header row");
            return failed(problems, period);
        }
        Conversion conversion = new Conversion(csv.get(), problems, request.teamColumn(), fields, scorecards, period);
        boolean complete = csv.get().rows(conversion, problems);
        if (complete && conversion.header != null && conversion.sheets.isEmpty() && problems.isEmpty()) {
            problems.report(csv.get().end(conversion.headerRow), "the export has a header but no answers");
        }
        if (!problems.isEmpty()) {
            return failed(problems, period);
        }
        write(target, conversion);
        int minResponses = scorecards.organisation().survey().minResponses();
        List<String> withheld = conversion.rowsByTeam().entrySet().stream()
                .filter(entry -> entry.getValue() < minResponses).map(Map.Entry::getKey).toList();
        return new Result(List.of(), target, period, conversion.sheets.size(), conversion.rowsByTeam().size(),
                conversion.leftOut, withheld);
    }

    private static Result failed(Problems problems, Period period) {
        return new Result(problems.list(), null, period, 0, 0, List.of(), List.of());
    }

    /** The {@code --map COLUMN=FIELD} options as field by column; every field at most once. */
    private static Map<String, String> fields(Request request) throws Refused {
        Map<String, String> byColumn = new LinkedHashMap<>();
        Set<String> fields = new HashSet<>();
        for (String mapping : request.mappings()) {
            // The field is after the last '=': a question may hold one ("1 = not at all").
            int equals = mapping.lastIndexOf('=');
            if (equals <= 0 || equals == mapping.length() - 1) {
                throw new Refused("--map takes COLUMN=FIELD, e.g. --map \"How satisfied are you?=csat\"; found "
                        + Quoted.of(mapping));
            }
            String column = mapping.substring(0, equals).strip();
            String field = mapping.substring(equals + 1).strip();
            if (!SurveyColumns.ANSWERS.contains(field)) {
                throw new Refused("unknown field " + Quoted.of(field) + " in --map" + Suggestions.hint(field,
                        SurveyColumns.ANSWERS) + (field.equals(SurveyColumns.TEAM) ? " (name the team column with "
                        + "--team-column)" : ""));
            }
            if (!fields.add(field)) {
                throw new Refused("two columns are mapped to " + Quoted.of(field) + "; map one column to each field");
            }
            if (byColumn.putIfAbsent(column, field) != null) {
                throw new Refused("column " + Quoted.of(column) + " is mapped twice");
            }
        }
        if (request.teamColumn() != null && byColumn.containsKey(request.teamColumn().strip())) {
            throw new Refused("column " + Quoted.of(request.teamColumn()) + " is the team column and cannot also be a "
                    + "question");
        }
        return byColumn;
    }

    private static Scorecards repository(Path source) throws Refused, IOException {
        SourceLoader.Result loaded = Validation.of(source);
        if (!loaded.isValid()) {
            throw new Refused("the repository has " + Summaries.plural(loaded.problems().size(), "problem")
                    + "; a survey is checked against its teams, so run 'validate' and fix them first");
        }
        return loaded.scorecards().orElseThrow();
    }

    private static Period period(String text, Scorecards scorecards) throws Refused {
        Period period = Period.parse(text).orElseThrow(() -> new Refused(Quoted.of(text) + " is not a period; give one "
                + "like " + scorecards.organisation().cadence().example()));
        if (period.cadence() != scorecards.organisation().cadence()) {
            throw new Refused("period " + Quoted.of(text) + " does not fit the " + scorecards.organisation().cadence().id()
                    + " cadence of organisation.yaml; give one like " + scorecards.organisation().cadence().example());
        }
        Optional<String> outside = Fields.outsideTheYears(period);
        if (outside.isPresent()) {
            throw new Refused(outside.get());
        }
        return period;
    }

    /** Reads the export row by row into answer sheets: team id and the mapped answers. */
    private static final class Conversion implements Consumer<CsvFile.Row> {
        private final CsvFile csv;
        private final Problems problems;
        private final String teamColumn;
        private final Map<String, String> fields;
        private final Period period;
        /** Team ids by id and by lower-case name: survey forms often offer the teams by name. */
        private final Map<String, String> teams = new HashMap<>();
        private final Set<String> teamFileSatisfaction = new HashSet<>();
        private final Set<String> conflictsReported = new HashSet<>();
        private final Map<String, String> hints = new HashMap<>();
        private final List<String> leftOut = new ArrayList<>();
        private final List<Sheet> sheets = new ArrayList<>();
        private CsvFile.Row headerRow;
        private int[] header;
        private int teamIndex;

        Conversion(CsvFile csv, Problems problems, String teamColumn, Map<String, String> fields,
                Scorecards scorecards, Period period) {
            this.csv = csv;
            this.problems = problems;
            this.teamColumn = teamColumn == null ? SurveyColumns.TEAM : teamColumn.strip();
            this.fields = fields;
            this.period = period;
            for (Team team : scorecards.teams()) {
                teams.put(team.id(), team.id());
                teams.putIfAbsent(team.name().strip().toLowerCase(Locale.ROOT), team.id());
                for (Assessment assessment : team.assessments()) {
                    if (assessment.period().equals(period)
                            && assessment.satisfactionSource() == SatisfactionSource.TEAM_FILE) {
                        teamFileSatisfaction.add(team.id());
                    }
                }
            }
        }

        @Override
        public void accept(CsvFile.Row row) {
            if (headerRow == null) {
                headerRow = row;
                header(row);
            } else if (header != null) {
                sheet(row);
            }
        }

        /** Finds the team column and each mapped column; names the columns left behind. */
        private void header(CsvFile.Row row) {
            List<String> names = Arrays.stream(row.cells()).map(String::strip).toList();
            int[] indexes = new int[SurveyColumns.ANSWERS.size()];
            Arrays.fill(indexes, -1);
            teamIndex = names.indexOf(teamColumn);
            boolean complete = true;
            if (teamIndex < 0) {
                problems.report(csv.cell(row, 0), "no column " + Quoted.of(teamColumn) + " for the team"
                        + Suggestions.hint(teamColumn, names.stream().filter(name -> !name.isEmpty()).toList())
                        + "; name the team column with --team-column" + CsvFile.separatorHint(row));
                complete = false;
            }
            for (Map.Entry<String, String> mapping : fields.entrySet()) {
                int index = names.indexOf(mapping.getKey());
                if (index < 0) {
                    problems.report(csv.cell(row, 0), "no column " + Quoted.of(mapping.getKey()) + " to map to "
                            + Quoted.of(mapping.getValue()) + Suggestions.hint(mapping.getKey(),
                            names.stream().filter(name -> !name.isEmpty()).toList()));
                    complete = false;
                } else if (names.lastIndexOf(mapping.getKey()) != index) {
                    problems.report(csv.cell(row, names.lastIndexOf(mapping.getKey())), "column "
                            + Quoted.of(mapping.getKey()) + " is in the header twice; which one holds "
                            + Quoted.of(mapping.getValue()) + " cannot be told");
                    complete = false;
                } else {
                    indexes[SurveyColumns.ANSWERS.indexOf(mapping.getValue())] = index;
                }
            }
            for (int i = 0; i < names.size(); i++) {
                if (i != teamIndex && !fields.containsKey(names.get(i))) {
                    leftOut.add(names.get(i).isEmpty() ? "column " + (i + 1) : names.get(i));
                }
            }
            header = complete ? indexes : null;
        }

        private void sheet(CsvFile.Row row) {
            if (row.size() != headerRow.size()) {
                problems.report(row.size() > headerRow.size() ? csv.cell(row, headerRow.size()) : csv.end(row),
                        "this row has " + Summaries.plural(row.size(), "cell") + ", the header has "
                                + headerRow.size());
                return;
            }
            int before = problems.count();
            String team = team(row);
            Integer[] answers = new Integer[SurveyColumns.ANSWERS.size()];
            for (int field = 0; field < answers.length; field++) {
                int index = header[field];
                if (index < 0 || row.get(index).isBlank()) {
                    continue;
                }
                String column = SurveyColumns.ANSWERS.get(field);
                answers[field] = SurveyColumns.answer(column, row.get(index));
                if (answers[field] == null) {
                    problems.report(csv.cell(row, index), Quoted.of(headerRow.get(index).strip()) + " holds "
                            + Quoted.of(column) + ", which must be " + SurveyColumns.wanted(column)
                            + " or empty for no answer; found " + Quoted.of(row.get(index).strip()));
                }
            }
            if (problems.count() == before) {
                sheets.add(new Sheet(team, answers));
            }
        }

        /** The team id a row names, by id or by the team's name; null after reporting why there is none. */
        private String team(CsvFile.Row row) {
            String cell = row.get(teamIndex).strip();
            if (cell.isEmpty()) {
                problems.report(csv.cell(row, teamIndex), "the team cell is empty; every answer sheet must say which "
                        + "team answered");
                return null;
            }
            String id = teams.containsKey(cell) ? teams.get(cell) : teams.get(cell.toLowerCase(Locale.ROOT));
            if (id == null) {
                String hint = hints.computeIfAbsent(cell, unknown -> Suggestions.closest(unknown, teams.keySet())
                        .map(known -> "; did you mean " + Quoted.of(known) + "?").orElse(""));
                problems.report(csv.cell(row, teamIndex), "unknown team " + Quoted.of(cell)
                        + "; give a team's id or its name as in its team file" + hint);
                return null;
            }
            if (teamFileSatisfaction.contains(id) && conflictsReported.add(id)) {
                problems.report(csv.cell(row, teamIndex), "team " + Quoted.of(id) + " gives satisfaction for " + period
                        + " in " + SourceLoader.TEAMS + "/" + id + ".yaml; remove that section first, so that the "
                        + "figures come from one place");
            }
            return id;
        }

        Map<String, Integer> rowsByTeam() {
            Map<String, Integer> rows = new TreeMap<>();
            sheets.forEach(sheet -> rows.merge(sheet.team(), 1, Integer::sum));
            return rows;
        }
    }

    /** One answer sheet: the team's id and its answers in the order of {@link SurveyColumns#ANSWERS}. */
    private record Sheet(String team, Integer[] answers) {
    }

    /**
     * Writes the survey file: the team column and the mapped questions, rows sorted by team and
     * answers. A new file only: if one appeared meanwhile, it is left as it is.
     */
    private static void write(Path target, Conversion conversion) throws IOException, Refused {
        List<Integer> columns = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(SurveyColumns.TEAM));
        for (int field = 0; field < SurveyColumns.ANSWERS.size(); field++) {
            if (conversion.fields.containsValue(SurveyColumns.ANSWERS.get(field))) {
                columns.add(field);
                header.add(SurveyColumns.ANSWERS.get(field));
            }
        }
        Comparator<Integer> answer = Comparator.nullsFirst(Comparator.naturalOrder());
        Comparator<Sheet> order = Comparator.comparing(Sheet::team);
        for (int field : columns) {
            order = order.thenComparing(sheet -> sheet.answers()[field], answer);
        }
        List<Sheet> sorted = conversion.sheets.stream().sorted(order).toList();
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(header);
            List<String> cells = new ArrayList<>(header.size());
            for (Sheet sheet : sorted) {
                cells.clear();
                cells.add(sheet.team());
                for (int field : columns) {
                    Integer value = sheet.answers()[field];
                    cells.add(value == null ? "" : value.toString());
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), ".import-", ".csv");
        try {
            Files.writeString(temporary, text.toString(), StandardCharsets.UTF_8);
            try {
                // Without REPLACE_EXISTING: a survey file that appeared meanwhile is never replaced.
                Files.move(temporary, target);
            } catch (FileAlreadyExistsException e) {
                throw new Refused(target + " appeared while the survey was being brought in; it was left as it is");
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
