package scorecards.cli;

import java.util.TimeZone;

/** The entry point of {@code scorecards.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Journal dates are days, not instants: read and write them in one zone on every machine.
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        int status = new Cli(new Console(System.out, System.err, false, false, Console.terminalWantsColour()))
                .run(args).status();
        System.out.flush();
        System.exit(status);
    }
}
