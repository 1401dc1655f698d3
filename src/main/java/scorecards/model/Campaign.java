package scorecards.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A goal with a deadline, from {@code campaigns/<id>.yaml}: the share of the teams in scope that
 * must meet the goal by the deadline. {@code target} is a fraction in (0, 1], kept exact so that
 * "share at least target" is decided without rounding. Optional texts are null.
 */
public record Campaign(
        String id,
        String name,
        String description,
        String owner,
        Period start,
        Period deadline,
        CampaignScope scope,
        CampaignGoal goal,
        BigDecimal target) {

    public static final BigDecimal DEFAULT_TARGET = BigDecimal.ONE;

    /** The campaign's teams: the union of the named tribes and teams, or every team. */
    public record CampaignScope(List<String> tribes, List<String> teams) {
        public static final CampaignScope EVERY_TEAM = new CampaignScope(null, null);

        public CampaignScope {
            tribes = tribes == null ? null : List.copyOf(tribes);
            teams = teams == null ? null : List.copyOf(teams);
        }

        public boolean isEveryTeam() {
            return tribes == null && teams == null;
        }

        public boolean includes(Team team) {
            return isEveryTeam()
                    || tribes != null && team.tribe() != null && tribes.contains(team.tribe())
                    || teams != null && teams.contains(team.id());
        }
    }
}
