package io.learnpath.content.erasure;

import java.util.UUID;

/**
 * Erase this account's id wherever the curriculum's history names it, now, in the current transaction. Published as
 * an application event by {@link UserDeletedListener} and handled synchronously by each feature that records who
 * did what ({@code @EventListener}), so the erasure knows none of them.
 */
public record AccountErased(UUID accountId) {

    /**
     * What stands where the account's id was: the act (a release, a removal, a draft change) stays on record, and
     * so does that an account no longer there did it.
     */
    public static final String REPLACEMENT = "erased-account";

    /** The id as the history stores it: the token subject, as text. */
    public String storedAs() {
        return accountId.toString();
    }
}
