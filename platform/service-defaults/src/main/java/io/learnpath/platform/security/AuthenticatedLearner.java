package io.learnpath.platform.security;

import java.util.Set;
import java.util.UUID;

/**
 * The caller, as the verified access token says. Controllers take it as a parameter, so the learner is always the
 * token's subject and never something a request can name.
 */
public record AuthenticatedLearner(UUID id, Set<String> roles) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
