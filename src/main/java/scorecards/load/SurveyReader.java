package scorecards.load;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import scorecards.model.Cadence;
import scorecards.model.Period;
import scorecards.model.SurveySettings;

/**
 * Reads one survey file, {@code scorecards/surveys/<period>.csv}: a header row, then one row per
 * answer sheet. Checks the file name against the cadence, the header against the format's
 * columns (and the organisation's {@code ignore-columns}), each row's team against the team files
 * and each answer against its range, reporting every problem at its line and column; then counts
 * each team's answers.
 */
final class SurveyReader {

    /** Far above any real survey (a million answer sheets is about 15 MB), far below what could hurt a build. */
    static final int MAX_FILE_BYTES = 64 << 20;

    private final Cadence cadence;
    private final SurveySettings settings;
    private final Set<String> teamIds;

    /**
     * @param cadence  the organisation's cadence, or null when organisation.yaml could not be read
     *                 (then a file named after a period of either cadence is accepted)
     * @param teamIds  the ids of every team file, read or not: a row may name any of them
     */
    SurveyReader(Cadence cadence, SurveySettings settings, Set<String> teamIds) {
        this.cadence = cadence;
        this.settings = settings;
        this.teamIds = teamIds;
    }

    /** One survey: its period and, by team id, each team's answers. */
    record Survey(String file, Period period, Map<String, SurveyTally> teams) {
        Survey {
            teams = Collections.unmodifiableMap(new TreeMap<>(teams));
        }
    }

    /**
     * The survey of {@code bytes}: the teams of the rows read without a problem. Empty when the file
     * name is not a period or the text cannot be read as CSV; every problem is reported to {@code problems}.
     */
    Optional<Survey> read(String name, byte[] bytes, Problems problems) {
        Optional<Period> period = period(name, problems);
        if (bytes.length > MAX_FILE_BYTES) {
            problems.report(Location.START, "file is " + bytes.length + " bytes, more than the " + MAX_FILE_BYTES
                    + " a survey file may have");
            return Optional.empty();
        }
        Optional<CsvFile> csv = CsvFile.of(bytes, problems);
        if (csv.isEmpty()) {
            return Optional.empty();
        }
        if (csv.get().isBlank()) {
            problems.report(Location.START, "file is empty; a survey file starts with a header row, e.g. "
                    + String.join(",", SurveyColumns.ALL));
            return Optional.empty();
        }
        Map<String, SurveyTally> teams = rows(csv.get(), problems);
        // The rows read without a problem, even when others have one: a team file's satisfaction for the
        // same period is then reported too, in the same run.
        return period.map(p -> new Survey(problems.file(), p, teams));
    }

    /** The period a survey file's name gives: {@code 2025-Q3.csv} is the survey of 2025-Q3. */
    private Optional<Period> period(String name, Problems problems) {
        String stem = name.substring(0, name.length() - ".csv".length());
        Optional<Period> period = Period.parse(stem);
        String example = cadence == null ? Cadence.QUARTERLY.example() : cadence.example();
        if (period.isEmpty()) {
            problems.report(Location.START, "a survey file is named after its period, e.g. " + example + ".csv; "
                    + Quoted.of(stem) + " is not a period");
            return Optional.empty();
        }
        if (cadence != null && period.get().cadence() != cadence) {
            problems.report(Location.START, "period " + Quoted.of(stem) + " in the file name does not fit the "
                    + cadence.id() + " cadence of organisation.yaml; name the file like " + example + ".csv");
            return Optional.empty();
        }
        Optional<String> outside = Fields.outsideTheYears(period.get());
        outside.ifPresent(message -> problems.report(Location.START, message));
        return outside.isPresent() ? Optional.empty() : period;
    }

    private Map<String, SurveyTally> rows(CsvFile csv, Problems problems) {
        Reading reading = new Reading(csv, problems);
        boolean complete = csv.rows(reading, problems);
        if (complete && reading.headerRow != null && reading.rows == 0) {
            problems.report(csv.end(reading.headerRow), "the file has a header but no answers; a survey file has one "
                    + "row per answer sheet");
        }
        return reading.teams;
    }

