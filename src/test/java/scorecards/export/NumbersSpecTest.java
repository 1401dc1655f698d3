package scorecards.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The rounding of {@link Numbers}, compared as text: scores one decimal always written, shares
 * four decimals and figures two, without trailing zeros and never in scientific notation.
 */
class NumbersSpecTest {

    @Test
    void a_whole_score_is_written_with_one_decimal() {
        assertEquals("75.0", Numbers.score(75).toString());
        assertEquals("100.0", Numbers.score(100).toString());
        assertEquals("0.0", Numbers.score(0).toString());
    }

    @Test
    void a_score_is_rounded_to_one_decimal() {
        assertEquals("66.7", Numbers.score(200.0 / 3).toString()); // 66.666… → 66.7
        assertEquals("33.3", Numbers.score(100.0 / 3).toString()); // 33.333… → 33.3
        assertEquals("62.5", Numbers.score(62.5).toString());
        assertEquals("87.5", Numbers.score(87.46).toString()); // 87.46 → 87.5
    }

    @Test
    void a_share_keeps_four_decimals() {
        assertEquals("0.3333", Numbers.share(1.0 / 3).toString());
        assertEquals("0.6667", Numbers.share(2.0 / 3).toString());
        assertEquals("0.1429", Numbers.share(1.0 / 7).toString()); // 0.142857… → 0.1429
    }

    @Test
    void a_share_is_written_without_trailing_zeros() {
        assertEquals("0.5", Numbers.share(0.5).toString());
        assertEquals("0.25", Numbers.share(0.25).toString());
        assertEquals("1", Numbers.share(1.0).toString());
        assertEquals("0", Numbers.share(0.0).toString());
    }

    @Test
    void a_tiny_share_is_written_plainly() {
        assertEquals("0.0001", Numbers.share(0.0001).toString());
        assertEquals("0", Numbers.share(0.00001).toString()); // below half of the fourth decimal
    }

    @Test
    void a_figure_keeps_two_decimals() {
        assertEquals("3.91", Numbers.figure(43.0 / 11).toString()); // 3.9090… → 3.91
        assertEquals("3.33", Numbers.figure(10.0 / 3).toString());
        assertEquals("26.88", Numbers.figure(26.875).toString()); // half up
        assertEquals("-20.5", Numbers.figure(-20.5).toString());
    }

    @Test
    void a_figure_is_written_without_trailing_zeros() {
        assertEquals("4", Numbers.figure(4.0).toString());
        assertEquals("5142.5", Numbers.figure(5142.5).toString());
        assertEquals("0", Numbers.figure(0.0).toString());
    }

    @Test
    void round_figures_are_never_written_in_scientific_notation() {
        // stripTrailingZeros alone would make 40800 into 4.08E+4.
        assertEquals("40800", Numbers.figure(40800).toString());
        assertEquals("480", Numbers.figure(480).toString());
        assertEquals("1000000000", Numbers.figure(1e9).toString());
        assertEquals("100", Numbers.figure(100).toString());
        assertEquals("-100", Numbers.figure(-100).toString());
        assertEquals("10", Numbers.share(10).toString());
        assertEquals("1000000.0", Numbers.score(1e6).toString());
    }
}
