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
}
