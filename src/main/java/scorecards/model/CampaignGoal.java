package scorecards.model;

import java.util.List;

/** What a team must reach for a campaign: one of three forms. */
public sealed interface CampaignGoal {

    /** The team's overall level is at least {@code levelId}. */
    record OverallLevel(String levelId) implements CampaignGoal {
    }

    /** The team's level in one dimension is at least {@code levelId}. */
    record DimensionLevel(String dimension, String levelId) implements CampaignGoal {
    }

    /** Every check holds on the team's metric values, as model checks do. */
    record Checks(List<Check> checks) implements CampaignGoal {
        public Checks {
            checks = List.copyOf(checks);
        }
    }
}
