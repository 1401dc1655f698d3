package scorecards.synthetic;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import scorecards.load.SourceLoader;
import scorecards.model.Cadence;
import scorecards.model.Check;
import scorecards.model.Comparison;
import scorecards.model.Dimension;
import scorecards.model.DimensionLevel;
import scorecards.model.Level;
import scorecards.model.MaturityModel;
import scorecards.model.MetricValue;

/**
 * Writes a synthetic but realistic source repository of any size, for benchmarks and tests:
 * {@code scorecards/organisation.yaml} (quarterly by default, or monthly; six products, a cost per
 * hour), {@code scorecards/model.yaml} (the repository's own example model, read from
 * {@code scorecards/model.yaml} of the working folder, or the model given), one
 * {@code scorecards/teams/team-NNNNN.yaml} per team ({@link SyntheticTeam}), three campaigns in
 * {@code scorecards/campaigns/}, and a small {@code content/} (an about page and three journal
 * posts), as a real site repository has.
 *
 * <p>Everything that depends on the model comes from the model as the tool reads it: the sections
 * and metrics of every assessment, the campaigns' goals, the exemptions' checks. With
 * {@code --own-metrics} the model written gains a dimension and metrics of its own
 * ({@link OwnMetrics}), the teams give figures for them, and {@code scorecards/facts/} holds what
 * systems measured ({@link FactsFiles}).
 *
 * <p>The output is a function of the arguments and the model only: the same seed gives
 * byte-identical files. The generator refuses a non-empty output folder and writes nothing outside
 * it. It is test code, not part of the jar; {@code bench/synthetic} runs it:
 *
 * <pre>
 * bench/synthetic --teams 1000 --periods 12 --seed 42 --output /tmp/org-1000
 * bench/synthetic --teams 1000 --own-metrics --output /tmp/org-1000-own
 * bench/synthetic --teams 25 --periods 36 --cadence monthly --output /tmp/org-monthly
 * </pre>
 *
 * <p>A monthly organisation ends in {@link #CURRENT_MONTH}, the last month of the quarterly one's
 * current quarter, and its teams mature at the same pace per year: a third as much per period.
 */
public final class SyntheticOrganisation {

    /** The current period of every synthetic organisation; the first period is counted back from it. */
    public static final String CURRENT_PERIOD = TimeLine.CURRENT_QUARTER;
    /** The current period of a monthly synthetic organisation: the last month of {@link #CURRENT_PERIOD}. */
    public static final String CURRENT_MONTH = TimeLine.CURRENT_MONTH;
    /** The model read unless another is given: the repository's own, from the working folder. */
    public static final Path REPOSITORY_MODEL = Path.of(SourceLoader.MODEL);
    /** The organisation's {@code stale-after}: a team with nothing in the last two periods is stale. */
    static final int STALE_AFTER = 1;
    static final int MAX_TEAMS = 999_999;
    static final int MAX_PERIODS = 80;
    /** Twenty years of months, as {@link #MAX_PERIODS} is twenty years of quarters. */
    static final int MAX_MONTHS = 240;

    /** What was written. */
    public record Summary(int assessments, int facts) {
    }

    private final int teams;
    private final int periods;
    private final long seed;
    private final Cadence cadence;
    private final Path model;
    private final boolean ownMetrics;

    public SyntheticOrganisation(int teams, int periods, long seed) {
        this(teams, periods, seed, Cadence.QUARTERLY);
    }

    public SyntheticOrganisation(int teams, int periods, long seed, Cadence cadence) {
        this(teams, periods, seed, cadence, REPOSITORY_MODEL, false);
    }

    private SyntheticOrganisation(int teams, int periods, long seed, Cadence cadence, Path model, boolean ownMetrics) {
        if (teams < 1 || teams > MAX_TEAMS) {
            throw new IllegalArgumentException("teams must be from 1 to " + MAX_TEAMS + ", found " + teams);
        }
        int max = cadence == Cadence.MONTHLY ? MAX_MONTHS : MAX_PERIODS;
        if (periods < 1 || periods > max) {
            throw new IllegalArgumentException("periods must be from 1 to " + max + ", found " + periods);
        }
        this.teams = teams;
        this.periods = periods;
        this.seed = seed;
        this.cadence = cadence;
        this.model = model;
        this.ownMetrics = ownMetrics;
    }

