package scorecards.synthetic;

import scorecards.model.MaturityModel;

/**
 * What every team of one synthetic organisation shares: the seed, the number of teams, the time
 * line, when each product of {@link Words#PRODUCTS} became available (the index of its first
 * period), and the model with what follows from it.
 */
record Setting(long seed, int teams, TimeLine time, int[] productSince, MaturityModel model, ModelFigures figures,
        Exemptions exemptions) {

    /** The width of the number in a team's id: five digits, more only beyond 99,999 teams. */
    int idWidth() {
        return Math.max(5, Integer.toString(teams).length());
    }
}
