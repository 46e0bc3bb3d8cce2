package io.learnpath.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

class AccessTokenValidatorsTest {

    private final OAuth2TokenValidator<Jwt> validator = AccessTokenValidators.forProperties(new JwtProperties(
            URI.create("http://localhost/jwks.json"), "https://issuer.test/api/auth", "learnpath",
            Duration.ofSeconds(30), List.of(), List.of(), Duration.ZERO, Duration.ofSeconds(3)));

    @Test
    void acceptsATokenForUsFromOurIssuer() {
        assertThat(validator.validate(token(claims -> { })).hasErrors()).isFalse();
    }

    @Test
    void rejectsAnExpiredToken() {
        Jwt expired = token(claims -> claims.issuedAt(Instant.now().minusSeconds(3600))
                .expiresAt(Instant.now().minusSeconds(120)));
        assertThat(validator.validate(expired).hasErrors()).isTrue();
    }

    @Test
    void rejectsATokenNotYetValid() {
        Jwt early = token(claims -> claims.notBefore(Instant.now().plusSeconds(600)));
        assertThat(validator.validate(early).hasErrors()).isTrue();
    }

    @Test
    void rejectsATokenWithoutExpiry() {
        Jwt eternal = token(claims -> claims.claims(all -> all.remove("exp")));
        assertThat(validator.validate(eternal).hasErrors()).isTrue();
    }

    @Test
    void rejectsAnotherIssuer() {
        assertThat(validator.validate(token(claims -> claims.issuer("https://evil.test"))).hasErrors()).isTrue();
    }

    @Test
    void rejectsAnotherAudience() {
        assertThat(validator.validate(token(claims -> claims.audience(List.of("someone-else")))).hasErrors()).isTrue();
    }

    @Test
    void rejectsATokenWithoutSubject() {
        assertThat(validator.validate(token(claims -> claims.claims(all -> all.remove("sub")))).hasErrors()).isTrue();
    }

    @Test
    void rejectsASubjectThatIsNotALearnerId() {
        assertThat(validator.validate(token(claims -> claims.subject("admin"))).hasErrors()).isTrue();
    }

    @Test
    void rejectsATokenWithoutIssueTime() {
        assertThat(validator.validate(token(claims -> claims.claims(all -> all.remove("iat")))).hasErrors()).isTrue();
    }

    @Test
    void rejectsATokenThatIsNotAnAccessToken() {
        assertThat(validator.validate(token(claims -> claims.header("typ", "JWT"))).hasErrors()).isTrue();
        assertThat(validator.validate(token(claims -> claims.headers(all -> all.remove("typ")))).hasErrors())
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "jku", "x5u", "jwk", "x5c" })
    void rejectsATokenWhoseHeaderNamesAKey(String header) {
        assertThat(validator.validate(token(claims -> claims.header(header, "https://evil.test/keys"))).hasErrors())
                .isTrue();
    }

    @Test
    void pinsRs256() {
        assertThat(AccessTokenValidators.ALGORITHM.getName()).isEqualTo("RS256");
    }

    private static Jwt token(Consumer<Jwt.Builder> customize) {
        Instant now = Instant.now();
        Jwt.Builder builder = Jwt.withTokenValue("token")
                .header("alg", "RS256")
                .header("typ", "at+jwt")
                .subject(UUID.randomUUID().toString())
                .issuer("https://issuer.test/api/auth")
                .audience(List.of("learnpath"))
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(now.plusSeconds(900));
        customize.accept(builder);
        return builder.build();
    }
}
