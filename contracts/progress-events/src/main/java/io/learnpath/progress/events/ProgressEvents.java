package io.learnpath.progress.events;

/** Where the progress-service's events go. */
public final class ProgressEvents {

    public static final String TOPIC = "learnpath.progress.events";

    private ProgressEvents() {
    }
}
