package io.learnpath.auth.events;

/** Where the auth-service's events go. */
public final class AuthEvents {

    public static final String TOPIC = "learnpath.auth.events";

    private AuthEvents() {
    }
}
