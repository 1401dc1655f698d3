package scorecards.synthetic;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import scorecards.model.Cadence;

/**
 * Writes a synthetic but realistic source repository of any size, for benchmarks and tests:
 * {@code scorecards/organisation.yaml} (quarterly by default, or monthly; six products, a cost per hour),
 * {@code scorecards/model.yaml} (the repository's own example model: five levels, four
 * dimensions), one {@code scorecards/teams/team-NNNNN.yaml} per team, three campaigns in
 * {@code scorecards/campaigns/}, and a small
 * {@code content/} (an about page and three journal posts), as a real site repository has.
 *
 * <p>The teams look like real ones: sections and metrics are left out now and then, product
 * use is mandated or voluntary, ratings are often not given, needs repeat across teams with
 * differences of case and spacing, some teams join late, a few stopped assessing long ago
 * (stale), and most improve from period to period.
 *
 * <p>The output is a function of the arguments only: the same seed gives byte-identical files.
 * Each team draws from its own random stream (derived from the seed and its number), so a
 * team's file is also the same whatever the number of teams. The generator refuses a
 * non-empty output folder and writes nothing outside it.
 *
 * <pre>
 * java -cp target/scorecards.jar scorecards.synthetic.SyntheticOrganisation \
 *     --teams 1000 --periods 12 --seed 42 --output /tmp/org-1000
 * java -cp target/scorecards.jar scorecards.synthetic.SyntheticOrganisation \
 *     --teams 25 --periods 36 --cadence monthly --output /tmp/org-monthly
 * </pre>
 *
 * <p>A monthly organisation ends in {@link #CURRENT_MONTH}, the last month of the quarterly
 * one's current quarter, and its teams mature at the same pace per year: a third as much per
 * period. The quarterly output is the same as before the cadence could be chosen.
 */
public final class SyntheticOrganisation {

    /** The current period of every synthetic organisation; the first period is counted back from it. */
    public static final String CURRENT_PERIOD = "2026-Q3";
    /** The current period of a monthly synthetic organisation: the last month of {@link #CURRENT_PERIOD}. */
    public static final String CURRENT_MONTH = "2026-09";
    /** The organisation's {@code stale-after}: a team with nothing in the last two periods is stale. */
    static final int STALE_AFTER = 1;
    static final int MAX_TEAMS = 999_999;
    static final int MAX_PERIODS = 80;
    /** Twenty years of months, as {@link #MAX_PERIODS} is twenty years of quarters. */
    static final int MAX_MONTHS = 240;

    private static final int CURRENT_YEAR = 2026;
    private static final int CURRENT_QUARTER = 3;

    /** The catalogue: id, name, owner, and when it became available as a share of the time line. */
    private static final String[][] PRODUCTS = {
        {"ci-templates", "CI/CD templates", "Build & Release", "0.0"},
        {"kube-runtime", "Kubernetes runtime", "Runtime", "0.1"},
        {"observability", "Observability stack", "Observability", "0.2"},
        {"secrets-service", "Secrets service", "Security Engineering", "0.35"},
        {"db-provisioning", "Database provisioning", "Data Infrastructure", "0.5"},
        {"developer-portal", "Developer portal", "Developer Experience", "0.65"},
    };

    /** Needs as the platform team would word them; the most popular first. */
    private static final String[] NEEDS = {
        "Self-service database provisioning",
        "Ephemeral preview environments",
        "Secrets rotation",
        "Faster CI pipelines",
        "Better alerting defaults",
        "Cost dashboards per team",
        "Golden-path service templates",
        "Canary deployments",
        "Managed message queues",
        "On-call runbooks in one place",
        "Feature flags as a service",
        "Log retention longer than 14 days",
        "GPU nodes for batch jobs",
        "Self-service DNS records",
        "Docs: one place for platform how-tos",
        "Automatic dependency updates",
        "Load testing environment",
        "Terraform modules for queues",
        "SLO tracking per service",
        "Blue-green deployments",
        "Single sign-on for internal tools",
        "Image vulnerability scanning",
        "Faster cluster upgrades",
        "Shared staging data sets",
    };

    private static final String[] ADJECTIVES = {
        "Amber", "Azure", "Bold", "Brisk", "Cedar", "Cobalt", "Coral", "Crimson", "Dawn", "Ember",
        "Fern", "Flint", "Golden", "Granite", "Harbour", "Hazel", "Indigo", "Iron", "Jade", "Juniper",
        "Lunar", "Maple", "Meadow", "Misty", "Nimble", "Nova", "Oak", "Onyx", "Pine", "Quartz",
        "Rapid", "River", "Rowan", "Sable", "Silver", "Solar", "Spruce", "Stone", "Swift", "Willow",
    };

    private static final String[] NOUNS = {
        "Payments", "Search", "Checkout", "Basket", "Pricing", "Returns", "Routing", "Catalogue", "Loyalty",
        "Invoices", "Identity", "Ledger", "Reviews", "Inventory", "Fulfilment", "Shipping", "Onboarding",
        "Messaging", "Analytics", "Billing", "Discovery", "Marketplace", "Warehouse", "Forecasting", "Support",
        "Profiles", "Promotions", "Refunds", "Scheduling", "Notifications", "Recommendations", "Storefront",
        "Subscriptions", "Tracking", "Vouchers", "Wishlist", "Accounts", "Compliance", "Fraud", "Insights",
        "Ads", "Assortment", "Carriers", "Claims", "Contracts", "Gateway", "Mobile", "Partners", "Payroll",
        "Quotes",
    };

