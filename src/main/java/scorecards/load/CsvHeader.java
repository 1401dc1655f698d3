package scorecards.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The header row of a CSV file the format reads (a survey or a facts file): which column holds
 * what. A column the format does not know is an error with "did you mean", unless organisation.yaml
 * lists it under the file kind's {@code ignore-columns}; a column named twice or not at all is an
 * error at its cell.
 */
record CsvHeader(int size, Map<String, Integer> columns) {

    /** The column's index, or null when the header does not have it. */
    Integer index(String column) {
        return columns.get(column);
    }

    /**
     * @param known   the columns the format reads from this kind of file, in their written order
     * @param ignored the columns organisation.yaml says to read past
     * @param kind    the file kind as organisation.yaml names its settings: {@code survey} or {@code facts}
     * @param tool    what adds extra columns, for the message: "the survey tool"
     */
    static CsvHeader read(CsvFile.Row record, CsvFile layout, Problems problems, List<String> known,
            List<String> ignored, String kind, String tool) {
        Map<String, Integer> columns = new HashMap<>();
        Map<String, Integer> skipped = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip();
            if (name.isEmpty()) {
                problems.report(layout.cell(record, i), "column " + (i + 1) + " of the header has no name; name it, "
                        + "or remove the extra comma");
                continue;
            }
            Map<String, Integer> into = known.contains(name) ? columns : ignored.contains(name) ? skipped : null;
            if (into == null) {
                problems.report(layout.cell(record, i), "unknown column " + Quoted.of(name)
                        + Suggestions.closest(name, known).map(close -> "; did you mean " + Quoted.of(close) + "?")
                                .orElse("; a " + kind + " file has the columns " + String.join(", ", known))
                        + " (to read past a column of " + tool + ", list it under '" + kind + ": ignore-columns' in "
                        + "organisation.yaml)");
                continue;
            }
            Integer earlier = into.putIfAbsent(name, i);
            if (earlier != null) {
                problems.report(layout.cell(record, i), "column " + Quoted.of(name) + " is in the header twice (first as "
                        + "column " + (earlier + 1) + ")");
            }
        }
        return new CsvHeader(record.size(), columns);
    }

    /**
     * Whether a row has one cell per column; reports it otherwise.
     *
     * @param empty what an empty cell means, for the message: "no answer"
     */
    boolean fits(CsvFile.Row record, CsvFile layout, Problems problems, String empty) {
        if (record.size() == size) {
            return true;
        }
        Location where = record.size() > size ? layout.cell(record, size) : layout.end(record);
        problems.report(where, "this row has " + record.size() + (record.size() == 1 ? " cell" : " cells")
                + ", the header has " + size + "; a row has one cell per column (an empty cell for " + empty + ")");
        return false;
    }

    /** The cell of a column, stripped; empty when the header does not have the column. */
    String cell(CsvFile.Row record, String column) {
        Integer index = columns.get(column);
        return index == null ? "" : record.get(index).strip();
    }
}
