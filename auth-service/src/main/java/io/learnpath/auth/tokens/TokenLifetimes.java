package io.learnpath.auth.tokens;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param accessTokenTtl  short, because an access token cannot be revoked: other services check it offline
 * @param refreshTokenTtl how long a refresh token may go unused; each rotation starts a new period
 */
@ConfigurationProperties("learnpath.auth")
public record TokenLifetimes(@DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("30d") Duration refreshTokenTtl) {

    public TokenLifetimes {
        if (accessTokenTtl.isNegative() || accessTokenTtl.isZero() || refreshTokenTtl.isNegative()
                || refreshTokenTtl.isZero()) {
            throw new IllegalArgumentException("Token lifetimes must be positive");
        }
    }
}
