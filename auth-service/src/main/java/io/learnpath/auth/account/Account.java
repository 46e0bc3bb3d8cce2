package io.learnpath.auth.account;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An account as its owner sees it. The id is the learner id every other service uses. */
public record Account(UUID id, String email, String displayName, List<Role> roles, Instant createdAt) {

    public Account {
        roles = List.copyOf(roles);
    }

    public List<String> roleNames() {
        return roles.stream().map(Role::name).toList();
    }
}
