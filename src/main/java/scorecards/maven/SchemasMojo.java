package scorecards.maven;

import java.io.File;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import scorecards.pipeline.EditorSchemas;
import scorecards.pipeline.Refused;

/**
 * Rewrites the JSON Schemas editors use, from the repository's model: run after a change to
 * {@code model.yaml} and after an upgrade, and commit them with the change.
 */
@Mojo(name = "schemas", threadSafe = true)
public final class SchemasMojo extends ScorecardsMojo {

    /** Where the schemas go; by default {@code scorecards/schemas} of the source. */
    @Parameter(property = "scorecards.schemasOutput")
    File schemasOutput;

    @Override
    void run() throws Refused, MojoFailureException {
        EditorSchemas.Result result = EditorSchemas.write(source(),
                schemasOutput == null ? source().resolve(EditorSchemas.DEFAULT_FOLDER) : schemasOutput.toPath());
        logProblems(result.problems());
        if (!result.written()) {
            throw new MojoFailureException(result.summary());
        }
        getLog().info(result.summary());
    }
}
