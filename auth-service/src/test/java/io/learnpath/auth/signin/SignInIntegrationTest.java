package io.learnpath.auth.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.learnpath.auth.AuthServiceIntegrationTest;
import io.learnpath.platform.security.AccessTokenValidators;
import io.learnpath.platform.security.JwtProperties;
import io.learnpath.platform.test.http.TestResponse;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.databind.JsonNode;

class SignInIntegrationTest extends AuthServiceIntegrationTest {

    @Autowired
    JwtProperties jwt;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Test
    void signsInWithATokenThatVerifiesAgainstThePublishedKeys() throws Exception {
        String email = uniqueEmail();
        UUID id = registered(email);
        double successesBefore = signIns("success");

        TestResponse answer = login(" " + email.toUpperCase(), PASSWORD);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.header("Cache-Control")).contains("no-store");
        JsonNode tokens = answer.json();
        assertThat(tokens.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(tokens.get("expiresIn").asLong()).isEqualTo(Duration.ofMinutes(15).toSeconds());
        assertThat(tokens.get("refreshExpiresIn").asLong()).isEqualTo(Duration.ofDays(30).toSeconds());
        assertThat(tokens.get("refreshToken").asString()).matches("[A-Za-z0-9_-]{43}");
        assertThat(signIns("success")).isEqualTo(successesBefore + 1);

        String accessToken = tokens.get("accessToken").asString();
        JWKSet published = JWKSet.parse(http.get("/api/auth/.well-known/jwks.json").body());
        SignedJWT parsed = SignedJWT.parse(accessToken);
        assertThat(parsed.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(published.getKeyByKeyId(parsed.getHeader().getKeyID())).isNotNull();

        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        // An access token says so (RFC 9068); Nimbus would by default accept only typ JWT.
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("at+jwt")));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                new ImmutableJWKSet<>(published)));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(jwt.issuer()).audience(jwt.audience()).subject(id.toString())
                        .build(),
                Set.of("iat", "nbf", "exp", "jti", "roles")));
        JWTClaimsSet claims = processor.process(accessToken, null);

        assertThat(claims.getIssuer()).isEqualTo("http://localhost:8080/api/auth");
        assertThat(claims.getAudience()).containsExactly("learnpath");
        assertThat(claims.getSubject()).isEqualTo(id.toString());
        assertThat(claims.getStringListClaim("roles")).containsExactly("LEARNER");
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(claims.getClaims().keySet())
                .containsExactlyInAnyOrder("iss", "aud", "sub", "iat", "nbf", "exp", "jti", "roles", "email_verified");
        assertThat(accessToken).doesNotContain(email);
    }

    @Test
    void otherServicesAcceptTheTokenTheWayThePlatformChecksIt() {
        String email = uniqueEmail();
        UUID id = registered(email);
        String accessToken = login(email, PASSWORD).json().get("accessToken").asString();
        // Exactly what platform-service-defaults builds in every other service: JWKS over HTTP, RS256 only.
        NimbusJwtDecoder otherService = NimbusJwtDecoder.withJwkSetUri(http.uri("/api/auth/.well-known/jwks.json")
                .toString()).jwsAlgorithm(AccessTokenValidators.ALGORITHM).build();
        otherService.setJwtValidator(AccessTokenValidators.forProperties(jwt));

        Jwt decoded = otherService.decode(accessToken);

        assertThat(decoded.getSubject()).isEqualTo(id.toString());
        assertThat(decoded.getClaimAsStringList("roles")).containsExactly("LEARNER");
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
        String email = uniqueEmail();
        registered(email);
        double refusalsBefore = signIns("invalid_credentials");

        TestResponse wrongPassword = login(email, "not the right password");
        TestResponse unknownEmail = login(uniqueEmail(), PASSWORD);

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.contentType()).startsWith("application/problem+json");
        assertThat(wrongPassword.json().get("type").asString())
                .isEqualTo("https://learnpath.io/problems/invalid-credentials");
        assertThat(unknownEmail.status()).isEqualTo(wrongPassword.status());
        assertThat(unknownEmail.contentType()).isEqualTo(wrongPassword.contentType());
        assertThat(withoutInstance(unknownEmail.json())).isEqualTo(withoutInstance(wrongPassword.json()));
        assertThat(signIns("invalid_credentials")).isEqualTo(refusalsBefore + 2);
    }

    @Test
    void anAddressNoAccountCouldHaveIsAnUnknownAddressNotAServerError() {
        // A NUL byte cannot even be compared by PostgreSQL; it must not reach the database.
        TestResponse withNul = login("a\u0000@example.com", PASSWORD);
        TestResponse unknownEmail = login(uniqueEmail(), PASSWORD);

        assertThat(withNul.status()).isEqualTo(401);
        assertThat(withoutInstance(withNul.json())).isEqualTo(withoutInstance(unknownEmail.json()));
    }

    @Test
    void aPasswordThatIsNotUnicodeIsAWrongPasswordNotAServerError() {
        String email = uniqueEmail();
        registered(email);

        // The JSON escape of a lone surrogate: valid JSON, but no text anyone could type or encode.
        TestResponse loneSurrogate = http.request("/api/auth/login").json("{\"email\": \"" + email
                + "\", \"password\": \"long enough \\ud800 password\"}").post();

        assertThat(loneSurrogate.status()).isEqualTo(401);
        assertThat(loneSurrogate.json().get("type").asString())
                .isEqualTo("https://learnpath.io/problems/invalid-credentials");
    }

    @Test
    void refusesIncompleteLoginsAsValidationProblems() {
        TestResponse answer = http.request("/api/auth/login").json(Map.of("email", uniqueEmail())).post();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("errors").values()).extracting(error -> error.get("field").asString())
                .containsExactly("password");
        assertThat(http.request("/api/auth/login").json("{oops").post().status()).isEqualTo(400);
    }

    @Test
    void rehashesAPasswordStoredWithWeakerParametersOnSignIn() {
        String email = uniqueEmail();
        UUID id = registered(email);
        String weak = new Argon2PasswordEncoder(16, 32, 1, 4096, 1).encode(PASSWORD);
        jdbc.sql("UPDATE account SET password_hash = ? WHERE id = ?").params(weak, id).update();

        assertThat(login(email, PASSWORD).status()).isEqualTo(200);

        String stored = jdbc.sql("SELECT password_hash FROM account WHERE id = ?").param(id)
                .query(String.class).single();
        assertThat(stored).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").isNotEqualTo(weak);
        assertThat(login(email, PASSWORD).status()).isEqualTo(200);
    }

    private double signIns(String outcome) {
        return meters.counter("learnpath.auth.signins", "outcome", outcome).count();
    }

    // Only "instance" (the request path) may differ between the two problems, and both have the same path.
    private static Map<String, Object> withoutInstance(JsonNode problem) {
        Map<String, Object> fields = new java.util.TreeMap<>();
        problem.properties().forEach(entry -> fields.put(entry.getKey(), entry.getValue().toString()));
        return fields;
    }
}
