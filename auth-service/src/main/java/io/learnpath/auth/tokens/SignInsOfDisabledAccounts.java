package io.learnpath.auth.tokens;

import io.learnpath.auth.account.AccountDisabled;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Ends every sign-in of an account an admin disables, in the same transaction as the disabling. */
@Component
class SignInsOfDisabledAccounts {

    private final RefreshTokenStore store;
    private final Clock clock;

    SignInsOfDisabledAccounts(RefreshTokenStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @EventListener
    void revokeAll(AccountDisabled disabled) {
        store.revokeAllFamiliesOf(disabled.accountId(), "account-disabled",
                clock.instant().truncatedTo(ChronoUnit.MICROS));
    }
}
