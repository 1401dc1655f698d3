package scorecards.score;

import scorecards.model.Period;

/**
 * A campaign at one period: the teams in scope, how many meet the goal, their share (null when
 * no team is in scope) and the share expected by then.
 */
public record CampaignPeriod(Period period, int inScope, int meeting, Double share, double expected) {
}
