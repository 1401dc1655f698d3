package scorecards.load;

import java.util.List;

/** The columns the format reads from a facts file. */
public final class FactsColumns {

    public static final String TEAM = "team";
    public static final String PERIOD = "period";
    public static final String METRIC = "metric";
    public static final String VALUE = "value";
    public static final String OBSERVED_AT = "observed-at";
    public static final String EVIDENCE = "evidence";

    /** Every column the format knows, in the order a written facts file has them. */
    public static final List<String> ALL = List.of(TEAM, PERIOD, METRIC, VALUE, OBSERVED_AT, EVIDENCE);
    /** The columns every facts file must have. */
    public static final List<String> REQUIRED = List.of(TEAM, PERIOD, METRIC, VALUE);

    private FactsColumns() {
    }
}