    private static final String[] TRIBES = {
        "Checkout", "Discovery", "Logistics", "Customer", "Data", "Finance", "Marketplace", "Mobile",
        "Growth", "Operations", "Partners", "Platform Consumers", "Content", "Trust", "Fulfilment", "Retail",
        "Pricing", "Supply", "Loyalty", "Insights", "Service", "Commerce", "Engagement", "Security",
    };

    private static final String[] FIRST_NAMES = {
        "Ana", "Ben", "Chiara", "Dmitri", "Elif", "Farah", "Goran", "Hana", "Ines", "Jonas", "Kofi", "Lena",
        "Mateo", "Nadia", "Olu", "Priya", "Quentin", "Rosa", "Sami", "Tomasz", "Uma", "Viktor", "Wen", "Yusuf",
        "Zofia", "Aiyana", "Bruno", "Carmen", "Darius", "Esme",
    };

    private static final String[] LAST_NAMES = {
        "Ruiz", "Mensah", "Osei", "Brandt", "Lund", "Marin", "Okafor", "Novak", "Haddad", "Ibrahim", "Kowalski",
        "Larsen", "Moreau", "Nakamura", "Oliveira", "Petrov", "Quinn", "Rossi", "Schmidt", "Tanaka", "Umarov",
        "Varga", "Weber", "Xu", "Yilmaz", "Zhang", "Ferreira", "Costa", "Dubois", "Eriksen",
    };

    private static final String[] NOTES = {
        "Using the %s is **mandatory** for all services of the tribe.\n",
        "We moved our last service onto the %s this quarter.\n\n- fewer tickets\n- faster releases\n",
        "Our buddy was on leave for a month; see the [model](../model.html) for why a backup matters.\n",
        "Two incidents came from the %s; both have a post-mortem in the wiki.\n",
        "Survey answers are low because half the team joined this quarter.\n",
        "We would use the %s more if the documentation covered our stack.\n",
    };

    /**
     * Exemptions a team may ask for: dimension, metric, level ("" for every level), reason and
     * justification. Each names a check of {@link #MODEL}.
     */
    private static final String[][] EXEMPTIONS = {
        {"devops-buddy", "backup", "self-service", "in-progress", "A second buddy is in the platform training this quarter."},
        {"devops-buddy", "trained", "", "in-progress", "The buddy's training is booked for next quarter."},
        {"platform-usage", "voluntary-share", "", "not-applicable",
            "The tribe mandates the platform products for its regulated services."},
        {"platform-usage", "catalogue-coverage", "self-service", "not-applicable",
            "A batch team: most of the catalogue has no use here."},
        {"quality", "workarounds", "", "accepted-risk",
            "One workaround stays until the network migration; the platform team tracks it."},
        {"satisfaction", "responses", "", "accepted-risk", "A small team: fewer than three answers a quarter is expected."},
    };
    /** Share of teams with exemptions, and the most periods one may span (organisation.yaml). */
    private static final double EXEMPT_TEAMS = 0.075;
    static final int EXEMPTION_MAX_PERIODS = 4;

    private final int teams;
    private final int periods;
    private final long seed;
    private final Cadence cadence;
    /** Period ordinals (year × periods per year + index − 1), oldest first. */
    private final int[] ordinals;
    /** For each product, the index of the first period in which it can be used. */
    private final int[] productSince;

    public SyntheticOrganisation(int teams, int periods, long seed) {
        this(teams, periods, seed, Cadence.QUARTERLY);
    }

    public SyntheticOrganisation(int teams, int periods, long seed, Cadence cadence) {
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
        int current = cadence == Cadence.MONTHLY ? CURRENT_YEAR * 12 + CURRENT_QUARTER * 3 - 1
                : CURRENT_YEAR * 4 + CURRENT_QUARTER - 1;
        ordinals = new int[periods];
        for (int i = 0; i < periods; i++) {
            ordinals[i] = current - (periods - 1) + i;
        }
        productSince = new int[PRODUCTS.length];
        for (int p = 0; p < PRODUCTS.length; p++) {
            productSince[p] = (int) Math.floor(Double.parseDouble(PRODUCTS[p][3]) * (periods - 1));
        }
    }

    /** Generates into {@code output} from the command line; see {@link #usage()}. */
    public static void main(String[] args) {
        int status = run(System.out, System.err, args);
        System.out.flush();
        if (status != 0) {
            System.exit(status);
        }
    }

