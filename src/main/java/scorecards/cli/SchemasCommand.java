package scorecards.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import scorecards.pipeline.Refused;
import scorecards.pipeline.Summaries;
import scorecards.render.OutputDirectory;
import scorecards.schema.ExportSchema;
import scorecards.schema.SchemaWriter;

/** {@code schemas}: writes the JSON Schemas editors use to complete and check scorecards files. */
final class SchemasCommand implements Command {

    static final String DEFAULT_FOLDER = "scorecards/schemas";

    private static final Option OUTPUT = Option.builder("o").longOpt("output").hasArg().argName("DIR")
            .desc("where the schemas go (default: " + DEFAULT_FOLDER + ")").build();

    @Override
    public String name() {
        return "schemas";
    }

    @Override
    public String synopsis() {
        return "[--output DIR]";
    }

    @Override
    public String summary() {
        return "write the JSON Schemas of the file kinds, for editors, and of the data export";
    }

    @Override
    public Options options() {
        return new Options().addOption(OUTPUT);
    }

    @Override
    public ExitCode run(CommandLine line, Console console) throws Exception {
        Path folder = Path.of(line.getOptionValue(OUTPUT, DEFAULT_FOLDER));
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UsageException("--output " + folder + " is a file, not a folder; give the folder the schemas "
                    + "go into, such as " + DEFAULT_FOLDER);
        }
        try {
            SchemaWriter.writeAll(folder);
            // The export's own schema too, for people who script against data/scorecards.json.
            try (OutputStream out = Files.newOutputStream(folder.resolve(ExportSchema.FILE))) {
                ExportSchema.write(out);
            }
        } catch (IOException e) {
            throw new Refused("cannot write the schemas into " + folder + ": " + OutputDirectory.reason(e));
        }
        console.summary("wrote " + Summaries.plural(SchemaWriter.FILES.size() + 1, "schema") + " into " + folder);
        return ExitCode.OK;
    }
}
