package scorecards.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvExportTest {

    @Test
    void a_cell_a_spreadsheet_would_run_as_a_formula_is_prefixed_with_an_apostrophe() {
        assertEquals("'=HYPERLINK(\"\"x\"\")", CsvExport.escape("=HYPERLINK(\"x\")").replaceAll("^\"|\"$", ""));
        assertEquals("'@SUM(A1)", CsvExport.escape("@SUM(A1)"));
        assertEquals("'+1+2", CsvExport.escape("+1+2"));
    }

    @Test
    void negative_numbers_stay_numbers() {
        assertEquals("-12.5", CsvExport.escape("-12.5"));
    }

    @Test
    void commas_quotes_and_line_breaks_are_quoted() {
        assertEquals("\"Checkout, Payments\"", CsvExport.escape("Checkout, Payments"));
        assertEquals("\"say \"\"hi\"\"\"", CsvExport.escape("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvExport.escape("two\nlines"));
    }

    @Test
    void a_character_the_loader_refuses_is_replaced_should_one_reach_a_cell_and_white_space_stays() {
        assertEquals("\uFFFD]0;x\uFFFD\uFFFD[31mBeta", CsvExport.escape("\u001B]0;x\u0007\u001B[31mBeta"));
        assertEquals("Docs \uFFFDnohtyp \uFFFD", CsvExport.escape("Docs \u202Enohtyp \u2028"));
        assertEquals("\"Sam\tLee\r\n\"", CsvExport.escape("Sam\tLee\r\n"));
        assertEquals("Ada 👩‍💻", CsvExport.escape("Ada 👩\u200D💻"));
    }
}
