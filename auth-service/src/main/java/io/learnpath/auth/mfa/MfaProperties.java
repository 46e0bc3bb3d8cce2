package io.learnpath.auth.mfa;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Multi-factor authentication, under {@code learnpath.auth.mfa}: the {@code issuer} authenticator apps show the
 * codes under, and how long a sign-in that has passed the password may wait for its code ({@code challenge-ttl}).
 */
@ConfigurationProperties("learnpath.auth.mfa")
public record MfaProperties(@DefaultValue("Learnpath") String issuer, @DefaultValue("5m") Duration challengeTtl) {

    public MfaProperties {
        if (issuer.isBlank() || issuer.contains(":")) {
            throw new IllegalArgumentException("learnpath.auth.mfa.issuer must be a name without a colon");
        }
        if (challengeTtl.isNegative() || challengeTtl.isZero()) {
            throw new IllegalArgumentException("learnpath.auth.mfa.challenge-ttl must be positive");
        }
    }
}
