package scorecards.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The rounding shared by the export, the site and the pull-request summary. */
class NumbersTest {

    @Test
    void scores_always_show_one_decimal() {
        assertEquals("75.0", Numbers.score(75).toPlainString());
        assertEquals("66.7", Numbers.score(200.0 / 3).toPlainString());
        assertEquals("0.1", Numbers.score(0.05).toPlainString(), "half up");
    }

    @Test
    void shares_keep_four_decimals_without_trailing_zeros() {
        assertEquals("0.3333", Numbers.share(1.0 / 3).toPlainString());
        assertEquals("0.75", Numbers.share(0.75).toPlainString());
        assertEquals("1", Numbers.share(1.0).toPlainString());
        assertEquals("0", Numbers.share(0.0).toPlainString());
    }

    @Test
    void figures_keep_two_decimals_and_never_use_scientific_notation() {
        assertEquals("40800", Numbers.figure(40800.0).toPlainString());
        assertEquals("3.91", Numbers.figure(43.0 / 11).toPlainString());
        assertEquals("1000000", Numbers.figure(1e6).toPlainString());
    }
}
