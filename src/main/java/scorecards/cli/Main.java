package scorecards.cli;

import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.slf4j.bridge.SLF4JBridgeHandler;

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
        // The site engine's database logs through java.util.logging: send that to the silent SLF4J
        // binding. Only the command line does this; it owns its process, a Maven plugin does not.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        int status = new Cli(new Console(System.out, System.err, false, false, Console.terminalWantsColour()))
                .run(args).status();
        System.out.flush();
        System.exit(status);
    }
}
