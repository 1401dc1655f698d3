package scorecards.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import scorecards.load.SourceLoader;
import scorecards.model.Cadence;
import scorecards.model.Ids;
import scorecards.model.Period;
import scorecards.model.Product;
import scorecards.model.Scorecards;
import scorecards.score.Scorer;

/** {@code new-team ID}: writes a valid, commented starter scorecard, never over an existing one. */
final class NewTeamCommand implements Command {

    private static final Option NAME = Option.builder("n").longOpt("name").hasArg().argName("NAME")
            .desc("the team's display name (default: made from the id)").build();

    @Override
    public String name() {
        return "new-team";
    }

    @Override
    public String synopsis() {
        return "ID [--name NAME] [--source DIR]";
    }

    @Override
    public String summary() {
        return "write a starter scorecards/teams/ID.yaml for the current period";
    }

    @Override
    public Options options() {
        return new Options().addOption(NAME).addOption(SourceOption.OPTION);
    }

    @Override
    public ExitCode run(CommandLine line, Console console) throws Exception {
        if (line.getArgList().size() != 1) {
            throw new UsageException("give exactly one team id, e.g. new-team payments");
        }
        String id = line.getArgList().get(0);
        if (!Ids.isValid(id)) {
            throw new UsageException("'" + id + "' is not a valid team id: use " + Ids.RULE);
        }
        String name = line.getOptionValue(NAME, displayName(id)).strip();
        if (name.isEmpty() || name.contains("\n")) {
            throw new UsageException("--name must be one line of text");
        }
        Path source = SourceOption.from(line);
        Path file = source.resolve(SourceLoader.TEAMS).resolve(id + ".yaml");
        if (Files.exists(file)) {
            throw new UsageException(file + " exists already; edit it, or choose another id");
        }
        Optional<Scorecards> existing = loadQuietly(source);
        Cadence cadence = existing.map(s -> s.organisation().cadence()).orElse(Cadence.QUARTERLY);
        Period period = existing.map(Scorer::score).map(report -> report.currentPeriod())
                .orElseGet(() -> today(cadence));
        String catalogue = existing.map(s -> s.organisation().products().stream()
                        .map(Product::id).reduce((a, b) -> a + ", " + b).orElse(""))
                .orElse("see organisation.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, StarterFile.text(name, period, catalogue));
        console.summary("wrote " + file + " for " + period
                + "; fill in what the team knows, then run 'validate'");
        return ExitCode.OK;
    }

    private static Optional<Scorecards> loadQuietly(Path source) {
        try {
            return new SourceLoader().load(source).scorecards();
        } catch (Exception e) {
            // The starter file does not need a valid repository; it only borrows its settings.
            return Optional.empty();
        }
    }

    private static Period today(Cadence cadence) {
        LocalDate date = LocalDate.now(ZoneOffset.UTC);
        int index = cadence == Cadence.QUARTERLY ? (date.getMonthValue() - 1) / 3 + 1 : date.getMonthValue();
        return new Period(cadence, date.getYear(), index);
    }

    static String displayName(String id) {
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
