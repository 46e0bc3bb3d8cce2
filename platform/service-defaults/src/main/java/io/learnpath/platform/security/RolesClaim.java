package io.learnpath.platform.security;

/** The access-token claim that lists the caller's roles: LEARNER, EDITOR, ADMIN. */
public final class RolesClaim {

    public static final String NAME = "roles";

    private RolesClaim() {
    }
}
