package scorecards.score;

/**
 * Where a roll-up's satisfaction came from: how many of its assessments took it from a survey and
 * how many from the team file, and in how many a survey withheld at least one figure (those
 * figures are in no mean). Teams without satisfaction are in neither count.
 */
public record SatisfactionSources(int survey, int teamFile, int withheld) {

    public static final SatisfactionSources NONE = new SatisfactionSources(0, 0, 0);
}
