package io.learnpath.auth.tokens;

import io.learnpath.auth.account.PasswordReplaced;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Ends every sign-in of an account whose password changed (by its owner or through a reset link), in the same
 * transaction as the change: whoever held a refresh token because they knew the old password is out.
 */
@Component
class SignInsEndedByPasswordChange {

    private final RefreshTokenStore store;
    private final Clock clock;

    SignInsEndedByPasswordChange(RefreshTokenStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @EventListener
    void revokeAll(PasswordReplaced replaced) {
        store.revokeAllFamiliesOf(replaced.accountId(), "password-replaced",
                clock.instant().truncatedTo(ChronoUnit.MICROS));
    }
}
