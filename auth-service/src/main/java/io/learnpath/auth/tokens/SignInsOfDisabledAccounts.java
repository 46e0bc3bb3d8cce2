package io.learnpath.auth.tokens;

import io.learnpath.auth.account.AccountDisabled;
import io.learnpath.platform.security.AccessTokenRevocations;
import io.learnpath.platform.transaction.AfterCommit;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Ends every sign-in of an account an admin disables: its refresh tokens in the same transaction as the disabling,
 * and the access tokens already issued at every hop through {@link AccessTokenRevocations}. The revocation is
 * recorded after commit: recorded before, a refresh racing the disabling could still mint a token newer than the
 * record; after commit no refresh or sign-in of the account succeeds any more, so every token it has is older.
 */
@Component
class SignInsOfDisabledAccounts {

    private final RefreshTokenStore store;
    private final AccessTokenRevocations accessTokens;
    private final Clock clock;

    SignInsOfDisabledAccounts(RefreshTokenStore store, AccessTokenRevocations accessTokens, Clock clock) {
        this.store = store;
        this.accessTokens = accessTokens;
        this.clock = clock;
    }

    @EventListener
    void revokeAll(AccountDisabled disabled) {
        store.revokeAllFamiliesOf(disabled.accountId(), "account-disabled",
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        // A failure is logged and counted there; the access tokens then live out their minutes.
        AfterCommit.run(() -> accessTokens.revokeIssuedUntilNow(disabled.accountId()));
    }
}
