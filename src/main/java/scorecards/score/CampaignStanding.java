package scorecards.score;

import java.util.List;
import scorecards.model.Check;
import scorecards.model.MetricValue;
import scorecards.model.Period;

/**
 * One team in a campaign's scope at the current period: whether it meets the goal and, when it
 * does not, what stands between it and the goal. {@code stale} is true when its latest assessment
 * ({@code latest}) is too old to count, whatever it says; {@code missing} are the goal's checks it
 * fails: for a level goal, the failing checks of the levels up to the goal's level.
 */
public record CampaignStanding(String teamId, boolean meets, boolean stale, Period latest, List<Missing> missing) {

    public CampaignStanding {
        missing = List.copyOf(missing);
    }

    /**
     * A check the team does not pass yet: in which dimension and level (null for a goal check), and
     * what it has. {@code withheld} is true when the value is a survey figure withheld for
     * anonymity: to a campaign's check it is no data, so meeting the goal never depends on it.
     */
    public record Missing(String dimensionId, String levelId, Check check, MetricValue actual, boolean withheld) {

        /** A check on a figure that is not withheld. */
        public Missing(String dimensionId, String levelId, Check check, MetricValue actual) {
            this(dimensionId, levelId, check, actual, false);
        }
    }
}