    /** The command line without {@code System.exit}: 0 done, 2 usage error or refused output. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        Options options = options();
        try {
            CommandLine line = DefaultParser.builder().get().parse(options, args);
            if (line.hasOption("help")) {
                out.print(usage());
                return 0;
            }
            if (!line.getArgList().isEmpty()) {
                throw new ParseException("unexpected argument '" + line.getArgList().get(0) + "'");
            }
            int teams = intOption(line, "teams", null);
            int periods = intOption(line, "periods", 12);
            long seed = Long.parseLong(line.getOptionValue("seed", "1"));
            String cadenceText = line.getOptionValue("cadence", Cadence.QUARTERLY.id());
            Cadence cadence = Cadence.byId(cadenceText).orElseThrow(() -> new ParseException(
                    "--cadence must be quarterly or monthly, found '" + cadenceText + "'"));
            if (!line.hasOption("output")) {
                throw new ParseException("--output DIR is required");
            }
            Path output = Path.of(line.getOptionValue("output"));
            long start = System.nanoTime();
            int assessments = new SyntheticOrganisation(teams, periods, seed, cadence).writeInto(output);
            out.printf(Locale.ROOT, "wrote %d teams, %d assessments over %d periods (seed %d) to %s in %.2f s%n",
                    teams, assessments, periods, seed, output, (System.nanoTime() - start) / 1e9);
            return 0;
        } catch (ParseException | IllegalArgumentException e) {
            err.println("synthetic organisation: " + e.getMessage());
            err.print(usage());
            return 2;
        } catch (RefusedException e) {
            err.println("synthetic organisation: " + e.getMessage());
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
                .addOption(Option.builder().longOpt("output").hasArg().argName("DIR")
                        .desc("an empty or new folder").get())
                .addOption(Option.builder("h").longOpt("help").desc("show this help").get());
    }

    private static String usage() {
        return "Usage: java -cp scorecards.jar " + SyntheticOrganisation.class.getName()
                + " --teams N [--periods P] [--cadence quarterly|monthly] [--seed S] --output DIR\n"
                + "Writes a valid synthetic scorecards repository into DIR, which must be empty or new.\n"
                + "The same arguments always give byte-identical files.\n";
    }

    private static int intOption(CommandLine line, String name, Integer fallback) throws ParseException {
        String value = line.getOptionValue(name);
        if (value == null) {
            if (fallback == null) {
                throw new ParseException("--" + name + " is required");
            }
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ParseException("--" + name + " must be a whole number, found '" + value + "'");
        }
    }

    /** The output folder is not empty (or is a file): nothing was written. */
    public static final class RefusedException extends IOException {
        private static final long serialVersionUID = 1L;

        public RefusedException(String message) {
            super(message);
        }
    }

