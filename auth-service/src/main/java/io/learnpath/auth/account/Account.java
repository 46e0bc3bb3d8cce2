package io.learnpath.auth.account;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An account as its owner sees it. The id is the learner id every other service uses.
 *
 * @param emailVerified whether the owner has proven they read {@code email} (a mailed single-use link)
 * @param timeZone      the IANA zone the owner lives in, {@code UTC} unless they said
 */
public record Account(UUID id, String email, String displayName, List<Role> roles, Instant createdAt,
        boolean emailVerified, String timeZone) {

    public Account {
        roles = List.copyOf(roles);
    }

    public List<String> roleNames() {
        return roles.stream().map(Role::name).toList();
    }
}
