package scorecards.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

    private final YamlReader yaml = new YamlReader();

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
        Optional<MaturityModel> model = parse(source, MODEL, problems).flatMap(root -> ModelReader.read(root, problems));
        return Optional.of(new ModelResult(problems.isEmpty() ? model : Optional.empty(), problems.list()));
    }

    /** What reading model.yaml alone found: the model when it has no problem, and the problems. */
    public record ModelResult(Optional<MaturityModel> model, List<Problem> problems) {
    }

    public Result load(Path source) throws NotASourceException, IOException {
        Path folder = source.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            throw new NotASourceException(source + " is not a scorecards repository: it has no " + FOLDER
                    + "/ folder (point the source at the folder that holds it)");
        }
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());

        Problems organisationProblems = new Problems(ORGANISATION);
        Optional<OrganisationReader.Read> organisationRead = parse(source, ORGANISATION, organisationProblems)
                .flatMap(root -> OrganisationReader.read(root, organisationProblems));
        Optional<Organisation> organisation = organisationRead.map(OrganisationReader.Read::organisation);
        problems.addAll(organisationProblems.list());

        Problems modelProblems = new Problems(MODEL);
        Optional<MaturityModel> model = parse(source, MODEL, modelProblems)
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
        List<String> teamFiles = yamlFiles(source, TEAMS, "team", problems);
        SatisfactionSections satisfactionSections = new SatisfactionSections();
        // Team files are independent of each other: read them on every core.
        List<Team> readTeams = teamFiles.parallelStream()
                .map(file -> readTeam(source, file, teamReader, satisfactionSections, problems))
                .flatMap(Optional::stream)
                .toList();

        SurveySettings surveySettings = organisation.map(Organisation::survey).orElse(SurveySettings.DEFAULT);
        Set<String> teamIds = teamFiles.stream().map(SourceLoader::idOf).filter(Ids::isValid)
                .collect(Collectors.toSet());
        List<String> surveyFiles = csvFiles(source, SURVEYS, problems, "survey files cannot be symbolic links or "
                + "folders", "not a survey file: survey files are CSV, named after their period, e.g. 2025-Q3.csv "
                + "(export the survey as CSV, or bring it in with import-survey)");
        SurveyReader surveyReader = new SurveyReader(cadence, surveySettings, teamIds);
        List<SurveyReader.Survey> surveys = new ArrayList<>();
        for (String file : surveyFiles) {
            readCsv(source, file, "survey", (name, bytes, sink) -> surveyReader.read(name, bytes, sink), problems)
                    .ifPresent(surveys::add);
        }
        List<Team> surveyed = SurveyMerge.merge(readTeams, surveys, satisfactionSections,
                surveySettings.minResponses(), problems);

        List<String> factsFiles = csvFiles(source, FACTS, problems, "facts files cannot be symbolic links or "
                + "folders", "not a facts file: facts files are CSV, named after their source, e.g. deploy-stats.csv");
        FactsReader factsReader = new FactsReader(cadence, checkedModel == null ? null : checkedModel.metrics(),
                organisation.map(Organisation::factsIgnoreColumns).orElse(List.of()), teamIds);
        List<FactsReader.Facts> facts = new ArrayList<>();
        for (String file : factsFiles) {
            readCsv(source, file, "facts", (name, bytes, sink) -> factsReader.read(name, bytes, sink), problems)
                    .ifPresent(facts::add);
        }
        List<Team> teams = FactsMerge.merge(surveyed, facts, problems);

        List<String> campaignFiles = yamlFiles(source, CAMPAIGNS, "campaign", problems);
        List<Campaign> campaigns = readCampaigns(source, campaignFiles, teamFiles, teams, cadence, model.orElse(null),
                problems);

        ContentReader.Result content = ContentReader.read(source);
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

    private Optional<Team> readTeam(Path source, String file, TeamReader reader, SatisfactionSections sections,
            List<Problem> sink) {
        Problems problems = new Problems(file);
        String id = fileId(file, "team", problems);
        Optional<Team> team = parse(source, file, problems).flatMap(root -> reader.read(id, root, problems, sections));
        sink.addAll(problems.list());
        return problems.isEmpty() ? team : Optional.empty();
    }

    /** How one kind of CSV file is read from its bytes. */
    private interface CsvReader<T> {
        Optional<T> read(String name, byte[] bytes, Problems problems);
    }

    private static <T> Optional<T> readCsv(Path source, String file, String kind, CsvReader<T> reader,
            List<Problem> sink) {
        Problems problems = new Problems(file);
        Path path = source.resolve(file);
        Optional<T> read = Optional.empty();
        try {
            long size = Files.size(path);
            if (size > SurveyReader.MAX_FILE_BYTES) {
                problems.report(Location.START, "file is " + size + " bytes, more than the "
                        + SurveyReader.MAX_FILE_BYTES + " a " + kind + " file may have");
            } else {
                read = reader.read(file.substring(file.lastIndexOf('/') + 1), Files.readAllBytes(path), problems);
            }
        } catch (IOException e) {
            problems.report(Location.START, "cannot read the file: " + e.getMessage());
        }
        sink.addAll(problems.list());
        return read;
    }

    /**
     * The CSV files of one folder ({@code scorecards/surveys/*.csv}, {@code scorecards/facts/*.csv}), as
     * paths relative to the source. Any other file there is reported, so that a file saved in another
     * format is not silently left out; Markdown notes and hidden files may sit beside them.
     */
    private static List<String> csvFiles(Path source, String folderPath, List<Problem> problems, String notRegular,
            String notCsv) throws IOException {
        Path folder = source.resolve(folderPath);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<String> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                String relative = folderPath + "/" + name;
                if (name.startsWith(".") || name.endsWith(".md")) {
                    continue;
                }
                if (Files.isSymbolicLink(entry) || !Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    problems.add(new Problem(relative, 1, 1, "not a regular file; " + notRegular));
                } else if (name.endsWith(".csv")) {
                    files.add(relative);
                } else {
                    problems.add(new Problem(relative, 1, 1, notCsv));
                }
            }
        }
        return files;
    }

    /**
     * Campaigns name teams and tribes, so they are read once the teams are. Tribes are checked only
     * when every team file could be read: a broken team file must not make its tribe "unknown".
     */
    private List<Campaign> readCampaigns(Path source, List<String> files, List<String> teamFiles, List<Team> teams,
            Cadence cadence, MaturityModel model, List<Problem> sink) {
        Set<String> teamIds = teamFiles.stream().map(SourceLoader::idOf).collect(Collectors.toSet());
        Set<String> tribes = teams.size() < teamFiles.size() ? null : teams.stream().map(Team::tribe)
                .filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
        CampaignReader reader = new CampaignReader(cadence, model, teamIds, tribes);
        List<Campaign> campaigns = new ArrayList<>();
        for (String file : files) {
            Problems problems = new Problems(file);
            String id = fileId(file, "campaign", problems);
            parse(source, file, problems).flatMap(root -> reader.read(id, root, problems))
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
    private static List<String> yamlFiles(Path source, String folderPath, String kind, List<Problem> problems)
            throws IOException {
        Path folder = source.resolve(folderPath);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<String> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                String relative = folderPath + "/" + name;
                if (name.startsWith(".")) {
                    continue;
                }
                if (name.endsWith(".yml")) {
                    problems.add(new Problem(relative, 1, 1, kind + " files end in .yaml; rename it to "
                            + Quoted.text(name.substring(0, name.length() - 4) + ".yaml")));
                } else if (name.endsWith(".yaml")) {
                    if (Files.isSymbolicLink(entry) || !Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                        problems.add(new Problem(relative, 1, 1, "not a regular file; " + kind
                                + " files cannot be symbolic links or folders"));
                    } else {
                        files.add(relative);
                    }
                }
            }
        }
        return files;
    }

    private Optional<Node> parse(Path source, String file, Problems problems) {
        Path path = source.resolve(file);
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            problems.report(Location.START, "file is missing");
            return Optional.empty();
        }
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            problems.report(Location.START, "not a regular file; scorecards files cannot be symbolic links or folders");
            return Optional.empty();
        }
        try {
            long size = Files.size(path);
            if (size > YamlReader.MAX_FILE_BYTES) {
                problems.report(Location.START, "file is " + size + " bytes, more than the "
                        + YamlReader.MAX_FILE_BYTES + " a scorecards file may have");
                return Optional.empty();
            }
            return yaml.read(Files.readAllBytes(path), problems);
        } catch (IOException e) {
            problems.report(Location.START, "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
    }
}
