package scorecards.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Level colours and the text written on them. */
class PaletteTest {

    @Test
    void text_on_every_level_colour_meets_the_wcag_contrast_for_small_text() {
        // Level badges are small text, so they need 4.5:1; the browser tests' axe check found the
        // middle of a five-level ramp at 3.4:1 when the text colour followed the position in the ramp,
        // and a six-level ramp has a colour that only black text reaches 4.5:1 on.
        for (int count = 1; count <= 8; count++) {
            List<String> colours = Palette.levels(count);
            for (int rank = 0; rank < count; rank++) {
                double background = Palette.luminance(colours.get(rank));
                double text = Palette.luminance(Palette.darkLevel(rank, count) ? "#ffffff" : Palette.TEXT);
                double ratio = Palette.contrast(text, background);
                assertTrue(ratio >= 4.5, "level " + rank + " of " + count + " on " + colours.get(rank) + ": " + ratio);
            }
        }
    }

    @Test
    void contrast_is_measured_as_wcag_defines_it() {
        assertEquals(21.0, Palette.contrast(Palette.luminance("#ffffff"), Palette.luminance("#000000")), 1e-9);
        assertEquals(1.0, Palette.contrast(Palette.luminance("#738EB1"), Palette.luminance("#738EB1")), 1e-9);
    }
}
