package scorecards.cli;

/** The process exit status, one meaning per number. */
public enum ExitCode {
    /** Everything valid; the command did what was asked. */
    OK(0),
    /** The scorecards have problems; they are printed. */
    INVALID_INPUT(1),
    /** The command line is wrong (usage is printed), or the tool failed on its own. */
    USAGE_OR_INTERNAL(2);

    private final int status;

    ExitCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
