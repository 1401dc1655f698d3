package scorecards.load;

import java.util.List;

/** The columns the format reads from a survey file: the team and the three questions. */
public final class SurveyColumns {

    public static final String TEAM = "team";
    public static final String CSAT = "csat";
    public static final String RECOMMEND = "recommend";
    public static final String COMPLEXITY_REDUCED = "complexity-reduced";

    /** Every column the format knows, in the order a written survey file has them. */
    public static final List<String> ALL = List.of(TEAM, CSAT, RECOMMEND, COMPLEXITY_REDUCED);
    /** The answer columns, each optional. */
    public static final List<String> ANSWERS = List.of(CSAT, RECOMMEND, COMPLEXITY_REDUCED);

    private SurveyColumns() {
    }

    /** The lowest answer a question takes. */
    public static int lowest(String column) {
        return column.equals(RECOMMEND) ? 0 : 1;
    }

    /** The highest answer a question takes. */
    public static int highest(String column) {
        return column.equals(RECOMMEND) ? 10 : 5;
    }

    /**
     * The answer a cell holds: a whole number in the question's range, written plainly ("4", not
     * "4.0" or "+4"); null for anything else. Surrounding spaces are allowed.
     */
    public static Integer answer(String column, String cell) {
        String text = cell.strip();
        if (text.isEmpty() || text.length() > 2) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return null;
            }
        }
        int value = Integer.parseInt(text);
        return value >= lowest(column) && value <= highest(column) ? value : null;
    }

    /** "a whole number from 1 to 5", for messages. */
    public static String wanted(String column) {
        return "a whole number from " + lowest(column) + " to " + highest(column);
    }
}
