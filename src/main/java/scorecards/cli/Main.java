package scorecards.cli;

/** The entry point of {@code scorecards.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int status = new Cli(new Console(System.out, System.err)).run(args).status();
        System.out.flush();
        System.exit(status);
    }
}
