package io.learnpath.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param revocationTtl how long a learner's revocation is kept in Redis: just longer than the longest an access
 *                      token lives (15 minutes, plus the clock skew), since after that every token it covers has
 *                      expired anyway. Raise it with {@code AUTH_ACCESS_TOKEN_TTL}. The default lives here, in
 *                      code, because a shorter one would silently bring revoked tokens back to life.
 */
@ConfigurationProperties("learnpath.security.jwt")
public record TokenRevocationProperties(@DefaultValue("16m") Duration revocationTtl) {

    public TokenRevocationProperties {
        if (revocationTtl.isNegative() || revocationTtl.isZero()) {
            throw new IllegalArgumentException("learnpath.security.jwt.revocation-ttl must be positive");
        }
    }
}
