package scorecards.cli;

import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

/** The entry point of {@code scorecards.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Optional<List<String>> tuned = TunedJvm.command(args, System.getenv());
        if (tuned.isPresent()) {
            Optional<Integer> status = TunedJvm.run(tuned.get());
            if (status.isPresent()) {
                System.exit(status.get());
            }
        }
        if (TunedJvm.isRelaunched()) {
            TunedJvm.stopWhenLauncherDies(ExitCode.USAGE_OR_INTERNAL.status());
        }
        // Journal dates are days, not instants: read and write them in one zone on every machine.
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        int status = new Cli(new Console(System.out, System.err, false, false, Console.terminalWantsColour()))
                .run(args).status();
        System.out.flush();
        System.exit(status);
    }
}
