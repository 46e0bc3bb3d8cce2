package io.learnpath.auth.account;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An account as an admin sees it in the list: who, with which roles, and whether it is disabled. */
public record AccountSummary(UUID id, String email, String displayName, List<Role> roles, Instant createdAt,
        boolean disabled) {

    AccountSummary(Account account, boolean disabled) {
        this(account.id(), account.email(), account.displayName(), account.roles(), account.createdAt(), disabled);
    }
}
