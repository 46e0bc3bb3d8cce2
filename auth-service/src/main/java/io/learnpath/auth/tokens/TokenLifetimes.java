package io.learnpath.auth.tokens;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param accessTokenTtl          short: other services check it offline, and revoking one (a disabled or
 *                                deleted account) is a Redis record that must outlive it
 * @param refreshTokenTtl         how long a refresh token may go unused; each rotation starts a new period
 * @param refreshTokenAbsoluteTtl how long a sign-in lasts at most, however often it is refreshed: rotation never
 *                                extends it, so a stolen refresh token cannot be kept alive forever
 */
@ConfigurationProperties("learnpath.auth")
public record TokenLifetimes(@DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("30d") Duration refreshTokenTtl, @DefaultValue("90d") Duration refreshTokenAbsoluteTtl) {

    public TokenLifetimes {
        if (accessTokenTtl.isNegative() || accessTokenTtl.isZero() || refreshTokenTtl.isNegative()
                || refreshTokenTtl.isZero() || refreshTokenAbsoluteTtl.compareTo(refreshTokenTtl) < 0) {
            throw new IllegalArgumentException("Token lifetimes must be positive, and a sign-in must last at least "
                    + "as long as one refresh token");
        }
    }
}