    /**
     * Writes the repository into {@code output}, which must be a new or empty folder.
     *
     * @return the number of assessments written
     */
    public int writeInto(Path output) throws IOException {
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
        Files.createDirectories(root.resolve("scorecards/teams"));
        Files.createDirectories(root.resolve("content/journal"));
        write(root, "scorecards/organisation.yaml", organisation());
        write(root, "scorecards/model.yaml", MODEL);
        write(root, "content/about.md", about());
        for (int i = 0; i < 3; i++) {
            Journal post = journal(i);
            write(root, "content/journal/" + post.name(), post.text());
        }
        int assessments = 0;
        int width = Math.max(5, Integer.toString(teams).length());
        Set<String> tribes = new TreeSet<>();
        for (int number = 1; number <= teams; number++) {
            Team team = team(number);
            write(root, "scorecards/teams/" + teamId(number, width) + ".yaml", team.text());
            assessments += team.assessments();
            if (team.tribe() != null) {
                tribes.add(team.tribe());
            }
        }
        Files.createDirectories(root.resolve("scorecards/campaigns"));
        for (Map.Entry<String, String> campaign : campaigns(List.copyOf(tribes)).entrySet()) {
            write(root, "scorecards/campaigns/" + campaign.getKey() + ".yaml", campaign.getValue());
        }
        return assessments;
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

    private String period(int index) {
        return quarter(ordinals[index]);
    }

    /** The period of {@code ordinal} in this organisation's cadence. */
    private String quarter(int ordinal) {
        return cadence == Cadence.MONTHLY ? month(ordinal) : quarterOf(ordinal);
    }

    private static String month(int ordinal) {
        return String.format(Locale.ROOT, "%04d-%02d", ordinal / 12, ordinal % 12 + 1);
    }

    private static String quarterOf(int ordinal) {
        return String.format(Locale.ROOT, "%04d-Q%d", ordinal / 4, ordinal % 4 + 1);
    }

    /**
     * Three campaigns, one of each goal form and scope: over every team, over two tribes, and
     * over a tribe and named teams; one of them past its deadline (given history enough). Their
     * periods follow the history's length, so that each has started; their tribes are tribes
     * some team has.
     */
    private Map<String, String> campaigns(List<String> tribes) {
        int current = ordinals[periods - 1];
        int span = Math.min(periods - 1, 6);
        String first = tribes.isEmpty() ? null : tribes.get(0);
        String second = tribes.size() < 2 ? first : tribes.get(1);
        String third = tribes.size() < 3 ? first : tribes.get(2);
        int width = Math.max(5, Integer.toString(teams).length());
        Map<String, String> campaigns = new LinkedHashMap<>();
        campaigns.put("buddy-everywhere", "name: A DevOps buddy in every team\n"
                + "owner: " + FIRST_NAMES[0] + " " + LAST_NAMES[0] + "\n"
                + "start: " + quarter(current - span) + "\n"
                + "deadline: " + quarter(current + 2) + "\n"
                + "goal:\n  dimension: devops-buddy\n  level: embedded-devops\n"
                + "target: 0.9\n");
        campaigns.put("self-service-tribes", "name: Self-service infrastructure in two tribes\n"
                + "start: " + quarter(current - span / 2) + "\n"
                + "deadline: " + quarter(current + 1) + "\n"
                + (first == null ? "" : "scope:\n  tribes: [" + first + (second.equals(first) ? "" : ", " + second)
                        + "]\n")
                + "goal:\n  checks:\n    - { dimension: devops-buddy, metric: self-service-share, min: 0.5 }\n"
                + "target: 0.6\n");
        campaigns.put("platform-product-pilot", "name: Platform-product level in the pilot teams\n"
                + "start: " + quarter(current - span) + "\n"
                + "deadline: " + quarter(Math.max(current - span + 1, current - span / 3)) + "\n"
                + "scope:\n" + (third == null ? "" : "  tribes: [" + third + "]\n") + "  teams: [" + teamId(1, width)
                + (teams > 1 ? ", " + teamId(2, width) : "") + "]\n"
                + "goal:\n  level: platform-product\n"
                + "target: 0.5\n");
        return campaigns;
    }

    // ---------------------------------------------------------------- organisation and content

    private String organisation() {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder yaml = new StringBuilder();
        yaml.append("# A synthetic organisation for benchmarks and tests, written by\n")
                .append("# ").append(SyntheticOrganisation.class.getName()).append(" (").append(teams)
                .append(" teams, ").append(periods).append(" periods, seed ").append(seed).append(").\n")
                .append("# Every name in it is invented.\n\n");
        yaml.append("name: Synthetic Organisation ").append(seed).append('\n');
        yaml.append("cadence: ").append(cadence.id()).append('\n');
        yaml.append("current-period: ").append(cadence == Cadence.MONTHLY ? CURRENT_MONTH : CURRENT_PERIOD).append('\n');
        yaml.append("stale-after: ").append(STALE_AFTER).append('\n');
        yaml.append("currency: EUR\n");
        yaml.append("cost-per-hour: ").append(70 + random.nextInt(5) * 5).append('\n');
        yaml.append("leaderboard: false\n");
        yaml.append("exemption-max-periods: ").append(EXEMPTION_MAX_PERIODS).append("\n\n");
        yaml.append("platform:\n");
        yaml.append("  product-owner: ").append(person(random)).append('\n');
        yaml.append("  change-agent: ").append(person(random)).append('\n');
        yaml.append("  products:\n");
        for (int p = 0; p < PRODUCTS.length; p++) {
            yaml.append("    - id: ").append(PRODUCTS[p][0]).append('\n');
            yaml.append("      name: ").append(PRODUCTS[p][1]).append('\n');
            yaml.append("      owner: ").append(PRODUCTS[p][2]).append('\n');
            yaml.append("      description: >-\n");
            yaml.append("        The ").append(PRODUCTS[p][1]).append(" of the platform, run by the ")
                    .append(PRODUCTS[p][2]).append(" team.\n");
            yaml.append("        Teams adopt it **by pull request**; see the `").append(PRODUCTS[p][0])
                    .append("` handbook.\n");
            yaml.append("      since: ").append(period(productSince[p])).append("\n\n");
        }
        return yaml.toString().stripTrailing() + "\n";
    }

    private String about() {
        return "title=About these scorecards\n"
                + "type=page\n"
                + "status=published\n"
                + "~~~~~~\n"
                + "A synthetic organisation of " + teams + " teams over " + periods + (cadence == Cadence.MONTHLY ? " months" : " quarters") + ", generated with seed "
                + seed + " to measure how the site scales.\n\n"
                + "- Every team keeps a scorecard in `scorecards/teams/`.\n"
                + "- The [maturity model](model.html) says what each level means.\n"
                + "- The [change journal](journal/index.html) records what the platform team tried.\n";
    }

    private record Journal(String name, String text) {
    }

    private Journal journal(int number) {
        int index = Math.min(periods - 1, (periods - 1) * number / 2);
        int ordinal = ordinals[index];
        String date = cadence == Cadence.MONTHLY ? month(ordinal) + "-15"
                : String.format(Locale.ROOT, "%04d-%02d-15", ordinal / 4, (ordinal % 4) * 3 + 2);
        String[] titles = {"From tickets to a product", "The first DevOps buddies are trained", "Self-service for databases"};
        String slug = titles[number].toLowerCase(Locale.ROOT).replace(' ', '-');
        String text = "title=" + titles[number] + "\n"
                + "date=" + date + "\n"
                + "type=post\n"
                + "status=published\n"
                + "~~~~~~\n"
                + "In " + period(index) + " the platform team worked on *" + titles[number].toLowerCase(Locale.ROOT)
                + "*.\n\n"
                + "| what | before | after |\n|---|---|---|\n| tickets per week | 40 | 25 |\n\n"
                + "What we learnt: measure first, then change one thing at a time.\n";
        return new Journal(date + "-" + slug + ".md", text);
    }

    // ---------------------------------------------------------------- teams

    /** A team's file, its number of assessments and its tribe (null when it has none). */
    private record Team(String text, int assessments, String tribe) {
    }

    /** Team {@code number} (from 1), from its own random stream. */
    private Team team(int number) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + number * 0xBF58476D1CE4E5B9L);
        StringBuilder yaml = new StringBuilder();
        yaml.append("# Synthetic scorecard, generated (seed ").append(seed).append("); edit freely.\n");
        yaml.append("name: ").append(teamName(number - 1)).append('\n');
        int tribes = Math.max(3, (teams + 9) / 10);
        String tribeName = null;
        if (random.nextDouble() < 0.9) {
            int tribe = random.nextInt(tribes);
            tribeName = TRIBES[tribe % TRIBES.length] + (tribe >= TRIBES.length ? " " + (tribe / TRIBES.length + 1) : "");
            yaml.append("tribe: ").append(tribeName).append('\n');
        }
        int size = 3 + random.nextInt(12);
        boolean sizeGiven = random.nextDouble() < 0.85;
        if (sizeGiven) {
            yaml.append("size: ").append(size).append('\n');
        }
        if (random.nextDouble() < 0.8) {
            yaml.append("product-owner: ").append(person(random)).append('\n');
        }
        if (random.nextDouble() < 0.7) {
            yaml.append("devops-buddy: ").append(person(random)).append('\n');
        }

