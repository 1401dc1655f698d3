package scorecards.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One assessment period: a quarter ({@code 2025-Q3}) or a month ({@code 2025-09}).
 * Periods of one cadence are ordered and can be counted apart, which staleness needs.
 */
public record Period(Cadence cadence, int year, int index) implements Comparable<Period> {

    /**
     * The first and last years a period may have. Scorecards began this century and no plan runs
     * past it, so a year outside is a typo; left in, it would become the current period or
     * stretch every chart across centuries. Stated bounds, not today's date, so that the same
     * files build the same site on any day.
     */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2099;

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    public Period {
        if (index < 1 || index > cadence.periodsPerYear()) {
            throw new IllegalArgumentException("period index out of range: " + index);
        }
    }

    /** Reads a period written in either cadence; empty when the text is neither. */
    public static Optional<Period> parse(String text) {
        Matcher quarter = QUARTER.matcher(text);
        if (quarter.matches()) {
            return Optional.of(new Period(Cadence.QUARTERLY, Integer.parseInt(quarter.group(1)),
                    Integer.parseInt(quarter.group(2))));
        }
        Matcher month = MONTH.matcher(text);
        if (month.matches()) {
            return Optional.of(new Period(Cadence.MONTHLY, Integer.parseInt(month.group(1)),
                    Integer.parseInt(month.group(2))));
        }
        return Optional.empty();
    }

    /** The first period of the years a period may have, in the cadence. */
    public static Period first(Cadence cadence) {
        return new Period(cadence, FIRST_YEAR, 1);
    }

    /** The last period of the years a period may have, in the cadence. */
    public static Period last(Cadence cadence) {
        return new Period(cadence, LAST_YEAR, cadence.periodsPerYear());
    }

    /** Position on a single time line of this cadence, so that two periods can be subtracted. */
    public int ordinal() {
        return year * cadence.periodsPerYear() + (index - 1);
    }

    /** The period {@code count} periods after this one (before it, when negative). */
    public Period plus(int count) {
        int ordinal = ordinal() + count;
        int perYear = cadence.periodsPerYear();
        return new Period(cadence, Math.floorDiv(ordinal, perYear), Math.floorMod(ordinal, perYear) + 1);
    }

    /** How many periods lie from {@code earlier} to this one (negative when this one is earlier). */
    public int periodsSince(Period earlier) {
        return ordinal() - earlier.ordinal();
    }

    @Override
    public int compareTo(Period other) {
        int byCadence = cadence.compareTo(other.cadence);
        return byCadence != 0 ? byCadence : Integer.compare(ordinal(), other.ordinal());
    }

    @Override
    public String toString() {
        // Called for every page and row of a large site: plain concatenation, no format parsing.
        String yearText = year >= 1000 ? Integer.toString(year) : String.format("%04d", year);
        return cadence == Cadence.QUARTERLY
                ? yearText + "-Q" + index
                : yearText + (index < 10 ? "-0" : "-") + index;
    }
}
