package scorecards.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import scorecards.pipeline.EditorSchemas;
import scorecards.pipeline.ProblemFormat;

/** {@code schemas}: writes the JSON Schemas editors use to complete and check scorecards files. */
final class SchemasCommand implements Command {

    static final String DEFAULT_FOLDER = EditorSchemas.DEFAULT_FOLDER;

    private static final Option OUTPUT = Option.builder("o").longOpt("output").hasArg().argName("DIR")
            .desc("where the schemas go (default: " + DEFAULT_FOLDER + ")").build();

    @Override
    public String name() {
        return "schemas";
    }

    @Override
    public String synopsis() {
        return "[--source DIR] [--output DIR]";
    }

    @Override
    public String summary() {
        return "write the JSON Schemas of the file kinds (with the model's own sections and metrics), for editors, "
                + "and of the data export";
    }

    @Override
    public Options options() {
        return new Options().addOption(OUTPUT).addOption(SourceOption.OPTION);
    }

    @Override
    public ExitCode run(CommandLine line, Console console) throws Exception {
        Path source = SourceOption.from(line);
        Path folder = Path.of(line.getOptionValue(OUTPUT, source.resolve(DEFAULT_FOLDER).toString()));
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UsageException("--output " + folder + " is a file, not a folder; give the folder the schemas "
                    + "go into, such as " + DEFAULT_FOLDER);
        }
        EditorSchemas.Result result = EditorSchemas.write(source, folder);
        ProblemFormat.TEXT.print(result.problems(), console.out(), console.colour());
        console.summary(result.summary());
        return result.written() ? ExitCode.OK : ExitCode.INVALID_INPUT;
    }
}
