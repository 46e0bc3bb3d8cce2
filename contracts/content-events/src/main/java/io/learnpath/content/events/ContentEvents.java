package io.learnpath.content.events;

/** Where the content-service's events go. */
public final class ContentEvents {

    public static final String TOPIC = "learnpath.content.events";

    private ContentEvents() {
    }
}
