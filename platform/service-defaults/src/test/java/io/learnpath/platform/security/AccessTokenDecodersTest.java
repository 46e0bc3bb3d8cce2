package io.learnpath.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * The decoder every hop builds, on tokens signed with the very key it trusts: what is refused here is refused for
 * its header alone, whatever the signature.
 */
class AccessTokenDecodersTest {

    private static final String ISSUER = "https://issuer.test/api/auth";
    private static final RSAKey KEY = generateKey();

    private final JwtDecoder decoder = AccessTokenDecoders.fromKeySource(
            new ImmutableJWKSet<>(new JWKSet(KEY.toPublicJWK())),
            new JwtProperties(URI.create("http://localhost/jwks.json"), ISSUER, "learnpath", Duration.ofSeconds(30),
                    List.of(), List.of(), Duration.ZERO, Duration.ofSeconds(3)));

    @Test
    void decodesAnAccessTokenSignedWithOurKey() {
        UUID learner = UUID.randomUUID();

        assertThat(decoder.decode(token(header -> header, learner)).getSubject()).isEqualTo(learner.toString());
    }

    static Stream<Arguments> refusedHeaders() {
        return Stream.of(
                Arguments.of("typ: JWT", (UnaryOperator<JWSHeader.Builder>) header -> header.type(JOSEObjectType.JWT)),
                Arguments.of("no typ", (UnaryOperator<JWSHeader.Builder>) header -> header.type(null)),
                Arguments.of("jku", (UnaryOperator<JWSHeader.Builder>) header -> header.jwkURL(
                        URI.create("https://evil.test/jwks.json"))),
                Arguments.of("x5u", (UnaryOperator<JWSHeader.Builder>) header -> header.x509CertURL(
                        URI.create("https://evil.test/cert.pem"))),
                Arguments.of("jwk", (UnaryOperator<JWSHeader.Builder>) header -> header.jwk(KEY.toPublicJWK())),
                Arguments.of("x5c", (UnaryOperator<JWSHeader.Builder>) header -> header.x509CertChain(
                        List.of(Base64.encode(publicKeyBytes())))));
    }

    @ParameterizedTest(name = "a header with {0} is refused though our key signed it")
    @MethodSource("refusedHeaders")
    void refusesHeaders(String header, UnaryOperator<JWSHeader.Builder> change) {
        String token = token(change);

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(BadJwtException.class);
    }

    @Test
    void aServiceGivesUpOnAKeyServerThatNeverAnswersAndDoesNotCallTheTokenBad() throws Exception {
        try (SilentKeyServer keyServer = new SilentKeyServer()) {
            JwtDecoder fetching = AccessTokenDecoders.fromJwkSetUri(new JwtProperties(keyServer.jwksUri(), ISSUER,
                    "learnpath", Duration.ofSeconds(30), List.of(), List.of(), Duration.ZERO, Duration.ofMillis(500)));
            String token = token(header -> header);

            // The preemptive limit only guards the build: without the decoder's own limit this waits for ever.
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(() -> fetching.decode(token))
                    .isInstanceOf(JwtException.class)
                    .isNotInstanceOf(BadJwtException.class));
            assertThat(keyServer.asked()).isEqualTo(1);
        }
    }

    private static String token(UnaryOperator<JWSHeader.Builder> change) {
        return token(change, UUID.randomUUID());
    }

    private static String token(UnaryOperator<JWSHeader.Builder> change, UUID subject) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject.toString()).issuer(ISSUER)
                .audience("learnpath").issueTime(Date.from(now)).notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(900))).build();
        try {
            SignedJWT jwt = new SignedJWT(change.apply(new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .keyID(KEY.getKeyID()).type(new JOSEObjectType("at+jwt"))).build(), claims);
            jwt.sign(new RSASSASigner(KEY));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] publicKeyBytes() {
        try {
            return KEY.toRSAPublicKey().getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generateKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
