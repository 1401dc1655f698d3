package scorecards.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import scorecards.model.Cadence;
import scorecards.model.Campaign;
import scorecards.model.Ids;
import scorecards.model.MaturityModel;
import scorecards.model.Organisation;
import scorecards.model.Product;
import scorecards.model.Scorecards;
import scorecards.model.SurveySettings;
import scorecards.model.Team;

/**
 * Reads and validates a source repository: the {@code scorecards/} folder (organisation, model
 * and every team file) and the hand-written {@code content/}, collecting every problem of
 * every file.
 */
public final class SourceLoader {

    public static final String FOLDER = "scorecards";
    public static final String ORGANISATION = FOLDER + "/organisation.yaml";
    public static final String MODEL = FOLDER + "/model.yaml";
    public static final String TEAMS = FOLDER + "/teams";
    public static final String CAMPAIGNS = FOLDER + "/campaigns";
    public static final String SURVEYS = FOLDER + "/surveys";
    public static final String FACTS = FOLDER + "/facts";

    /** The file a team is read from, relative to the source: its id is the file's name. */
    public static String teamFile(String teamId) {
        return TEAMS + "/" + teamId + ".yaml";
    }

    /** The file a campaign is read from, relative to the source: its id is the file's name. */
    public static String campaignFile(String campaignId) {
        return CAMPAIGNS + "/" + campaignId + ".yaml";
    }

    private final YamlReader yaml = new YamlReader();
    private final ContentReader.Reserved reserved;

    /** A loader that knows nothing of the site's layout, for reading scorecards only. */
    public SourceLoader() {
        this(ContentReader.Reserved.NONE);
    }

    /** @param reserved the paths of the site the build writes itself, where content may not be published */
    public SourceLoader(ContentReader.Reserved reserved) {
        this.reserved = reserved;
    }

    /** What loading found: the scorecards when there were no problems, and the problems. */
    public record Result(Optional<Scorecards> scorecards, List<Problem> problems, int filesRead) {
        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    /** Thrown when the source is not a scorecards repository at all: a usage error, not bad input. */
    public static final class NotASourceException extends Exception {
        public NotASourceException(String message) {
            super(message);
        }
    }

