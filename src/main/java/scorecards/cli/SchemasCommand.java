package scorecards.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import java.util.Optional;
import scorecards.load.SourceLoader;
import scorecards.model.MaturityModel;
import scorecards.model.MetricCatalogue;
import scorecards.pipeline.ProblemFormat;
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
        // The team files' sections and metrics follow the model: generated from it, when there is one.
        Optional<SourceLoader.ModelResult> model = new SourceLoader().loadModel(source);
        if (model.isPresent() && !model.get().problems().isEmpty()) {
            ProblemFormat.TEXT.print(model.get().problems(), console.out(), console.colour());
            console.summary("model.yaml has problems; no schema was written");
            return ExitCode.INVALID_INPUT;
        }
        MetricCatalogue metrics = model.flatMap(SourceLoader.ModelResult::model).map(MaturityModel::metrics)
                .orElse(MetricCatalogue.BUILT_IN);
        try {
            SchemaWriter.writeAll(folder, metrics);
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
