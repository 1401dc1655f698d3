package scorecards.cli;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import scorecards.pipeline.ProblemFormat;
import scorecards.pipeline.SurveyImport;

/**
 * {@code import-survey FILE --period P}: turns a survey tool's export into
 * {@code scorecards/surveys/P.csv}, never over an existing one.
 */
final class ImportSurveyCommand implements Command {

    private static final Option PERIOD = Option.builder("p").longOpt("period").hasArg().argName("P").required()
            .desc("the period the survey is for, e.g. 2026-Q3").build();
    private static final Option TEAM_COLUMN = Option.builder().longOpt("team-column").hasArg().argName("NAME")
            .desc("the export's column that names the team, by id or by name (default: team)").build();
    private static final Option MAP = Option.builder("m").longOpt("map").hasArg().argName("COLUMN=FIELD")
            .desc("the export's column that holds a question, FIELD one of csat, recommend, complexity-reduced; "
                    + "give it once per question, e.g. --map \"How satisfied are you?=csat\"").build();

    @Override
    public String name() {
        return "import-survey";
    }

    @Override
    public String synopsis() {
        return "FILE --period P [--team-column NAME] [--map COLUMN=FIELD ...] [--source DIR]";
    }

    @Override
    public String summary() {
        return "turn a survey tool's CSV export into scorecards/surveys/P.csv";
    }

    @Override
    public Options options() {
        return new Options().addOption(PERIOD).addOption(TEAM_COLUMN).addOption(MAP).addOption(SourceOption.OPTION);
    }

    @Override
    public ExitCode run(CommandLine line, Console console) throws Exception {
        if (line.getArgList().size() != 1) {
            throw new UsageException("give exactly one export file, e.g. import-survey answers.csv --period 2026-Q3");
        }
        String[] mappings = line.getOptionValues(MAP);
        SurveyImport.Result result = SurveyImport.run(new SurveyImport.Request(SourceOption.from(line),
                Path.of(line.getArgList().get(0)), line.getOptionValue(PERIOD), line.getOptionValue(TEAM_COLUMN),
                mappings == null ? List.of() : List.of(mappings)));
        ProblemFormat.TEXT.print(result.problems(), console.out(), console.colour());
        console.summary(result.summary());
        return result.isValid() ? ExitCode.OK : ExitCode.INVALID_INPUT;
    }
}
