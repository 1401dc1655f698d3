package scorecards.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import scorecards.load.Problem;
import scorecards.pipeline.ProblemFormat;

class ConsoleTest {

    private static String printed(boolean colour) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        ProblemFormat.TEXT.print(List.of(new Problem("scorecards/teams/a.yaml", 3, 7, "'csat' is empty")), stream, colour);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_terminal_with_colour_sees_the_location_in_bold() {
        assertEquals("\u001b[1mscorecards/teams/a.yaml:3:7:\u001b[0m 'csat' is empty\n", printed(true));
    }

    @Test
    void anything_else_gets_plain_text_in_the_compiler_form() {
        assertEquals("scorecards/teams/a.yaml:3:7: 'csat' is empty\n", printed(false));
    }
}
