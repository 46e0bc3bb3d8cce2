package io.learnpath.platform.infrastructure;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Stopping a child process the way every server the stack starts is stopped: asked first (SIGTERM, so it can shut
 * down cleanly), killed if it has not exited within its grace period. The JDK offers the two signals, not the
 * sequence.
 */
public final class Processes {

    /** How long to wait for a process to go once it was killed (SIGKILL): only the kernel's clean-up is left. */
    private static final Duration AFTER_KILL = Duration.ofSeconds(10);

    private Processes() {
    }

    /** SIGTERM, then {@link #awaitOrKill}. */
    public static void stop(Process process, Duration grace) {
        process.destroy();
        awaitOrKill(process, grace);
    }

    /** Waits up to {@code grace} for a process already asked to stop; kills it if it has not exited by then. */
    public static void awaitOrKill(Process process, Duration grace) {
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(AFTER_KILL.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