        // The time line: most teams from the start, some later; a few stopped assessing (stale).
        int first = periods > 1 && random.nextDouble() < 0.2 ? 1 + random.nextInt(periods - 1) : 0;
        int last = periods - 1;
        int latestStale = periods - 1 - (STALE_AFTER + 1);
        if (latestStale >= first && random.nextDouble() < 0.06) {
            last = first + random.nextInt(latestStale - first + 1);
        }
        List<Integer> assessed = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            // Now and then a period is skipped, never the first or the last.
            if (i == first || i == last || random.nextDouble() >= 0.04) {
                assessed.add(i);
            }
        }

        // Maturity: a start, and for most teams a steady improvement.
        double start = 0.05 + 0.4 * random.nextDouble();
        double kind = random.nextDouble();
        double growth = (kind < 0.85 ? 0.02 + 0.07 * random.nextDouble()
                : kind < 0.95 ? -0.01 + 0.02 * random.nextDouble() : -0.04 + 0.03 * random.nextDouble())
                * 4 / cadence.periodsPerYear();
        // Most teams fill in nearly everything; some leave sections and figures out.
        double care = random.nextDouble();
        double omission = care < 0.55 ? 0.15 : care < 0.85 ? 0.6 : 1.5;
        // The maturity at which the team names a DevOps buddy, has it trained, and finds a backup.
        double[] thresholds = {0.1 + 0.2 * random.nextDouble(), 0.35 + 0.15 * random.nextDouble(),
            0.55 + 0.2 * random.nextDouble()};
        // Which products the team takes up first, and which ones its tribe mandates.
        int[] preference = permutation(random, PRODUCTS.length);
        boolean[] mandatedByTribe = new boolean[PRODUCTS.length];
        for (int p = 0; p < PRODUCTS.length; p++) {
            mandatedByTribe[p] = random.nextDouble() < (p == 0 ? 0.5 : 0.2);
        }
        // The needs this team keeps raising, and how it tends to write them.
        int[] needs = teamNeeds(random);
        boolean newestFirst = random.nextDouble() < 0.1;

        List<String> blocks = new ArrayList<>();
        for (int index : assessed) {
            double maturity = clamp(start + growth * (index - first) + 0.05 * gaussian(random), 0, 1);
            blocks.add(assessment(random, index, maturity, omission, sizeGiven ? size : 10, thresholds, preference,
                    mandatedByTribe, needs));
        }
        if (newestFirst) {
            Collections.reverse(blocks);
        }
        yaml.append(exemptions(number, assessed));
        yaml.append("assessments:\n");
        blocks.forEach(yaml::append);
        return new Team(yaml.toString(), blocks.size(), tribeName);
    }

    /**
     * The exemptions of team {@code number}: none for most teams. They draw from a stream of
     * their own, so that a team's other figures are those it would have without them.
     */
    private String exemptions(int number, List<Integer> assessed) {
        SplittableRandom random = new SplittableRandom(seed * 0xD1B54A32D192ED03L + number * 0x94D049BB133111EBL + 1);
        if (random.nextDouble() >= EXEMPT_TEAMS) {
            return "";
        }
        int[] order = permutation(random, EXEMPTIONS.length);
        int count = random.nextDouble() < 0.3 ? 2 : 1;
        StringBuilder yaml = new StringBuilder("exemptions:\n");
        for (int i = 0; i < count; i++) {
            String[] exemption = EXEMPTIONS[order[i]];
            // From one of the team's assessed periods, for one to EXEMPTION_MAX_PERIODS periods:
            // some end before the current period and show as expired, some run past it.
            int from = ordinals[assessed.get(random.nextInt(assessed.size()))];
            int until = from + random.nextInt(EXEMPTION_MAX_PERIODS);
            yaml.append("  - dimension: ").append(exemption[0]).append('\n');
            yaml.append("    metric: ").append(exemption[1]).append('\n');
            if (!exemption[2].isEmpty()) {
                yaml.append("    level: ").append(exemption[2]).append('\n');
            }
            yaml.append("    reason: ").append(exemption[3]).append('\n');
            yaml.append("    justification: ").append(yamlText(exemption[4])).append('\n');
            yaml.append("    approved-by: ").append(person(random)).append('\n');
            yaml.append("    from: ").append(quarter(from)).append('\n');
            yaml.append("    until: ").append(quarter(until)).append('\n');
        }
        return yaml.toString();
    }

    /** One assessment of a team at maturity {@code m} (0..1), as YAML lines of the assessments list. */
    private String assessment(SplittableRandom random, int index, double m, double omission, int size,
            double[] thresholds, int[] preference, boolean[] mandatedByTribe, int[] teamNeeds) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("  - period: ").append(period(index)).append('\n');

        if (given(random, omission, 0.92)) {
            StringBuilder section = new StringBuilder();
            // Team thresholds, not noise: a buddy once trained stays trained while the team matures.
            boolean designated = m > thresholds[0];
            boolean trained = designated && m > thresholds[1];
            boolean backup = trained && m > thresholds[2];
            optional(section, random, omission, 0.96, "designated", Boolean.toString(designated));
            optional(section, random, omission, 0.94, "trained", Boolean.toString(trained));
            optional(section, random, omission, 0.92, "backup", Boolean.toString(backup));
            optional(section, random, omission, 0.92, "self-service-share", decimal(clamp(m + 0.07 * gaussian(random), 0, 1), 2));
            section(yaml, "devops-buddy", section);
        }

        if (given(random, omission, 0.88)) {
            StringBuilder section = new StringBuilder();
            double hours = Math.max(0, m * 160 + 12 * gaussian(random));
            optional(section, random, omission, 0.9, "hours-saved", random.nextDouble() < 0.1 ? decimal(hours, 1) : decimal(hours, 0));
            double usesKind = random.nextDouble();
            if (usesKind < 0.03) {
                section.append("      uses: []\n");
            } else if (usesKind < 1 - omission * 0.08) {
                List<Integer> available = new ArrayList<>();
                for (int p : preference) {
                    if (productSince[p] <= index) {
                        available.add(p);
                    }
                }
                int count = (int) Math.round(clamp(m * available.size() + 0.7 * gaussian(random), 0,
                        available.size()));
                if (count == 0 && !available.isEmpty() && random.nextDouble() < 0.7) {
                    count = 1;
                }
                if (count > 0) {
                    section.append("      uses:\n");
                    List<Integer> used = new ArrayList<>(available.subList(0, count));
                    used.sort(null); // catalogue order, as people tend to list them
                    for (int p : used) {
                        section.append("        - product: ").append(PRODUCTS[p][0]).append('\n');
                        // Mature teams keep using what was once mandated because they want to.
                        boolean mandated = mandatedByTribe[p] && (m < 0.6 || random.nextDouble() < 0.4);
                        if (mandated) {
                            section.append("          mandated: true\n");
                        } else if (random.nextDouble() < 0.5) {
                            section.append("          mandated: false\n");
                        }
                        if (random.nextDouble() < 0.55) {
                            long rating = Math.round(clamp(1.9 + 2.8 * m + 0.8 * gaussian(random), 1, 5));
                            section.append("          rating: ").append(rating).append('\n');
                        }
                    }
                } else {
                    section.append("      uses: []\n");
                }
            }
            section(yaml, "platform-usage", section);
        }

        if (given(random, omission, 0.82)) {
            StringBuilder section = new StringBuilder();
            optional(section, random, omission, 0.92, "incidents", count((1 - m) * 7 + 1.5 * gaussian(random)));
            optional(section, random, omission, 0.9, "workarounds", count((1 - m) * 5 + gaussian(random)));
            optional(section, random, omission, 0.9, "open-bugs", count((1 - m) * 8 + 2 * gaussian(random)));
            section(yaml, "quality", section);
        }

        if (given(random, omission, 0.85)) {
            StringBuilder section = new StringBuilder();
            optional(section, random, omission, 0.9, "responses",
                    count(Math.max(1, size * (0.35 + 0.6 * random.nextDouble()))));
            optional(section, random, omission, 0.94, "csat", decimal(clamp(2.2 + 2.6 * m + 0.3 * gaussian(random), 1, 5), 1));
            optional(section, random, omission, 0.9, "nps", decimal(clamp(-35 + 110 * m + 12 * gaussian(random), -100, 100), 0));
            optional(section, random, omission, 0.9, "complexity-reduced",
                    decimal(clamp(2 + 2.6 * m + 0.35 * gaussian(random), 1, 5), 1));
            section(yaml, "satisfaction", section);
        }

        List<String> needs = new ArrayList<>();
        for (int need : teamNeeds) {
            if (random.nextDouble() < 0.65) {
                needs.add(variant(random, NEEDS[need]));
            }
        }
        if (!needs.isEmpty()) {
            yaml.append("    needs:\n");
            needs.forEach(need -> yaml.append("      - ").append(need).append('\n'));
        }

        if (random.nextDouble() < 0.15) {
            String product = PRODUCTS[preference[0]][1];
            String note = NOTES[random.nextInt(NOTES.length)].replace("%s", product);
            yaml.append("    notes: |\n");
            note.lines().forEach(line -> yaml.append(line.isEmpty() ? "" : "      " + line).append('\n'));
        }
        return yaml.toString();
    }

    /** One to four needs, popular ones more often; about a third of the teams raise none. */
    private static int[] teamNeeds(SplittableRandom random) {
        if (random.nextDouble() < 0.3) {
            return new int[0];
        }
        int count = 1 + random.nextInt(4);
        List<Integer> chosen = new ArrayList<>();
        while (chosen.size() < count) {
            // Squaring a uniform number favours the first entries of the list: a few needs are everywhere.
            double u = random.nextDouble();
            int need = (int) (u * u * NEEDS.length);
            if (!chosen.contains(need)) {
                chosen.add(need);
            }
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A need as a person might type it: mostly as worded, sometimes in another case or spacing. */
    private static String variant(SplittableRandom random, String need) {
        double kind = random.nextDouble();
        String text;
        if (kind < 0.6) {
            text = need;
        } else if (kind < 0.75) {
            text = need.toLowerCase(Locale.ROOT);
        } else if (kind < 0.83) {
            text = titleCase(need);
        } else if (kind < 0.88) {
            text = need.toUpperCase(Locale.ROOT);
        } else if (kind < 0.95) {
            int space = need.indexOf(' ');
            text = space < 0 ? need : need.substring(0, space) + "  " + need.substring(space + 1);
        } else {
            text = " " + need + "  ";
        }
        return yamlText(text);
    }

    /** Plain when YAML reads it back as the same text, double-quoted otherwise. */
    private static String yamlText(String text) {
        boolean plain = !text.isEmpty() && text.equals(text.strip()) && !text.contains(": ") && !text.contains(" #")
                && "-?:,[]{}#&*!|>'\"%@`".indexOf(text.charAt(0)) < 0 && !text.endsWith(":");
        if (plain) {
            return text;
        }
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String titleCase(String text) {
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (char c : text.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ';
        }
        return out.toString();
    }

    /**
     * Whether a team gives something that a typical team gives with probability {@code typical};
     * {@code omission} scales how often it is left out (below 1: a careful team).
     */
    private static boolean given(SplittableRandom random, double omission, double typical) {
        return random.nextDouble() < 1 - omission * (1 - typical);
    }

    private static void optional(StringBuilder section, SplittableRandom random, double omission, double typical,
            String key, String value) {
        if (given(random, omission, typical)) {
            section.append("      ").append(key).append(": ").append(value).append('\n');
        }
    }

    private static void section(StringBuilder yaml, String name, StringBuilder body) {
        if (body.length() > 0) {
            yaml.append("    ").append(name).append(":\n").append(body);
        }
    }

    private static String teamName(int index) {
        int combinations = ADJECTIVES.length * NOUNS.length;
        String name = ADJECTIVES[index % ADJECTIVES.length] + " " + NOUNS[(index / ADJECTIVES.length) % NOUNS.length];
        return index >= combinations ? name + " " + (index / combinations + 1) : name;
    }

    private static String person(SplittableRandom random) {
        return FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
    }

    private static int[] permutation(SplittableRandom random, int size) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /** A standard normal number (Box-Muller with StrictMath, so that every machine draws the same). */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble(); // (0, 1]: the logarithm stays finite
        double v = random.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * v);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    private static String count(double value) {
        return Long.toString(Math.max(0, Math.round(value)));
    }

    /** A number with at most {@code places} decimals and no trailing zeros, the same on every machine. */
    private static String decimal(double value, int places) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP);
        String text = rounded.stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    // ---------------------------------------------------------------- the model

    /** The repository's own example model ({@code scorecards/model.yaml}), word for word. */
    static final String MODEL = """
            # The maturity model: how a team's way of working with the platform is scored.
            #
            # Levels are ordered lowest first. A team reaches a level in a dimension when
            # the checks of that level, and of every level below it, all pass. The first
            # level needs nothing: every team starts there. A team's overall level is the
            # lowest of its dimension levels (the weakest link).
            #
            # A metric with no value in an assessment (a section left out, say) fails every
            # check on it, so missing data never counts as a pass.

            name: Platform-as-Product maturity

            levels:
              - id: ticket-driven
                name: Ticket-driven
                description: >-
                  Infrastructure is a queue. Teams file tickets with the infrastructure team
                  and wait; nobody in the team owns how their software gets built, shipped
                  and run.

              - id: embedded-devops
                name: Embedded DevOps
                description: >-
                  A DevOps engineer from the infrastructure team sits with the team and does
                  the infrastructure work *for* it. Faster than tickets, but the knowledge
                  stays with one person outside the team.

              - id: devops-buddy
                name: DevOps buddy
                description: >-
                  A developer **in the team** is its designated DevOps buddy: the first
                  contact for the platform, who learns the products and helps teammates use
                  them. Tickets become the exception.

              - id: platform-product
                name: Platform as a product
                description: >-
                  The team uses the platform because it is the better option, not because it
                  has to. It tells the platform team what it needs, rates the products, and
                  reports defects instead of building workarounds.

              - id: self-service
                name: Self-service
                description: >-
                  The team ships almost every infrastructure change itself through the
                  platform's self-service paths. The buddy has a backup, the platform saves
                  the team real time, and the team would recommend it.

            # Weights decide how much each dimension counts in a team's score (0-100).
            # They do not change the overall level, which is always the weakest link.
            dimensions:
              - id: devops-buddy
                name: DevOps-buddy coverage
                weight: 2
                description: >-
                  Does the team have its own DevOps buddy, trained and with a backup, and how
                  much of its infrastructure work does it ship without a ticket to another
                  team (`self-service-share`)?
                levels:
                  embedded-devops:
                    description: >-
                      At least one in ten infrastructure changes ships without a ticket,
                      usually through the embedded engineer.
                    checks:
                      - metric: self-service-share
                        min: 0.1
                  devops-buddy:
                    description: >-
                      Someone in the team is the designated DevOps buddy, and almost a third
                      of the changes ship without a ticket.
                    checks:
                      - metric: designated
                        equals: true
                      - metric: self-service-share
                        min: 0.3
                  platform-product:
                    description: >-
                      The buddy has completed the platform training, and half of the changes
                      ship without a ticket.
                    checks:
                      - metric: trained
                        equals: true
                      - metric: self-service-share
                        min: 0.5
                  self-service:
                    description: >-
                      The buddy has a backup, so holidays do not stop the team, and seven in
                      ten changes ship without a ticket.
                    checks:
                      - metric: backup
                        equals: true
                      - metric: self-service-share
                        min: 0.7

              - id: platform-usage
                name: Platform usage
                weight: 2
                description: >-
                  How much of the platform catalogue the team uses, how much of that use is
                  voluntary rather than mandated, and how many developer hours the team
                  estimates the platform saved it.
                levels:
                  embedded-devops:
                    description: >-
                      The team uses at least one platform product, and not only because it
                      is told to.
                    checks:
                      - metric: products-used
                        min: 1
                      - metric: voluntary-share
                        min: 0.3
                      - metric: hours-saved
                        min: 5
                  devops-buddy:
                    description: >-
                      Two or more products, at least half of them chosen freely, saving the
                      team a few days a quarter.
                    checks:
                      - metric: products-used
                        min: 2
                      - metric: voluntary-share
                        min: 0.5
                      - metric: hours-saved
                        min: 20
                  platform-product:
                    description: >-
                      Half of the catalogue, mostly by choice, saving more than a developer
                      week and a half per quarter.
                    checks:
                      - metric: products-used
                        min: 4
                      - metric: catalogue-coverage
                        min: 0.5
                      - metric: voluntary-share
                        min: 0.7
                      - metric: hours-saved
                        min: 60
                  self-service:
                    description: >-
                      Most of the catalogue, nearly all of it by choice, saving the team
                      three developer weeks or more per quarter.
                    checks:
                      - metric: products-used
                        min: 5
                      - metric: catalogue-coverage
                        min: 0.7
                      - metric: voluntary-share
                        min: 0.8
                      - metric: hours-saved
                        min: 120

              - id: quality
                name: Platform quality
                weight: 1
                description: >-
                  What the platform costs the team in trouble: incidents caused by platform
                  products, workarounds the team keeps for platform defects, and platform
                  bugs it reported that are still open. Fewer is better.
                levels:
                  embedded-devops:
                    description: At most six platform incidents in the quarter.
                    checks:
                      - metric: incidents
                        max: 6
                      - metric: workarounds
                        max: 5
                      - metric: open-bugs
                        max: 8
                  devops-buddy:
                    description: At most four incidents, and only a few workarounds.
                    checks:
                      - metric: incidents
                        max: 4
                      - metric: workarounds
                        max: 3
                      - metric: open-bugs
                        max: 5
                  platform-product:
                    description: At most two incidents; defects get fixed rather than worked around.
                    checks:
                      - metric: incidents
                        max: 2
                      - metric: workarounds
                        max: 2
                      - metric: open-bugs
                        max: 3
                  self-service:
                    description: At most one incident a quarter, and next to no open bugs.
                    checks:
                      - metric: incidents
                        max: 1
                      - metric: workarounds
                        max: 1
                      - metric: open-bugs
                        max: 2

              - id: satisfaction
                name: Developer satisfaction
                weight: 1
                description: >-
                  What the team's developers say in the quarterly platform survey: overall
                  satisfaction (CSAT, 1-5), Net Promoter Score, and whether the platform
                  reduces their day-to-day complexity (1-5).
                levels:
                  embedded-devops:
                    description: >-
                      At least three developers answered the survey, and they are mildly
                      satisfied.
                    checks:
                      - metric: responses
                        min: 3
                      - metric: csat
                        min: 3.0
                      - metric: nps
                        min: -20
                      - metric: complexity-reduced
                        min: 2.5
                  devops-buddy:
                    description: Satisfied developers; as many promoters as detractors.
                    checks:
                      - metric: csat
                        min: 3.5
                      - metric: nps
                        min: 0
                      - metric: complexity-reduced
                        min: 3.0
                  platform-product:
                    description: >-
                      Developers are clearly satisfied and feel the platform takes
                      complexity off their plate.
                    checks:
                      - metric: csat
                        min: 4.0
                      - metric: nps
                        min: 20
                      - metric: complexity-reduced
                        min: 3.5
                  self-service:
                    description: Developers would recommend the platform to a friend.
                    checks:
                      - metric: csat
                        min: 4.3
                      - metric: nps
                        min: 35
                      - metric: complexity-reduced
                        min: 4.0
            """;
}
