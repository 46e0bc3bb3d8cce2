package io.learnpath.auth.account;

import java.util.UUID;

/**
 * A new account exists, published inside the transaction that created it (a Spring event within the
 * auth-service, next to the {@code UserRegistered} contract): the verification feature mails its link in that
 * transaction without registration knowing how.
 */
public record AccountCreated(UUID accountId, String email, String displayName) {
}
