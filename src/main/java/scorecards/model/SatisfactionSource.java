package scorecards.model;

import java.util.Arrays;
import java.util.Optional;

/** Where an assessment's satisfaction figures came from: the team's own file, or a survey file. */
public enum SatisfactionSource {
    TEAM_FILE("team-file", "the team file"),
    SURVEY("survey", "the survey");

    private final String id;
    private final String words;

    SatisfactionSource(String id, String words) {
        this.id = id;
        this.words = words;
    }

    /** As the export writes it: {@code team-file} or {@code survey}. */
    public String id() {
        return id;
    }

    /** As a sentence says it: "the team file", "the survey". */
    public String words() {
        return words;
    }

    public static Optional<SatisfactionSource> byId(String id) {
        return Arrays.stream(values()).filter(source -> source.id.equals(id)).findFirst();
    }
}
