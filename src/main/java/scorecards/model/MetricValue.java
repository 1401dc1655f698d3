package scorecards.model;

import java.math.BigDecimal;

/**
 * The value of one metric in one assessment: true or false, a number as it was written (kept exact,
 * so that "7.8 and 8.3 within 0.5" is decided on the written decimals), or a choice with its position
 * among the metric's choices (lowest first).
 */
public sealed interface MetricValue {

    boolean sameAs(MetricValue other);

    record Flag(boolean value) implements MetricValue {
        @Override
        public boolean sameAs(MetricValue other) {
            return other instanceof Flag flag && flag.value == value;
        }
    }

    /** A number; two numbers are equal when they have the same value, whatever their written scale. */
    record Number(BigDecimal exact) implements MetricValue {
        public double value() {
            return exact.doubleValue();
        }

        @Override
        public boolean sameAs(MetricValue other) {
            return other instanceof Number number && number.exact.compareTo(exact) == 0;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Number number && sameAs(number);
        }

        @Override
        public int hashCode() {
            return exact.signum() == 0 ? 0 : exact.stripTrailingZeros().hashCode();
        }

        @Override
        public String toString() {
            return exact.toPlainString();
        }
    }

    /** One of a choice metric's choices; {@code position} is its place in the choices, lowest first. */
    record Choice(String id, int position) implements MetricValue {
        @Override
        public boolean sameAs(MetricValue other) {
            return other instanceof Choice choice && choice.id.equals(id);
        }
    }

    static MetricValue of(boolean value) {
        return new Flag(value);
    }

    static MetricValue of(double value) {
        return new Number(BigDecimal.valueOf(value));
    }

    static MetricValue of(BigDecimal value) {
        return new Number(value);
    }
}
