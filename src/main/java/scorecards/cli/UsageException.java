package scorecards.cli;

/** A wrong command line: the message is printed with the command's usage. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