    /**
     * Reads {@code model.yaml} alone: what the editors' schemas are generated from, even while team
     * files have problems. Empty when the source has no model file; the model's problems otherwise.
     */
    public Optional<ModelResult> loadModel(Path source) {
        if (!Files.exists(source.resolve(MODEL), LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Problems problems = new Problems(MODEL);
        Optional<MaturityModel> model = parse(new SourceFiles(source), MODEL, problems).flatMap(root -> ModelReader.read(root, problems));
        return Optional.of(new ModelResult(problems.isEmpty() ? model : Optional.empty(), problems.list()));
    }

    /** What reading model.yaml alone found: the model when it has no problem, and the problems. */
    public record ModelResult(Optional<MaturityModel> model, List<Problem> problems) {
    }

    public Result load(Path source) throws NotASourceException, IOException {
        SourceFiles files = new SourceFiles(source);
        if (files.linkOn(FOLDER).isPresent()) {
            // Not followed: nothing of it is read, and the rest of the repository is still checked.
            ContentReader.Result content = ContentReader.read(source);
            List<Problem> problems = new ArrayList<>(content.problems());
            problems.add(new Problem(FOLDER, 1, 1, SourceFiles.LINK));
            return new Result(Optional.empty(), problems.stream().sorted().toList(), content.files().size());
        }
        if (!Files.isDirectory(source.resolve(FOLDER))) {
            throw new NotASourceException(source + " is not a scorecards repository: it has no " + FOLDER
                    + "/ folder (point the source at the folder that holds it)");
        }
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());

        Problems organisationProblems = new Problems(ORGANISATION);
        Optional<OrganisationReader.Read> organisationRead = parse(files, ORGANISATION, organisationProblems)
                .flatMap(root -> OrganisationReader.read(root, organisationProblems));
        Optional<Organisation> organisation = organisationRead.map(OrganisationReader.Read::organisation);
        problems.addAll(organisationProblems.list());
        organisationRead.ifPresent(read -> problems.addAll(SiteLanguage.check(source, read.organisation().language(),
                read.language().map(SiteLanguage.Given::location).orElse(Location.START), ORGANISATION)));

        Problems modelProblems = new Problems(MODEL);
        Optional<MaturityModel> model = parse(files, MODEL, modelProblems)
                .flatMap(root -> ModelReader.read(root, modelProblems));
        problems.addAll(modelProblems.list());

        Cadence cadence = organisation.map(Organisation::cadence).orElse(null);
        List<String> productIds = organisationRead.filter(OrganisationReader.Read::catalogueComplete)
                .map(read -> read.organisation().products().stream().map(Product::id).toList())
                .filter(ids -> !ids.isEmpty()).orElse(null);
        // Exemptions are checked against the model only when it was read without a problem: a
        // check dropped from a broken model would otherwise make a sound exemption look wrong.
        MaturityModel checkedModel = modelProblems.isEmpty() ? model.orElse(null) : null;
        Integer exemptionMaxPeriods = organisation.map(Organisation::exemptionMaxPeriods).orElse(null);
        TeamReader teamReader = new TeamReader(cadence, productIds, checkedModel, exemptionMaxPeriods);
        List<String> teamFiles = yamlFiles(files, TEAMS, "team", problems);
        Set<String> teamIds = teamFiles.stream().map(SourceLoader::idOf).filter(Ids::isValid)
                .collect(Collectors.toSet());

        // Facts are read before the team files: a team's first assessed period, where an exemption
        // without 'from' starts, may be one that only a facts file gives.
        List<String> factsFiles = csvFiles(files, FACTS, problems, "not a facts file: facts files are CSV, named after "
                + "their source, e.g. deploy-stats.csv");
        FactsReader factsReader = new FactsReader(cadence, checkedModel == null ? null : checkedModel.metrics(),
                organisation.map(Organisation::factsIgnoreColumns).orElse(List.of()), teamIds);
        List<FactsReader.Facts> facts = new ArrayList<>();
        for (String file : factsFiles) {
            readCsv(files, file, "a facts file", factsReader::read, problems).ifPresent(facts::add);
        }
        Map<String, FactsReader.Fact> firstFacts = new HashMap<>();
        facts.forEach(read -> read.facts().forEach(fact -> firstFacts.merge(fact.team(), fact,
                (a, b) -> b.period().compareTo(a.period()) < 0 ? b : a)));

        SatisfactionSections satisfactionSections = new SatisfactionSections();
        PeriodOutliers periods = new PeriodOutliers();
        // Team files are independent of each other: read them on every core.
        List<Team> readTeams = teamFiles.parallelStream()
                .map(file -> readTeam(files, file, teamReader, satisfactionSections, periods,
                        firstFacts.get(idOf(file)), problems))
                .flatMap(Optional::stream)
                .toList();

        SurveySettings surveySettings = organisation.map(Organisation::survey).orElse(SurveySettings.DEFAULT);
        List<String> surveyFiles = csvFiles(files, SURVEYS, problems, "not a survey file: survey files are CSV, named "
                + "after their period, e.g. 2025-Q3.csv (export the survey as CSV, or bring it in with import-survey)");
        SurveyReader surveyReader = new SurveyReader(cadence, surveySettings, teamIds);
        List<SurveyReader.Survey> surveys = new ArrayList<>();
        for (String file : surveyFiles) {
            readCsv(files, file, "a survey file", surveyReader::read, problems).ifPresent(surveys::add);
        }
        surveys.forEach(survey -> periods.add(survey.file(), survey.period(), Location.START));
        List<Team> surveyed = SurveyMerge.merge(readTeams, surveys, satisfactionSections,
                surveySettings.minResponses(), problems);

        facts.forEach(read -> read.facts().forEach(fact -> periods.add(read.file(), fact.period(), fact.location())));
        organisationRead.ifPresent(read -> problems.addAll(
                periods.problems(read.organisation().currentPeriod(), read.outlierAfter())));
        List<Team> teams = FactsMerge.merge(surveyed, facts, problems);

        List<String> campaignFiles = yamlFiles(files, CAMPAIGNS, "campaign", problems);
        List<Campaign> campaigns = readCampaigns(files, campaignFiles, teamFiles, teams, cadence, model.orElse(null),
                problems);

        ContentReader.Result content = ContentReader.read(source, reserved);
        problems.addAll(content.problems());

        List<Problem> sorted = problems.stream().sorted().toList();
        int filesRead = 2 + teamFiles.size() + surveyFiles.size() + factsFiles.size() + campaignFiles.size()
                + content.files().size();
        if (!sorted.isEmpty() || organisation.isEmpty() || model.isEmpty()) {
            return new Result(Optional.empty(), sorted, filesRead);
        }
        return new Result(Optional.of(new Scorecards(organisation.get(), model.get(), teams, content.files(),
                campaigns)), sorted,
                filesRead);
    }

    private Optional<Team> readTeam(SourceFiles files, String file, TeamReader reader, SatisfactionSections sections,
            PeriodOutliers periods, FactsReader.Fact firstFact, List<Problem> sink) {
        Problems problems = new Problems(file);
        String id = fileId(file, "team", problems);
        Optional<Team> team = parse(files, file, problems)
                .flatMap(root -> reader.read(id, root, problems, sections, periods, firstFact));
        sink.addAll(problems.list());
        return problems.isEmpty() ? team : Optional.empty();
    }

    /** How one kind of CSV file is read from its bytes. */
    private interface CsvReader<T> {
        Optional<T> read(String name, byte[] bytes, Problems problems);
    }

    /** @param kind what the file is, for the size message: "a survey file", "a facts file" */
    private static <T> Optional<T> readCsv(SourceFiles files, String file, String kind, CsvReader<T> reader,
            List<Problem> sink) {
        Problems problems = new Problems(file);
        Optional<T> read = files.read(file, SurveyReader.MAX_FILE_BYTES, kind, problems)
                .flatMap(bytes -> reader.read(file.substring(file.lastIndexOf('/') + 1), bytes, problems));
        sink.addAll(problems.list());
        return read;
    }

    /**
     * The CSV files of one folder ({@code scorecards/surveys/*.csv}, {@code scorecards/facts/*.csv}), as
     * paths relative to the source. Any other file there is reported, so that a file saved in another
     * format is not silently left out; Markdown notes and hidden files may sit beside them.
     */
    private static List<String> csvFiles(SourceFiles files, String folder, List<Problem> problems, String notCsv)
            throws IOException {
        List<String> csv = new ArrayList<>();
        for (String name : files.names(folder, problems)) {
            String relative = folder + "/" + name;
            if (name.startsWith(".") || name.endsWith(".md")) {
                continue;
            }
            if (name.endsWith(".csv")) {
                csv.add(relative);
            } else {
                problems.add(new Problem(relative, 1, 1, notCsv));
            }
        }
        return csv;
    }

    /**
     * Campaigns name teams and tribes, so they are read once the teams are. Tribes are checked only
     * when every team file could be read: a broken team file must not make its tribe "unknown".
     */
    private List<Campaign> readCampaigns(SourceFiles files, List<String> campaignFiles, List<String> teamFiles,
            List<Team> teams, Cadence cadence, MaturityModel model, List<Problem> sink) {
        Set<String> teamIds = teamFiles.stream().map(SourceLoader::idOf).collect(Collectors.toSet());
        Set<String> tribes = teams.size() < teamFiles.size() ? null : teams.stream().map(Team::tribe)
                .filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
        CampaignReader reader = new CampaignReader(cadence, model, teamIds, tribes);
        List<Campaign> campaigns = new ArrayList<>();
        for (String file : campaignFiles) {
            Problems problems = new Problems(file);
            String id = fileId(file, "campaign", problems);
            parse(files, file, problems).flatMap(root -> reader.read(id, root, problems))
                    .filter(campaign -> problems.isEmpty()).ifPresent(campaigns::add);
            sink.addAll(problems.list());
        }
        return campaigns;
    }

    /** The id a file's name gives (without its folder and .yaml), reported when it breaks the id rule. */
    private static String fileId(String file, String kind, Problems problems) {
        String id = idOf(file);
        if (!Ids.isValid(id)) {
            problems.report(Location.START, Quoted.of(id) + " is not a valid " + kind + " id, and a " + kind
                    + "'s id is its file name: use " + Ids.RULE);
        }
        return id;
    }

    private static String idOf(String file) {
        return file.substring(file.lastIndexOf('/') + 1, file.length() - ".yaml".length());
    }

    /** The YAML files of one folder, as paths relative to the source; misnamed files are reported. */
    private static List<String> yamlFiles(SourceFiles files, String folder, String kind, List<Problem> problems)
            throws IOException {
        List<String> yamlFiles = new ArrayList<>();
        for (String name : files.names(folder, problems)) {
            String relative = folder + "/" + name;
            if (name.startsWith(".")) {
                continue;
            }
            if (name.endsWith(".yml")) {
                problems.add(new Problem(relative, 1, 1, kind + " files end in .yaml; rename it to "
                        + Quoted.text(name.substring(0, name.length() - 4) + ".yaml")));
            } else if (name.endsWith(".yaml")) {
                yamlFiles.add(relative);
            }
        }
        return yamlFiles;
    }

    private Optional<Node> parse(SourceFiles files, String file, Problems problems) {
        return files.read(file, YamlReader.MAX_FILE_BYTES, "a scorecards file", problems)
                .flatMap(bytes -> yaml.read(bytes, problems));
    }
}
