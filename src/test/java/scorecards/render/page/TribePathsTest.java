package scorecards.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The file name of a tribe's page: readable, stable, and never another tribe's. */
class TribePathsTest {

    /** Names a plain slug would merge: punctuation, case, accents, composed and decomposed forms, no letters. */
    private static final List<String> LOOK_ALIKES = List.of(
            "Data & Insights", "Data Insights", "data insights", "DATA INSIGHTS", "Data-Insights", " Data Insights!",
            "Zürich", "Zurich", "Zu\u0308rich", "ZÜRICH", "🚀", "🛰", "&&&", "Ωmega", "Omega", "東京", "大阪");

    @Test
    void look_alike_names_get_different_files_even_on_a_case_insensitive_disk() {
        Map<String, String> stems = TribePaths.stems(LOOK_ALIKES);

        assertEquals(LOOK_ALIKES.size(), stems.size());
        Set<String> folded = new HashSet<>();
        for (String stem : stems.values()) {
            assertTrue(stem.matches("[a-z0-9]+(-[a-z0-9]+)*"), stem);
            assertTrue(folded.add(stem.toLowerCase(Locale.ROOT)), "two tribes share " + stem);
        }
    }

    @Test
    void a_file_name_starts_with_a_readable_slug_of_the_name() {
        Map<String, String> stems = TribePaths.stems(LOOK_ALIKES);

        assertEquals("data-insights-" + TribePaths.hash("Data & Insights").substring(0, 8), stems.get("Data & Insights"));
        assertTrue(stems.get("Zürich").startsWith("zurich-"), stems.get("Zürich"));
        assertTrue(stems.get("Zu\u0308rich").startsWith("zurich-"), stems.get("Zu\u0308rich"));
        assertTrue(stems.get("🚀").startsWith("tribe-"), "nothing readable is left: " + stems.get("🚀"));
        assertTrue(stems.get("東京").startsWith("tribe-"), stems.get("東京"));
        assertEquals("tribes/data-insights-" + TribePaths.hash("Data & Insights").substring(0, 8) + ".html",
                TribePaths.pages(LOOK_ALIKES).get("Data & Insights"));
    }

    @Test
    void a_long_name_is_cut_to_a_short_slug_and_still_told_apart() {
        String a = "The tribe that builds and runs every part of the checkout, end to end";
        String b = "The tribe that builds and runs every part of the checkout, from start to end";
        Map<String, String> stems = TribePaths.stems(List.of(a, b));

        assertEquals("the-tribe-that-builds-and-runs-every-par", TribePaths.slug(a));
        assertEquals(TribePaths.slug(a), TribePaths.slug(b));
        assertNotEquals(stems.get(a), stems.get(b));
        assertTrue(stems.get(a).length() <= TribePaths.SLUG_LENGTH + 1 + TribePaths.HASH_DIGITS, stems.get(a));
    }

    @Test
    void a_tribe_keeps_its_file_name_when_other_tribes_come_and_go() {
        Map<String, String> all = TribePaths.stems(LOOK_ALIKES);

        for (int drop = 0; drop < LOOK_ALIKES.size(); drop++) {
            List<String> fewer = new ArrayList<>(LOOK_ALIKES);
            fewer.remove(drop);
            Map<String, String> stems = TribePaths.stems(fewer);
            for (String name : fewer) {
                assertEquals(all.get(name), stems.get(name), name + " without " + LOOK_ALIKES.get(drop));
            }
        }
        assertEquals(all.get("Data Insights"), TribePaths.stems(List.of("Data Insights")).get("Data Insights"));
    }

    @Test
    void two_names_that_share_slug_and_digits_take_more_digits_until_they_differ() {
        // Found by searching case and punctuation variants of "data insights" for a shared SHA-256 prefix.
        String one = "daTa  insiGHTs%";
        String two = "DaTa iNsIGhts~";
        assertEquals(TribePaths.slug(one), TribePaths.slug(two));
        assertEquals(TribePaths.hash(one).substring(0, 8), TribePaths.hash(two).substring(0, 8), "the premise");

        Map<String, String> stems = TribePaths.stems(List.of(one, two, "Data Insights"));

        assertNotEquals(stems.get(one), stems.get(two));
        assertEquals("data-insights-" + TribePaths.hash(one).substring(0, 16), stems.get(one));
        assertEquals("data-insights-" + TribePaths.hash(two).substring(0, 16), stems.get(two));
        assertEquals(TribePaths.stems(List.of("Data Insights")).get("Data Insights"), stems.get("Data Insights"),
                "a tribe outside the clash keeps its name");
        assertEquals("data-insights-" + TribePaths.hash(one).substring(0, 8),
                TribePaths.stems(List.of(one)).get(one), "alone, the short name");
    }

    @Test
    void the_same_names_in_any_order_give_the_same_files() {
        List<String> reversed = new ArrayList<>(LOOK_ALIKES);
        java.util.Collections.reverse(reversed);

        assertEquals(TribePaths.stems(LOOK_ALIKES), TribePaths.stems(reversed));
    }
}
