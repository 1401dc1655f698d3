package scorecards.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scorecards.model.Cadence;
import scorecards.model.Period;

/** Which period labels each width tier shows, and that by their estimated widths they never collide. */
class PeriodAxisTest {

    private static List<String> periods(Cadence cadence, String last, int count) {
        Period end = Period.parse(last).orElseThrow();
        List<String> periods = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            periods.add(end.plus(-i).toString());
        }
        assertEquals(cadence, end.cadence());
        return periods;
    }

    private static List<String> texts(PeriodAxis.Tier tier, int row) {
        return tier.labels().stream().filter(label -> label.row() == row)
                .sorted(java.util.Comparator.comparingDouble(PeriodAxis.Label::x)).map(PeriodAxis.Label::text).toList();
    }

    @Test
    void one_period_is_written_in_full_at_every_width() {
        PeriodAxis axis = new PeriodAxis(List.of("2026-Q3"));

        for (PeriodAxis.Tier tier : axis.tiers()) {
            assertEquals(List.of("2026-Q3"), texts(tier, 1));
            assertEquals(1, tier.rows());
        }
    }

    @Test
    void eight_quarters_show_every_quarter_with_the_years_beneath_at_every_width() {
        PeriodAxis axis = new PeriodAxis(periods(Cadence.QUARTERLY, "2026-Q3", 8));

        // 8 labels in full do not fit 240 px; the same kind of axis then serves every width.
        assertEquals(List.of("Q4", "Q1", "Q2", "Q3", "Q4", "Q1", "Q2", "Q3"), texts(axis.tiers().get(3), 1));
        assertEquals(List.of("2024", "2025", "2026"), texts(axis.tiers().get(3), 2));
        assertEquals(List.of("Q4", "Q1", "Q2", "Q3", "Q4", "Q1", "Q2", "Q3"), texts(axis.tiers().get(0), 1));
    }

    @Test
    void three_years_of_months_thin_the_months_on_a_phone_and_keep_the_years() {
        PeriodAxis axis = new PeriodAxis(periods(Cadence.MONTHLY, "2026-09", 36));

        assertEquals(List.of("Jan", "Jul", "Jan", "Jul", "Jan", "Jul"), texts(axis.tiers().get(0), 1));
        assertEquals(List.of("2023", "2024", "2025", "2026"), texts(axis.tiers().get(0), 2),
                "2023, three months only, still has room at the edge");
        assertEquals(18, texts(axis.tiers().get(3), 1).size(), "every second month on a desktop");
        assertTrue(texts(axis.tiers().get(3), 2).containsAll(List.of("2024", "2025", "2026")));
    }

    @Test
    void ten_years_of_months_on_a_phone_show_every_second_year_alone() {
        PeriodAxis axis = new PeriodAxis(periods(Cadence.MONTHLY, "2026-09", 120));

        assertEquals(List.of("2018", "2020", "2022", "2024"), texts(axis.tiers().get(0), 1));
        assertEquals(1, axis.tiers().get(0).rows());
        assertEquals(10, axis.yearStarts().size(), "a long tick where each of 2017 to 2026 starts");
    }

    @Test
    void labels_that_are_not_periods_are_thinned_to_every_kth() {
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            labels.add("Sprint " + i);
        }
        PeriodAxis.Tier narrow = new PeriodAxis(labels).tiers().get(0);

        List<String> shown = texts(narrow, 1);
        assertTrue(shown.size() >= 2 && shown.size() < 10, shown.toString());
        assertEquals("Sprint 1", shown.get(0));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"quarterly", "monthly"})
    void from_1_to_240_periods_no_two_labels_of_a_tier_overlap_or_leave_the_plot(String cadenceId) {
        Cadence cadence = Cadence.byId(cadenceId).orElseThrow();
        List<String> problems = new ArrayList<>();
        for (int count = 1; count <= 240; count++) {
            PeriodAxis axis = new PeriodAxis(periods(cadence, cadence.example(), count));
            for (int t = 0; t < PeriodAxis.TIERS.length; t++) {
                double width = PeriodAxis.TIERS[t];
                List<double[]> boxes = new ArrayList<>();
                for (PeriodAxis.Label label : axis.tiers().get(t).labels()) {
                    double textWidth = PeriodAxis.width(label.text());
                    double left = switch (label.anchor()) {
                        case "start" -> label.x() * width;
                        case "end" -> label.x() * width - textWidth;
                        default -> label.x() * width - textWidth / 2;
                    };
                    if (left < -0.01 || left + textWidth > width + 0.01) {
                        problems.add(count + " periods, tier " + t + ": " + label.text() + " leaves the plot");
                    }
                    for (double[] other : boxes) {
                        if (other[2] == label.row() && left < other[1] + PeriodAxis.GAP - 0.01
                                && other[0] < left + textWidth + PeriodAxis.GAP - 0.01) {
                            problems.add(count + " periods, tier " + t + ": " + label.text() + " is too close to another");
                        }
                    }
                    boxes.add(new double[] {left, left + textWidth, label.row()});
                }
                if (boxes.isEmpty()) {
                    problems.add(count + " periods, tier " + t + ": no label");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void the_estimate_of_a_width_is_at_least_that_of_dejavu_sans() {
        // Measured in Chromium at 12 px in DejaVu Sans, the widest common sans-serif face.
        assertTrue(PeriodAxis.width("2025-Q3") >= 52.4);
        assertTrue(PeriodAxis.width("2026") >= 30.5);
        assertTrue(PeriodAxis.width("Sep") >= 22.6);
        assertTrue(PeriodAxis.width("Q3") >= 17.1);
    }
}
