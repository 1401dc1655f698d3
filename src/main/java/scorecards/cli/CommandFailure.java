package scorecards.cli;

/**
 * A command could not do its work for a reason outside the scorecards and the command line
 * (another build holds the output, the disk is full): the message alone is printed, exit 2.
 */
final class CommandFailure extends Exception {
    CommandFailure(String message) {
        super(message);
    }
}
