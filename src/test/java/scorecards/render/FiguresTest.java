package scorecards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import freemarker.template.Configuration;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbers, percentages, money and dates as pages write them, in English and in Spanish. */
class FiguresTest {

    private static final Figures ENGLISH = new Figures(NumberStyle.of("en"), "no data", "withheld", "{0} pts");
    private static final Figures SPANISH = new Figures(NumberStyle.of("es"), "sin datos", "reservado", "{0} p. p.");

    @TempDir
    Path temp;

    @Test
    void english_writes_a_decimal_point_groups_thousands_and_puts_the_percent_sign_close() {
        assertEquals("92.3%", ENGLISH.percent(0.923));
        assertEquals("75.5%", ENGLISH.percent(0.755));
        assertEquals("100%", ENGLISH.percent(1.0));
        assertEquals("1,234.5", ENGLISH.figure(1234.5));
        assertEquals("12,345.68", ENGLISH.figure(12345.678));
        assertEquals("9,999", ENGLISH.count(9999));
        assertEquals("1,234.5 EUR", ENGLISH.money(1234.5, "EUR"));
        assertEquals("75.0", ENGLISH.score(75));
        assertEquals("+12.5 pts", ENGLISH.pointsChange(0.5, 0.375));
        assertEquals("\u22120.3", ENGLISH.change(1.0, 1.3));
        assertEquals("no data", ENGLISH.figure(null));
    }

    @Test
    void english_is_the_command_lines_figures() {
        assertEquals(ENGLISH.percent(0.923), Figures.ENGLISH.percent(0.923));
        assertEquals(ENGLISH.money(12345.5, "USD"), Figures.ENGLISH.money(12345.5, "USD"));
        assertEquals(ENGLISH.pointsChange(0.1, 0.2), Figures.ENGLISH.pointsChange(0.1, 0.2));
    }

    @Test
    void spanish_writes_a_decimal_comma_groups_from_five_digits_and_keeps_the_percent_sign_on_the_line() {
        assertEquals("92,3\u00a0%", SPANISH.percent(0.923));
        assertEquals("100\u00a0%", SPANISH.percent(1.0));
        assertEquals("1234,5", SPANISH.figure(1234.5));
        assertEquals("12.345,68", SPANISH.figure(12345.678));
        assertEquals("9999", SPANISH.count(9999));
        assertEquals("10.000", SPANISH.count(10000));
        assertEquals("1234,5 EUR", SPANISH.money(1234.5, "EUR"));
        assertEquals("75,0", SPANISH.score(75));
        assertEquals("+12,5 p. p.", SPANISH.pointsChange(0.5, 0.375));
        assertEquals("\u22120,3", SPANISH.change(1.0, 1.3));
        assertEquals("\u00b10", SPANISH.scoreChange(50, 50));
        assertEquals("sin datos", SPANISH.count(null));
    }

    @Test
    void a_text_from_java_writes_its_numbers_in_the_language_and_picks_its_count() {
        Messages texts = Messages.of("test.properties", Map.of("teams.one", "{0} equipo", "teams.other", "{0} equipos",
                "mean", "media {0}")).inLanguage("es");

        assertEquals("1 equipo", texts.text("teams", 1));
        assertEquals("12 equipos", texts.text("teams", 12));
        assertEquals("media 2,5", texts.text("mean", 2.5));
        assertEquals("media 2.5", Messages.of("t", Map.of("mean", "media {0}")).text("mean", 2.5));
    }

    @Test
    void templates_write_numbers_and_month_names_in_the_language_of_the_texts() throws Exception {
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(templates.resolve("t.ftl"), """
                <#ftl output_format="HTML">${n} ${count} ${msg("n", n)} ${day?string(msg("date.long")?markup_string)}""");
        Date day = Date.from(LocalDate.of(2026, 12, 6).atStartOfDay().toInstant(ZoneOffset.UTC));
        Map<String, Object> model = Map.of("n", 1234.5, "count", 12345, "day", day);

        assertEquals("1234.5 12345 n=1234.5 6 December 2026", render(templates, Messages.of("en.properties",
                Map.of("n", "n={0}", "date.long", "d MMMM yyyy")).inLanguage("en"), model));
        assertEquals("1234,5 12345 n=1234,5 6 de diciembre de 2026", render(templates, Messages.of("es.properties",
                Map.of("n", "n={0}", "date.long", "d 'de' MMMM 'de' yyyy")).inLanguage("es"), model));
    }

    private static String render(Path templates, Messages messages, Map<String, Object> model) throws Exception {
        Configuration configuration = PageRenderer.configuration(templates, messages);
        StringWriter out = new StringWriter();
        configuration.getTemplate("t.ftl").process(model, out);
        return out.toString();
    }
}