    /** The same organisation scored against another model file. */
    public SyntheticOrganisation withModel(Path file) {
        return new SyntheticOrganisation(teams, periods, seed, cadence, file, ownMetrics);
    }

    /** The same organisation with a dimension and metrics of the model's own, and facts files measuring them. */
    public SyntheticOrganisation withOwnMetrics() {
        return new SyntheticOrganisation(teams, periods, seed, cadence, model, true);
    }

    /** Generates into {@code --output} from the command line; see {@link #usage()}. */
    public static void main(String[] args) {
        int status = run(System.out, System.err, args);
        System.out.flush();
        System.exit(status);
    }

    /** The command line: 0 done, 1 the model has problems, 2 a usage error or an output refused or not written. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        try {
            CommandLine line = DefaultParser.builder().get().parse(options(), args);
            if (line.hasOption("help")) {
                out.print(usage());
                return 0;
            }
            if (!line.getArgList().isEmpty()) {
                throw new ParseException("unexpected argument '" + line.getArgList().get(0) + "'");
            }
            String cadenceText = line.getOptionValue("cadence", Cadence.QUARTERLY.id());
            Cadence cadence = Cadence.byId(cadenceText).orElseThrow(() -> new ParseException(
                    "--cadence must be quarterly or monthly, found '" + cadenceText + "'"));
            if (!line.hasOption("output")) {
                throw new ParseException("--output DIR is required");
            }
            long seed = longOption(line, "seed", 1L);
            SyntheticOrganisation organisation = new SyntheticOrganisation(intOption(line, "teams", null),
                    intOption(line, "periods", 12), seed, cadence,
                    Path.of(line.getOptionValue("model", REPOSITORY_MODEL.toString())), line.hasOption("own-metrics"));
            Path output = Path.of(line.getOptionValue("output"));
            long start = System.nanoTime();
            Summary summary = organisation.writeInto(output);
            out.printf(Locale.ROOT, "wrote %d teams, %d assessments%s over %d periods (seed %d) to %s in %.2f s%n",
                    organisation.teams, summary.assessments(),
                    organisation.ownMetrics ? " and " + summary.facts() + " measured values" : "", organisation.periods,
                    seed, output, (System.nanoTime() - start) / 1e9);
            return 0;
        } catch (ParseException | IllegalArgumentException e) {
            err.println("synthetic organisation: " + e.getMessage());
            err.print(usage());
            return 2;
        } catch (ModelFile.InvalidModelException e) {
            err.println(e.getMessage());
            err.println("synthetic organisation: the model has problems; nothing was written");
            return 1;
        } catch (RefusedException e) {
            err.println("synthetic organisation: " + e.getMessage());
            return 2;
        } catch (NoSuchFileException e) {
            err.println("synthetic organisation: " + e.getFile() + ": " + e.getReason());
            return 2;
        } catch (IOException e) {
            err.println("synthetic organisation: cannot write: " + e);
            return 2;
        }
    }

    private static Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("teams").hasArg().argName("N").desc("number of teams").get())
                .addOption(Option.builder().longOpt("periods").hasArg().argName("P")
                        .desc("periods of history, ending in " + CURRENT_PERIOD + " (quarterly) or " + CURRENT_MONTH
                                + " (monthly); default 12").get())
                .addOption(Option.builder().longOpt("cadence").hasArg().argName("C")
                        .desc("quarterly (default) or monthly").get())
                .addOption(Option.builder().longOpt("seed").hasArg().argName("S").desc("random seed (default 1)").get())
                .addOption(Option.builder().longOpt("model").hasArg().argName("FILE")
                        .desc("the model to write and generate from (default: " + REPOSITORY_MODEL + ")").get())
                .addOption(Option.builder().longOpt("own-metrics")
                        .desc("add a dimension and metrics of the model's own, and facts files measuring them").get())
                .addOption(Option.builder().longOpt("output").hasArg().argName("DIR")
                        .desc("an empty or new folder").get())
                .addOption(Option.builder("h").longOpt("help").desc("show this help").get());
    }

    private static String usage() {
        return "Usage: bench/synthetic --teams N [--periods P] [--cadence quarterly|monthly] [--seed S]\n"
                + "                       [--model FILE] [--own-metrics] --output DIR\n"
                + "Writes a valid synthetic scorecards repository into DIR, which must be empty or new, with the\n"
                + "model of FILE (default: " + REPOSITORY_MODEL + " of the working folder). The same arguments and\n"
                + "model always give byte-identical files. --own-metrics adds a dimension and metrics of the\n"
                + "model's own, of every type, and scorecards/facts/ with what systems measured of them.\n";
    }

    private static int intOption(CommandLine line, String name, Integer fallback) throws ParseException {
        long value = longOption(line, name, fallback == null ? null : (long) fallback);
        if (value != (int) value) {
            throw new ParseException("--" + name + " is too large: " + value);
        }
        return (int) value;
    }

    private static long longOption(CommandLine line, String name, Long fallback) throws ParseException {
        String value = line.getOptionValue(name);
        if (value == null) {
            if (fallback == null) {
                throw new ParseException("--" + name + " is required");
            }
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new ParseException("--" + name + " must be a whole number, found '" + value + "'");
        }
    }

    /** The generator refuses (the output folder is not empty, the model cannot take the additions): nothing written. */
    public static final class RefusedException extends IOException {
        private static final long serialVersionUID = 1L;

