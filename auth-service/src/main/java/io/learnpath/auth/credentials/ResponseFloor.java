package io.learnpath.auth.credentials;

import java.time.Duration;

/**
 * The earliest moment an answer may leave, so that answers doing different amounts of work (an account's database
 * writes that an unknown address does not cause) take the same time from outside. Taken when the request starts,
 * awaited just before answering. The floor must be longer than the slowest real request; a request slower than it
 * answers as soon as it is done.
 *
 * <p>Hand-rolled because no library pads a servlet answer to a fixed time. The request thread is virtual, so the
 * wait costs no platform thread.
 */
public final class ResponseFloor {

    private final long deadlineNanos;

    private ResponseFloor(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
    }

    /** A floor {@code floor} after now. */
    public static ResponseFloor startingNow(Duration floor) {
        return new ResponseFloor(System.nanoTime() + floor.toNanos());
    }

    /** Returns once the floor is reached; at once if it already is, or if the thread is interrupted. */
    public void await() {
        long remaining = deadlineNanos - System.nanoTime();
        if (remaining > 0) {
            try {
                Thread.sleep(Duration.ofNanos(remaining));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
