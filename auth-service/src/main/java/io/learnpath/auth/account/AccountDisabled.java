package io.learnpath.auth.account;

import java.util.UUID;

/**
 * An admin disabled an account, published inside the transaction that did it (a Spring event within the
 * auth-service, not a Kafka contract): the tokens feature ends its sign-ins without the account feature knowing how.
 */
public record AccountDisabled(UUID accountId) {
}
