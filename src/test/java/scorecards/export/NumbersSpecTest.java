package scorecards.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rounding of {@link Numbers} shared by the export, the site and the pull-request summary,
 * compared as text: scores one decimal always written, shares four decimals and figures two,
 * half up, without trailing zeros and never in scientific notation. Each table row is a value, the
 * text it must give, and why.
 */
class NumbersSpecTest {

    static Stream<Arguments> scores() {
        return Stream.of(
                Arguments.of(75.0, "75.0", "a whole score is written with one decimal"),
                Arguments.of(100.0, "100.0", "a whole score is written with one decimal"),
                Arguments.of(0.0, "0.0", "a whole score is written with one decimal"),
                Arguments.of(200.0 / 3, "66.7", "66.666… rounds to one decimal"),
                Arguments.of(100.0 / 3, "33.3", "33.333… rounds to one decimal"),
                Arguments.of(62.5, "62.5", "one decimal stays as it is"),
                Arguments.of(87.46, "87.5", "87.46 rounds to 87.5"),
                Arguments.of(0.05, "0.1", "half up"),
                Arguments.of(1e6, "1000000.0", "never in scientific notation"));
    }

    static Stream<Arguments> shares() {
        return Stream.of(
                Arguments.of(1.0 / 3, "0.3333", "four decimals"),
                Arguments.of(2.0 / 3, "0.6667", "four decimals, rounded"),
                Arguments.of(1.0 / 7, "0.1429", "0.142857… rounds to four decimals"),
                Arguments.of(0.5, "0.5", "no trailing zeros"),
                Arguments.of(0.25, "0.25", "no trailing zeros"),
                Arguments.of(0.75, "0.75", "no trailing zeros"),
                Arguments.of(1.0, "1", "no trailing zeros, no decimal point"),
                Arguments.of(0.0, "0", "no trailing zeros, no decimal point"),
                Arguments.of(0.0001, "0.0001", "a tiny share is written plainly"),
                Arguments.of(0.00001, "0", "below half of the fourth decimal"),
                Arguments.of(10.0, "10", "never in scientific notation"));
    }

    static Stream<Arguments> figures() {
        return Stream.of(
                Arguments.of(43.0 / 11, "3.91", "3.9090… rounds to two decimals"),
                Arguments.of(10.0 / 3, "3.33", "two decimals"),
                Arguments.of(26.875, "26.88", "half up"),
                Arguments.of(-20.5, "-20.5", "a negative figure"),
                Arguments.of(4.0, "4", "no trailing zeros"),
                Arguments.of(5142.5, "5142.5", "no trailing zeros"),
                Arguments.of(0.0, "0", "no trailing zeros"),
                // stripTrailingZeros alone would make 40800 into 4.08E+4.
                Arguments.of(40800.0, "40800", "never in scientific notation"),
                Arguments.of(480.0, "480", "never in scientific notation"),
                Arguments.of(1e6, "1000000", "never in scientific notation"),
                Arguments.of(1e9, "1000000000", "never in scientific notation"),
                Arguments.of(100.0, "100", "never in scientific notation"),
                Arguments.of(-100.0, "-100", "never in scientific notation"));
    }

    @ParameterizedTest(name = "score {0} is written {1}: {2}")
    @MethodSource("scores")
    void a_score_is_written_with_one_decimal(double value, String text, String why) {
        assertEquals(text, Numbers.score(value).toString(), why);
        assertEquals(text, Numbers.score(value).toPlainString(), why);
    }

    @ParameterizedTest(name = "share {0} is written {1}: {2}")
    @MethodSource("shares")
    void a_share_keeps_four_decimals_without_trailing_zeros(double value, String text, String why) {
        assertEquals(text, Numbers.share(value).toString(), why);
        assertEquals(text, Numbers.share(value).toPlainString(), why);
    }

    @ParameterizedTest(name = "figure {0} is written {1}: {2}")
    @MethodSource("figures")
    void a_figure_keeps_two_decimals_without_trailing_zeros(double value, String text, String why) {
        assertEquals(text, Numbers.figure(value).toString(), why);
        assertEquals(text, Numbers.figure(value).toPlainString(), why);
    }
}
