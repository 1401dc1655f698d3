package scorecards.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import scorecards.load.Problem;
import scorecards.load.SourceLoader;
import scorecards.model.MaturityModel;
import scorecards.model.MetricCatalogue;
import scorecards.render.OutputDirectory;
import scorecards.schema.ExportSchema;
import scorecards.schema.SchemaWriter;

/**
 * Writes the JSON Schemas editors use to complete and check a repository's files: those of the file
 * kinds, generated from the repository's model so that they know its own sections and metrics, and
 * the data export's. The command line's {@code schemas} and the plugin's goal of the same name.
 */
public final class EditorSchemas {

    /** Where the schemas go unless told otherwise, from the repository's root. */
    public static final String DEFAULT_FOLDER = "scorecards/schemas";

    /** What came of it: the model's problems, when it has some and nothing was written, or the summary. */
    public record Result(List<Problem> problems, String summary) {
        public boolean written() {
            return problems.isEmpty();
        }
    }

    private EditorSchemas() {
    }

    /** Writes every schema into {@code folder}, or nothing while {@code model.yaml} has problems. */
    public static Result write(Path source, Path folder) throws Refused {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new Refused(folder + " is a file, not a folder; give the folder the schemas go into, such as "
                    + DEFAULT_FOLDER);
        }
        // The team files' sections and metrics follow the model: generated from it, when there is one.
        Optional<SourceLoader.ModelResult> model = new SourceLoader().loadModel(source);
        if (model.isPresent() && !model.get().problems().isEmpty()) {
            return new Result(model.get().problems(), "model.yaml has problems; no schema was written");
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
        return new Result(List.of(), "wrote " + Summaries.plural(SchemaWriter.FILES.size() + 1, "schema") + " into "
                + folder);
    }
}
