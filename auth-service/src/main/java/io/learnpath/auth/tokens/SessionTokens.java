package io.learnpath.auth.tokens;

import io.learnpath.auth.account.Account;
import io.learnpath.auth.account.AccountRepository;
import io.learnpath.auth.tokens.RefreshTokenRotation.IssuedRefreshToken;
import io.learnpath.auth.tokens.RefreshTokenRotation.Rotation;
import io.learnpath.platform.web.ProblemException;
import io.learnpath.platform.web.ProblemTypes;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Hands out token pairs: a new session at sign-in, a rotated one at refresh, and ends sessions at logout. */
@Service
public class SessionTokens {

    static final String INVALID_REFRESH_TOKEN = "invalid-refresh-token";

    private final AccessTokenIssuer accessTokens;
    private final RefreshTokenRotation refreshTokens;
    private final AccountRepository accounts;
    private final MeterRegistry meters;

    SessionTokens(AccessTokenIssuer accessTokens, RefreshTokenRotation refreshTokens, AccountRepository accounts,
            MeterRegistry meters) {
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.accounts = accounts;
        this.meters = meters;
    }

    /** Tokens for someone who has just proved who they are. */
    public TokenResponse startSession(Account account) {
        return response(accessTokens.issue(account), refreshTokens.startFamily(account.id()));
    }

    TokenResponse refresh(String refreshToken) {
        Rotation rotation = refreshTokens.rotate(refreshToken);
        if (rotation instanceof Rotation.Rotated(var accountId, IssuedRefreshToken successor)) {
            // Roles are read again, so a promotion or demotion takes effect at the next refresh.
            Account account = accounts.findById(accountId).orElseThrow(SessionTokens::invalidRefreshToken);
            count("rotated");
            return response(accessTokens.issue(account), successor);
        }
        Rotation.Rejected rejected = (Rotation.Rejected) rotation;
        count(rejected.reason().name().toLowerCase(Locale.ROOT));
        // One answer for every reason: the client's only move is to sign in again, and an attacker learns nothing.
        throw invalidRefreshToken();
    }

    void endSession(String refreshToken) {
        refreshTokens.revokeFamilyOf(refreshToken);
    }

    private void count(String outcome) {
        meters.counter("learnpath.auth.refreshes", "outcome", outcome).increment();
    }

    private static TokenResponse response(AccessTokenIssuer.AccessToken access, IssuedRefreshToken refresh) {
        return new TokenResponse(access.value(), TokenResponse.BEARER, access.expiresIn().toSeconds(),
                refresh.value(), refresh.expiresIn().toSeconds());
    }

    private static ProblemException invalidRefreshToken() {
        return new ProblemException(HttpStatus.UNAUTHORIZED, ProblemTypes.of(INVALID_REFRESH_TOKEN),
                "Invalid refresh token", "The refresh token is invalid, expired or revoked; sign in again");
    }
}
