package io.learnpath.auth.account;

import java.util.UUID;

/**
 * An account's password was replaced (changed by its owner or reset through a mailed link), published inside
 * the transaction that did it: the tokens feature ends every sign-in of the account in that transaction.
 */
public record PasswordReplaced(UUID accountId) {
}
