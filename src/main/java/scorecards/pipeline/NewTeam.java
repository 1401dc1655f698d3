package scorecards.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import scorecards.load.Quoted;
import scorecards.load.SourceLoader;
import scorecards.model.Cadence;
import scorecards.model.Ids;
import scorecards.model.Period;
import scorecards.model.Product;
import scorecards.model.Scorecards;
import scorecards.score.Scorer;

/** Writes a valid, commented starter scorecard for a new team, never over an existing one. */
public final class NewTeam {

    /** What was written: the file, and the period its first assessment is for. */
    public record Written(Path file, Period period) {
        public String summary() {
            return "wrote " + file + " for " + period + "; fill in what the team knows, then run 'validate'";
        }
    }

    private NewTeam() {
    }

    /** @param name the display name, or empty to make one from the id */
    public static Written write(Path source, String id, Optional<String> name) throws Refused, IOException {
        if (!Ids.isValid(id)) {
            throw new Refused(Quoted.of(id) + " is not a valid team id: use " + Ids.RULE);
        }
        String displayName = name.orElseGet(() -> displayName(id)).strip();
        if (displayName.isEmpty() || displayName.contains("\n")) {
            throw new Refused("the team's name must be one line of text");
        }
        if (!Files.isDirectory(source)) {
            throw new Refused("source " + source + " is not a folder");
        }
        Path file = source.resolve(SourceLoader.TEAMS).resolve(id + ".yaml");
        if (Files.exists(file)) {
            throw new Refused(file + " exists already; edit it, or choose another id");
        }
        Optional<Scorecards> existing = loadQuietly(source);
        Cadence cadence = existing.map(s -> s.organisation().cadence()).orElse(Cadence.QUARTERLY);
        Period period = existing.map(Scorer::score).map(report -> report.currentPeriod())
                .orElseGet(() -> today(cadence));
        String catalogue = existing.map(s -> s.organisation().products().stream()
                        .map(Product::id).reduce((a, b) -> a + ", " + b).orElse(""))
                .orElse("see organisation.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, StarterFile.text(displayName, period, catalogue));
        return new Written(file, period);
    }

    private static Optional<Scorecards> loadQuietly(Path source) {
        try {
            return new SourceLoader().load(source).scorecards();
        } catch (Exception e) {
            // The starter file does not need a valid repository; it only borrows its settings.
            return Optional.empty();
        }
    }

    /** The period today is in, in UTC. */
    static Period today(Cadence cadence) {
        LocalDate date = LocalDate.now(ZoneOffset.UTC);
        int index = cadence == Cadence.QUARTERLY ? (date.getMonthValue() - 1) / 3 + 1 : date.getMonthValue();
        return new Period(cadence, date.getYear(), index);
    }

    public static String displayName(String id) {
        StringBuilder name = new StringBuilder();
        for (String word : id.split("-")) {
            if (!word.isEmpty()) {
                name.append(name.length() == 0 ? "" : " ")
                        .append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return name.toString();
    }
}
