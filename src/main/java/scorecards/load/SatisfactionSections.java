package scorecards.load;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import scorecards.model.Period;

/**
 * Where team files give a {@code satisfaction} section, by team and period: what a survey of the
 * same period conflicts with. Kept by the loader while it reads, beside the model rather than in
 * it, since only messages need it. Team files are read in parallel, so it takes additions from
 * several threads.
 */
final class SatisfactionSections {

    private final Map<String, Map<Period, Location>> byTeam = new ConcurrentHashMap<>();

    void add(String teamId, Period period, Location key) {
        byTeam.computeIfAbsent(teamId, id -> new ConcurrentHashMap<>()).putIfAbsent(period, key);
    }

    /** The location of the team's {@code satisfaction} key for the period, or null when its file gives none. */
    Location of(String teamId, Period period) {
        Map<Period, Location> sections = byTeam.get(teamId);
        return sections == null ? null : sections.get(period);
    }
}