        public RefusedException(String message) {
            super(message);
        }
    }

    /**
     * Writes the repository into {@code output}, which must be a new or empty folder. The model is
     * read and checked first: when it has problems, nothing is written.
     */
    public Summary writeInto(Path output) throws IOException {
        Path root = output.toAbsolutePath().normalize();
        if (Files.exists(root, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(root)) {
            if (!Files.isDirectory(root)) {
                throw new RefusedException(output + " exists and is not a folder");
            }
            try (Stream<Path> entries = Files.list(root)) {
                if (entries.findAny().isPresent()) {
                    throw new RefusedException(output + " is not empty; give a new or empty folder");
                }
            }
        }
        ModelFile modelFile = ModelFile.read(model);
        if (ownMetrics) {
            modelFile = ModelFile.of(OwnMetrics.addTo(modelFile.text(), modelFile.model()),
                    model + " with the additions of --own-metrics");
        }
        MaturityModel maturityModel = modelFile.model();
        TimeLine time = new TimeLine(cadence, periods);
        Setting setting = new Setting(seed, teams, time, productSince(), maturityModel, new ModelFigures(maturityModel),
                new Exemptions(maturityModel, time));

        Files.createDirectories(root.resolve(SourceLoader.TEAMS));
        Files.createDirectories(root.resolve("content/journal"));
        write(root, SourceLoader.ORGANISATION, organisation(time));
        write(root, SourceLoader.MODEL, modelFile.text());
        write(root, "content/about.md", about());
        for (int i = 0; i < 3; i++) {
            Journal post = journal(time, i);
            write(root, "content/journal/" + post.name(), post.text());
        }
        int assessments = 0;
        Set<String> tribes = new TreeSet<>();
        if (ownMetrics) {
            Files.createDirectories(root.resolve(SourceLoader.FACTS));
        }
        try (FactsFiles facts = ownMetrics ? new FactsFiles(setting, root.resolve(SourceLoader.FACTS)) : null) {
            for (int number = 1; number <= teams; number++) {
                String id = teamId(number, setting.idWidth());
                SyntheticTeam.Written team = new SyntheticTeam(setting, number).write();
                write(root, SourceLoader.TEAMS + "/" + id + ".yaml", team.text());
                assessments += team.reports().size();
                if (team.tribe() != null) {
                    tribes.add(team.tribe());
                }
                if (facts != null) {
                    facts.add(id, number, team.reports());
                }
            }
            Files.createDirectories(root.resolve(SourceLoader.CAMPAIGNS));
            for (Map.Entry<String, String> campaign : campaigns(setting, List.copyOf(tribes)).entrySet()) {
                write(root, SourceLoader.CAMPAIGNS + "/" + campaign.getKey() + ".yaml", campaign.getValue());
            }
            return new Summary(assessments, facts == null ? 0 : facts.rows());
        }
    }

    /** The id of team {@code number}: {@code team-00001}, wider only beyond 99,999 teams. */
    public static String teamId(int number, int width) {
        return "team-" + String.format(Locale.ROOT, "%0" + width + "d", number);
    }

    private static void write(Path root, String relative, String text) throws IOException {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root)) {
            throw new IllegalStateException("refusing to write outside " + root + ": " + relative);
        }
        // CREATE_NEW: never replace a file, even one that appeared while generating.
        Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
    }

    /** For each product, the index of the first period in which it can be used. */
    private int[] productSince() {
        int[] since = new int[Words.PRODUCTS.length];
        for (int p = 0; p < Words.PRODUCTS.length; p++) {
            since[p] = (int) Math.floor(Double.parseDouble(Words.PRODUCTS[p][3]) * (periods - 1));
        }
        return since;
    }

    // ---------------------------------------------------------------- campaigns

    /**
     * Three campaigns, one of each goal form and scope, on the model's own dimensions, levels and
     * checks: the first dimension at the second level over every team; a check of the model over
     * two tribes; a level three fifths up over a tribe and named teams, past its deadline (given
     * history enough). Their periods follow the history's length, so that each has started; their
     * tribes are tribes some team has.
     */
    private Map<String, String> campaigns(Setting setting, List<String> tribes) {
        TimeLine time = setting.time();
        MaturityModel maturityModel = setting.model();
        int current = time.ordinal(periods - 1);
        int span = Math.min(periods - 1, 6);
        String first = tribes.isEmpty() ? null : tribes.get(0);
        String second = tribes.size() < 2 ? first : tribes.get(1);
        String third = tribes.size() < 3 ? first : tribes.get(2);
        Dimension dimension = maturityModel.dimensions().get(0);
        Level entry = maturityModel.levels().get(1);
        Level pilot = maturityModel.levels().get(maturityModel.levels().size() * 3 / 5);
        int width = setting.idWidth();
        Map<String, String> campaigns = new LinkedHashMap<>();
        campaigns.put("every-team", "name: " + Words.yamlText(dimension.name() + " at " + entry.name() + " in every team")
                + "\nowner: " + Words.FIRST_NAMES[0] + " " + Words.LAST_NAMES[0] + "\n"
                + "start: " + time.name(current - span) + "\n"
                + "deadline: " + time.name(current + 2) + "\n"
                + "goal:\n  dimension: " + dimension.id() + "\n  level: " + entry.id() + "\n"
                + "target: 0.9\n");
        Optional<Goal> check = checkGoal(maturityModel, pilot.id());
        campaigns.put("two-tribes", "name: " + Words.yamlText(check.map(Goal::name).orElse(pilot.name()) + " in two tribes")
                + "\nstart: " + time.name(current - span / 2) + "\n"
                + "deadline: " + time.name(current + 1) + "\n"
                + (first == null ? "" : "scope:\n  tribes: [" + first + (second.equals(first) ? "" : ", " + second)
                        + "]\n")
                + check.map(Goal::yaml).orElse("goal:\n  dimension: " + dimension.id() + "\n  level: " + pilot.id() + "\n")
                + "target: 0.6\n");
        campaigns.put("pilot-teams", "name: " + Words.yamlText(pilot.name() + " in the pilot teams") + "\n"
                + "start: " + time.name(current - span) + "\n"
                + "deadline: " + time.name(Math.max(current - span + 1, current - span / 3)) + "\n"
                + "scope:\n" + (third == null ? "" : "  tribes: [" + third + "]\n") + "  teams: [" + teamId(1, width)
                + (teams > 1 ? ", " + teamId(2, width) : "") + "]\n"
                + "goal:\n  level: " + pilot.id() + "\n"
                + "target: 0.5\n");
        return campaigns;
    }

    /** A campaign goal of one check, and what the campaign is called after it. */
    private record Goal(String name, String yaml) {
    }

    /**
     * A goal of one check of the model: the first bound on a number or a count at {@code levelId},
     * else the model's first check; empty for a model without checks.
     */
    private static Optional<Goal> checkGoal(MaturityModel model, String levelId) {
        Optional<Goal> first = Optional.empty();
        for (Dimension dimension : model.dimensions()) {
            for (DimensionLevel level : dimension.levels()) {
                for (Check check : level.checks()) {
                    if (level.levelId().equals(levelId) && check.comparison() != Comparison.EQUALS
                            && check.metric().type().isNumeric()) {
                        return Optional.of(goal(dimension.id(), check));
                    }
                    first = first.or(() -> Optional.of(goal(dimension.id(), check)));
                }
            }
        }
        return first;
    }

    private static Goal goal(String dimension, Check check) {
        MetricValue threshold = check.threshold();
        String value = threshold instanceof MetricValue.Flag flag ? Boolean.toString(flag.value())
                : threshold instanceof MetricValue.Choice choice ? choice.id()
                : ((MetricValue.Number) threshold).exact().toPlainString();
        return new Goal(check.metric().label(), "goal:\n  checks:\n    - { dimension: " + dimension + ", metric: "
                + check.metric().id() + ", " + check.comparison().key() + ": " + value + " }\n");
    }

    // ---------------------------------------------------------------- organisation and content

    private String organisation(TimeLine time) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder yaml = new StringBuilder();
        yaml.append("# A synthetic organisation for benchmarks and tests, written by\n")
                .append("# ").append(SyntheticOrganisation.class.getName()).append(" (").append(teams)
                .append(" teams, ").append(periods).append(" periods, seed ").append(seed).append(").\n")
                .append("# Every name in it is invented.\n\n");
        yaml.append("name: Synthetic Organisation ").append(seed).append('\n');
        yaml.append("cadence: ").append(cadence.id()).append('\n');
        yaml.append("current-period: ").append(time.current()).append('\n');
        yaml.append("stale-after: ").append(STALE_AFTER).append('\n');
        yaml.append("currency: EUR\n");
        yaml.append("cost-per-hour: ").append(70 + random.nextInt(5) * 5).append('\n');
        yaml.append("leaderboard: false\n");
        yaml.append("exemption-max-periods: ").append(Exemptions.MAX_PERIODS).append("\n\n");
        yaml.append("platform:\n");
        yaml.append("  product-owner: ").append(Words.person(random)).append('\n');
        yaml.append("  change-agent: ").append(Words.person(random)).append('\n');
        yaml.append("  products:\n");
        for (int p = 0; p < Words.PRODUCTS.length; p++) {
            yaml.append("    - id: ").append(Words.PRODUCTS[p][0]).append('\n');
            yaml.append("      name: ").append(Words.PRODUCTS[p][1]).append('\n');
            yaml.append("      owner: ").append(Words.PRODUCTS[p][2]).append('\n');
            yaml.append("      description: >-\n");
            yaml.append("        The ").append(Words.PRODUCTS[p][1]).append(" of the platform, run by the ")
                    .append(Words.PRODUCTS[p][2]).append(" team.\n");
            yaml.append("        Teams adopt it **by pull request**; see the `").append(Words.PRODUCTS[p][0])
                    .append("` handbook.\n");
            yaml.append("      since: ").append(time.period(productSince()[p])).append("\n\n");
        }
        return yaml.toString().stripTrailing() + "\n";
    }

    private String about() {
        return "title=About these scorecards\n"
                + "type=page\n"
                + "status=published\n"
                + "~~~~~~\n"
                + "A synthetic organisation of " + teams + " teams over " + periods
                + (cadence == Cadence.MONTHLY ? " months" : " quarters")
                + ", generated with seed "
                + seed + " to measure how the site scales.\n\n"
                + "- Every team keeps a scorecard in `scorecards/teams/`.\n"
                + "- The [maturity model](model.html) says what each level means.\n"
                + "- The [change journal](journal/index.html) records what the platform team tried.\n";
    }

    private record Journal(String name, String text) {
    }

    private static Journal journal(TimeLine time, int number) {
        int index = Math.min(time.periods() - 1, (time.periods() - 1) * number / 2);
        String date = time.middle(index).toString();
        String[] titles = {"From tickets to a product", "The first DevOps buddies are trained", "Self-service for databases"};
        String slug = titles[number].toLowerCase(Locale.ROOT).replace(' ', '-');
        String text = "title=" + titles[number] + "\n"
                + "date=" + date + "\n"
                + "type=post\n"
                + "status=published\n"
                + "~~~~~~\n"
                + "In " + time.period(index) + " the platform team worked on *" + titles[number].toLowerCase(Locale.ROOT)
                + "*.\n\n"
                + "| what | before | after |\n|---|---|---|\n| tickets per week | 40 | 25 |\n\n"
                + "What we learnt: measure first, then change one thing at a time.\n";
        return new Journal(date + "-" + slug + ".md", text);
    }
}
