package scorecards.pipeline;

/**
 * A request the pipeline will not carry out as given: the source is not a scorecards repository,
 * the output is unsafe to replace, another build holds it. The message says what to do; it is
 * the caller's to print, with the usage of whatever door the request came through.
 */
public final class Refused extends Exception {
    public Refused(String message) {
        super(message);
    }
}
