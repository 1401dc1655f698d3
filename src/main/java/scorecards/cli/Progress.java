package scorecards.cli;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Tells a person at a terminal what a long build is doing. Silent for the first two seconds,
 * and always silent when the output is not a terminal, so logs and scripts see one summary line.
 */
final class Progress implements AutoCloseable {

    private static final long QUIET_MILLIS = 2000;

    private final PrintStream err;
    private final ScheduledExecutorService timer;
    private String phase = "";
    private boolean speaking;

    private Progress(PrintStream err, boolean interactive) {
        this.err = err;
        if (interactive) {
            timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "progress");
                thread.setDaemon(true);
                return thread;
            });
            timer.schedule(this::startSpeaking, QUIET_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            timer = null;
        }
    }

    static Progress start(PrintStream err) {
        return new Progress(err, System.console() != null);
    }

    synchronized void phase(String name) {
        phase = name;
        if (speaking) {
            err.println("  " + name + "…");
        }
    }

    private synchronized void startSpeaking() {
        speaking = true;
        if (!phase.isEmpty()) {
            err.println("  " + phase + "…");
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