    /** The header first, then each answer sheet counted for its team. */
    private final class Reading implements Consumer<CsvFile.Row> {
        private final CsvFile csv;
        private final Problems problems;
        private final Map<String, SurveyTally> teams = new HashMap<>();
        private final Map<String, String> unknownTeamHints = new HashMap<>();
        private CsvFile.Row headerRow;
        private CsvHeader header;
        private int rows;

        Reading(CsvFile csv, Problems problems) {
            this.csv = csv;
            this.problems = problems;
        }

        @Override
        public void accept(CsvFile.Row row) {
            if (headerRow == null) {
                headerRow = row;
                header = header(row, csv, problems);
            } else {
                rows++;
                if (header != null) {
                    row(row, header, csv, problems, teams, unknownTeamHints);
                }
            }
        }
    }

    /** The columns of the header row, by what they hold; null when the rows cannot be read by it. */
    private CsvHeader header(CsvFile.Row record, CsvFile layout, Problems problems) {
        CsvHeader header = CsvHeader.read(record, layout, problems, SurveyColumns.ALL, settings.ignoreColumns(),
                "survey", "the survey tool");
        if (header.index(SurveyColumns.TEAM) == null) {
            problems.report(layout.cell(record, 0), "the header has no 'team' column; every row must say which team "
                    + "answered, by its id" + CsvFile.separatorHint(record));
            return null;
        }
        return header;
    }

    private void row(CsvFile.Row record, CsvHeader header, CsvFile layout, Problems problems,
            Map<String, SurveyTally> teams, Map<String, String> unknownTeamHints) {
        if (!header.fits(record, layout, problems, "no answer")) {
            return;
        }
        int before = problems.count();
        int teamColumn = header.index(SurveyColumns.TEAM);
        String team = record.get(teamColumn).strip();
        if (team.isEmpty()) {
            problems.report(layout.cell(record, teamColumn), "the 'team' cell is empty; every row must name the team "
                    + "that answered, by its id");
        } else if (!teamIds.contains(team)) {
            // One look for a close id per distinct unknown team, however many rows name it.
            String hint = unknownTeamHints.computeIfAbsent(team, unknown -> Suggestions.closest(unknown, teamIds)
                    .map(known -> "; did you mean " + Quoted.of(known) + "?").orElse(""));
            problems.report(layout.cell(record, teamColumn), "unknown team " + Quoted.of(team)
                    + "; no file scorecards/teams/" + Quoted.text(team) + ".yaml" + hint);
        }
        Integer csat = answer(record, header, SurveyColumns.CSAT, layout, problems);
        Integer recommend = answer(record, header, SurveyColumns.RECOMMEND, layout, problems);
        Integer complexity = answer(record, header, SurveyColumns.COMPLEXITY_REDUCED, layout, problems);
        if (problems.count() == before) {
            teams.computeIfAbsent(team, id -> new SurveyTally(layout.cell(record, teamColumn)))
                    .add(csat, recommend, complexity);
        }
    }

    private static Integer answer(CsvFile.Row record, CsvHeader header, String column, CsvFile layout,
            Problems problems) {
        Integer index = header.index(column);
        if (index == null || record.get(index).isBlank()) {
            return null;
        }
        String cell = record.get(index);
        Integer answer = SurveyColumns.answer(column, cell);
        if (answer == null) {
            problems.report(layout.cell(record, index), "'" + column + "' must be " + SurveyColumns.wanted(column)
                    + " or empty for no answer, found " + Quoted.of(cell.strip()) + hint(column, cell.strip()));
        }
        return answer;
    }

    /** "; write 4" for an answer a spreadsheet wrote as 4.0 or with a decimal comma. */
    private static String hint(String column, String cell) {
        String whole = cell.replaceFirst("[.,]0+$", "");
        return !whole.equals(cell) && SurveyColumns.answer(column, whole) != null ? "; write " + whole : "";
    }
}
