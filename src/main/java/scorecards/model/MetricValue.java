package scorecards.model;

/** The value of one metric in one assessment: a yes/no fact or a number. */
public sealed interface MetricValue {

    boolean sameAs(MetricValue other);

    record Flag(boolean value) implements MetricValue {
        @Override
        public boolean sameAs(MetricValue other) {
            return other instanceof Flag flag && flag.value == value;
        }
    }

    record Number(double value) implements MetricValue {
        @Override
        public boolean sameAs(MetricValue other) {
            return other instanceof Number number && Double.compare(number.value, value) == 0;
        }
    }

    static MetricValue of(boolean value) {
        return new Flag(value);
    }

    static MetricValue of(double value) {
        return new Number(value);
    }
}
