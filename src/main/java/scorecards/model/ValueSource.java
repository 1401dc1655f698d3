package scorecards.model;

/** Where a metric's value came from: the team file, a survey, or a facts file (a measured fact). */
public sealed interface ValueSource {

    ValueSource TEAM_FILE = new Written("team-file");
    ValueSource SURVEY = new Written("survey");

    /** As the export and pages name it: {@code team-file}, {@code survey}, or the facts source's id. */
    String id();

    /** Whether a system measured it. */
    default boolean measured() {
        return this instanceof Fact;
    }

    /** Written by people: in the team file or a survey. */
    record Written(String id) implements ValueSource {
    }

    /** Measured, by the facts file {@code scorecards/facts/<source>.csv}. */
    record Fact(String source) implements ValueSource {
        @Override
        public String id() {
            return source;
        }
    }
}
