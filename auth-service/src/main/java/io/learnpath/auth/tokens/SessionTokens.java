package io.learnpath.auth.tokens;

import io.learnpath.auth.account.Account;
import io.learnpath.auth.account.AccountReader;
import io.learnpath.auth.tokens.RefreshTokenRotation.IssuedPair;
import io.learnpath.auth.tokens.RefreshTokenRotation.IssuedRefreshToken;
import io.learnpath.auth.tokens.RefreshTokenRotation.Rotation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Hands out token pairs: a new session at sign-in, a rotated one at refresh, and ends sessions at logout. */
@Service
public class SessionTokens {

    private final AccessTokenIssuer accessTokens;
    private final RefreshTokenRotation refreshTokens;
    private final AccountReader accounts;
    private final MeterRegistry meters;

    SessionTokens(AccessTokenIssuer accessTokens, RefreshTokenRotation refreshTokens, AccountReader accounts,
            MeterRegistry meters) {
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.accounts = accounts;
        this.meters = meters;
        // Every outcome from the start, at 0: a rate sees the first refresh, and a dashboard has a series to show.
        counter("rotated");
        counter("repeated");
        for (Rotation.Reason reason : Rotation.Reason.values()) {
            counter(reason.name().toLowerCase(Locale.ROOT));
        }
    }

    /** Tokens for someone who has just proved who they are. */
    public TokenResponse startSession(Account account) {
        return response(accessTokens.issue(account), refreshTokens.startFamily(account.id()));
    }

    /**
     * Two requests with the same token at once (two tabs) both get the pair the first one's rotation made (see
     * {@link RefreshTokenRotation}).
     */
    Renewal refresh(String refreshToken) {
        return switch (refreshTokens.rotate(refreshToken, this::accessTokenFor)) {
            case Rotation.Rotated(IssuedPair pair) -> renewed("rotated", pair);
            case Rotation.Repeated(IssuedPair pair) -> renewed("repeated", pair);
            case Rotation.Rejected(var reason) -> {
                count(reason.name().toLowerCase(Locale.ROOT));
                yield new Renewal.Refused();
            }
        };
    }

    // Roles are read again, so a promotion or demotion takes effect at the next refresh; a disabled account gets
    // nothing.
    private Optional<AccessTokenIssuer.AccessToken> accessTokenFor(UUID accountId) {
        return accounts.findEnabledById(accountId).map(accessTokens::issue);
    }

    private Renewal renewed(String outcome, IssuedPair pair) {
        count(outcome);
        return new Renewal.Renewed(response(pair.access(), pair.refresh()));
    }

    void endSession(String refreshToken) {
        refreshTokens.revokeFamilyOf(refreshToken);
    }

    private void count(String outcome) {
        counter(outcome).increment();
    }

    private Counter counter(String outcome) {
        return meters.counter("learnpath.auth.refreshes", "outcome", outcome);
    }

    private static TokenResponse response(AccessTokenIssuer.AccessToken access, IssuedRefreshToken refresh) {
        return new TokenResponse(access.value(), TokenResponse.BEARER, access.expiresIn().toSeconds(),
                refresh.value(), refresh.expiresIn().toSeconds());
    }

    /**
     * What a refresh comes to. A refusal carries no reason on purpose: the client's only move is to sign in again
     * whatever the reason, and an attacker must learn nothing (the reasons are counted in
     * {@code learnpath.auth.refreshes}).
     */
    sealed interface Renewal {

        record Renewed(TokenResponse tokens) implements Renewal {
        }

        record Refused() implements Renewal {
        }
    }
}
