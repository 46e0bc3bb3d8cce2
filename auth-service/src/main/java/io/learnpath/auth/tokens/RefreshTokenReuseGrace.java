package io.learnpath.auth.tokens;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long after a rotation the rotated token still gets the rotation's answer instead of counting as reuse. Two
 * tabs of one browser refreshing with the same token at the same moment are the common case; without a grace the
 * second request would revoke the sign-in. The price: within the grace, a thief presenting a just-rotated token
 * goes unnoticed (and gets the same pair as its owner), so the grace is short and capped, as Okta's and Auth0's are.
 *
 * @param refreshTokenReuseGrace {@code learnpath.auth.refresh-token-reuse-grace}; zero turns the grace off
 */
@ConfigurationProperties("learnpath.auth")
public record RefreshTokenReuseGrace(@DefaultValue("10s") Duration refreshTokenReuseGrace) {

    static final Duration LONGEST = Duration.ofMinutes(1);

    public RefreshTokenReuseGrace {
        if (refreshTokenReuseGrace.isNegative() || refreshTokenReuseGrace.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("learnpath.auth.refresh-token-reuse-grace must be between 0 (off) and "
                    + "1m: within it a stolen rotated token goes unnoticed");
        }
    }

    Duration duration() {
        return refreshTokenReuseGrace;
    }

    boolean enabled() {
        return refreshTokenReuseGrace.isPositive();
    }
}
