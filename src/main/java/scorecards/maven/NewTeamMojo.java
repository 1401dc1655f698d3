package scorecards.maven;

import java.io.IOException;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import scorecards.pipeline.NewTeam;
import scorecards.pipeline.Refused;

/** Writes a valid, commented starter {@code scorecards/teams/ID.yaml}, never over an existing one. */
@Mojo(name = "new-team", threadSafe = true)
public final class NewTeamMojo extends ScorecardsMojo {

    /** The new team's id, e.g. {@code -Dscorecards.team=payments}. */
    @Parameter(property = "scorecards.team", required = true)
    String team;

    /** The team's display name; made from the id when not given. */
    @Parameter(property = "scorecards.teamName")
    String teamName;

    @Override
    void run() throws Refused, IOException {
        getLog().info(NewTeam.write(source(), team, Optional.ofNullable(teamName)).summary());
    }
}
