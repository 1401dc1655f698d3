package scorecards.synthetic;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import scorecards.model.Cadence;

/**
 * The periods of a synthetic organisation, oldest first, ending in {@link #CURRENT_QUARTER} (or,
 * monthly, in its last month). A period's ordinal is year × periods per year + index − 1.
 */
record TimeLine(Cadence cadence, int periods) {

    /** The current period of every quarterly synthetic organisation. */
    static final String CURRENT_QUARTER = "2026-Q3";
    /** The current period of a monthly one: the last month of {@link #CURRENT_QUARTER}. */
    static final String CURRENT_MONTH = "2026-09";
    private static final int CURRENT_YEAR = 2026;
    private static final int CURRENT_QUARTER_INDEX = 3;

    /** The ordinal of the period at {@code index} (0: the oldest). */
    int ordinal(int index) {
        int current = cadence == Cadence.MONTHLY ? CURRENT_YEAR * 12 + CURRENT_QUARTER_INDEX * 3 - 1
                : CURRENT_YEAR * 4 + CURRENT_QUARTER_INDEX - 1;
        return current - (periods - 1) + index;
    }

    String current() {
        return cadence == Cadence.MONTHLY ? CURRENT_MONTH : CURRENT_QUARTER;
    }

    /** The period at {@code index}, as files write it. */
    String period(int index) {
        return name(ordinal(index));
    }

    /** The period of an ordinal, which may lie beyond the time line (a deadline, an exemption's end). */
    String name(int ordinal) {
        return cadence == Cadence.MONTHLY ? String.format(Locale.ROOT, "%04d-%02d", ordinal / 12, ordinal % 12 + 1)
                : String.format(Locale.ROOT, "%04d-Q%d", ordinal / 4, ordinal % 4 + 1);
    }

    /** The 15th of the period's middle month (of its month, monthly): when a journal post is dated. */
    LocalDate middle(int index) {
        return firstMonth(index).plusMonths(cadence == Cadence.MONTHLY ? 0 : 1).atDay(15);
    }

    /** The period's last day: when its facts were observed. */
    LocalDate lastDay(int index) {
        return firstMonth(index).plusMonths(cadence == Cadence.MONTHLY ? 0 : 2).atEndOfMonth();
    }

    private YearMonth firstMonth(int index) {
        int ordinal = ordinal(index);
        return cadence == Cadence.MONTHLY ? YearMonth.of(ordinal / 12, ordinal % 12 + 1)
                : YearMonth.of(ordinal / 4, (ordinal % 4) * 3 + 1);
    }
}
