package scorecards.synthetic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import scorecards.load.Problem;
import scorecards.load.SourceLoader;
import scorecards.model.MaturityModel;

/**
 * A {@code model.yaml} as the generator writes it: its text, word for word, and the model the
 * tool's own reader makes of it, so that the teams are generated from exactly what the tool will
 * score them against.
 */
record ModelFile(String text, MaturityModel model) {

    /** The model is not valid: its problems, located in {@code name}. Nothing was written. */
    static final class InvalidModelException extends IOException {
        private static final long serialVersionUID = 1L;

        InvalidModelException(String name, List<Problem> problems) {
            super(problems.isEmpty() ? name + ": no model could be read from it" : String.join("\n", problems.stream()
                    .map(problem -> new Problem(name, problem.line(), problem.column(), problem.message()).toString())
                    .toList()));
        }
    }

    /** Reads and checks a model file; {@code NoSuchFileException} when there is none. */
    static ModelFile read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no model file here; run from the repository's root"
                    + " (where scorecards/model.yaml is) or give --model FILE");
        }
        return of(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Checks a model's text, reporting its problems as in the file {@code name}. */
    static ModelFile of(String text, String name) throws IOException {
        // The reader reads a repository: give it one of its own, with this model and nothing else.
        Path repository = Files.createTempDirectory("synthetic-model");
        try {
            Path file = repository.resolve(SourceLoader.MODEL);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            SourceLoader.ModelResult result = new SourceLoader().loadModel(repository).orElseThrow();
            if (result.model().isEmpty()) {
                throw new InvalidModelException(name, result.problems());
            }
            return new ModelFile(text, result.model().get());
        } finally {
            try (Stream<Path> paths = Files.walk(repository)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
