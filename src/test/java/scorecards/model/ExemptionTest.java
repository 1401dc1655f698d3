package scorecards.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When an exemption applies, when it has expired, and what it names. */
class ExemptionTest {

    private static Period period(String text) {
        return Period.parse(text).orElseThrow();
    }

    private static Exemption backup(String level, String from, String until) {
        return new Exemption("devops-buddy", Metric.BACKUP, level, Exemption.Reason.ACCEPTED_RISK,
                "One rota", "Rowan Vale", from == null ? null : period(from), period(until));
    }

    @ParameterizedTest(name = "from 2026-Q1 until 2026-Q2, in {0}: applies {1}")
    @CsvSource({"2025-Q4, false", "2026-Q1, true", "2026-Q2, true", "2026-Q3, false"})
    void it_applies_from_its_first_through_its_last_period(String in, boolean applies) {
        assertEquals(applies, backup(null, "2026-Q1", "2026-Q2").appliesIn(period(in)));
    }

    @ParameterizedTest(name = "until 2026-Q2, seen from {0}: expired {1}")
    @CsvSource({"2026-Q1, false", "2026-Q2, false", "2026-Q3, true", "2027-Q1, true"})
    void it_has_expired_once_the_current_period_is_after_until(String current, boolean expired) {
        assertEquals(expired, backup(null, null, "2026-Q2").expiredAt(period(current)));
    }

    @Test
    void without_a_level_it_names_the_check_on_its_metric_at_every_level_and_with_one_only_there() {
        Check check = new Check(Metric.BACKUP, Comparison.EQUALS, MetricValue.of(true));
        Check other = new Check(Metric.TRAINED, Comparison.EQUALS, MetricValue.of(true));

        assertTrue(backup(null, null, "2026-Q2").names("devops-buddy", "gold", check));
        assertTrue(backup(null, null, "2026-Q2").names("devops-buddy", "silver", check));
        assertTrue(backup("gold", null, "2026-Q2").names("devops-buddy", "gold", check));
        assertFalse(backup("gold", null, "2026-Q2").names("devops-buddy", "silver", check));
        assertFalse(backup(null, null, "2026-Q2").names("devops-buddy", "gold", other));
        assertTrue(backup(null, "2026-Q1", "2026-Q2").excuses("devops-buddy", "gold", check, period("2026-Q1")));
        assertFalse(backup(null, "2026-Q1", "2026-Q2").excuses("devops-buddy", "gold", check, period("2025-Q4")));
    }

    @Test
    void a_team_tells_which_of_its_exemptions_apply_in_a_period_and_which_have_expired() {
        Exemption early = backup(null, null, "2026-Q1");
        Exemption late = backup("gold", "2026-Q2", "2026-Q4");
        Assessment assessment = Assessment.fromTeamFile(period("2026-Q2"), java.util.Map.of(), null, List.of(), null);
        Team team = new Team("alpha", "Alpha", null, null, null, null, List.of(assessment), List.of(early, late));

        assertEquals(List.of(early), team.exemptionsIn(period("2026-Q1")));
        assertEquals(List.of(late), team.exemptionsIn(period("2026-Q3")));
        assertEquals(List.of(), team.exemptionsExpiredAt(period("2026-Q1")));
        assertEquals(List.of(early), team.exemptionsExpiredAt(period("2026-Q3")));
        assertEquals(List.of(), new Team("b", "B", null, null, null, null, List.of(assessment)).exemptions());
    }

    @Test
    void a_reason_is_written_as_its_id() {
        assertEquals(List.of("not-applicable", "accepted-risk", "in-progress"), Exemption.Reason.ids());
        assertEquals(Exemption.Reason.IN_PROGRESS, Exemption.Reason.byId("in-progress").orElseThrow());
        assertTrue(Exemption.Reason.byId("In-Progress").isEmpty());
    }
}
