package io.learnpath.auth.tokens;

import io.learnpath.auth.account.Account;
import io.learnpath.auth.keys.SigningKeyStore;
import io.learnpath.platform.security.AccessTokenValidators;
import io.learnpath.platform.security.JwtProperties;
import io.learnpath.platform.security.RolesClaim;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs access tokens: RS256 with the active key's kid in the header, and only what other services need to
 * authorise a request (subject, roles, whether the address is verified) besides the standard claims. No email
 * or name: tokens travel in logs and browser storage, and personal data has no business there.
 */
@Component
public class AccessTokenIssuer {

    private final SigningKeyStore keys;
    private final JwtEncoder encoder;
    private final JwtProperties jwt;
    private final Duration ttl;
    private final Clock clock;

    public AccessTokenIssuer(SigningKeyStore keys, JwtProperties jwt, TokenLifetimes lifetimes, Clock clock) {
        this.keys = keys;
        this.encoder = new NimbusJwtEncoder(keys.signingKeySource());
        this.jwt = jwt;
        this.ttl = lifetimes.accessTokenTtl();
        this.clock = clock;
    }

    public AccessToken issue(Account account) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        JwsHeader header = JwsHeader.with(AccessTokenValidators.ALGORITHM)
                .keyId(keys.activeKey().kid())
                .type(AccessTokenValidators.TYPE)
                .build();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(jwt.issuer())
                .audience(List.of(jwt.audience()))
                .subject(account.id().toString())
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(now.plus(ttl))
                .id(UUID.randomUUID().toString())
                .claim(RolesClaim.NAME, account.roleNames())
                // OpenID Connect's name: whether the learner proved they read their address.
                .claim("email_verified", account.emailVerified())
                .build();
        String value = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new AccessToken(value, ttl);
    }

    public record AccessToken(String value, Duration expiresIn) {

        @Override
        public String toString() {
            return "AccessToken[expiresIn=" + expiresIn + "]";
        }
    }
}
