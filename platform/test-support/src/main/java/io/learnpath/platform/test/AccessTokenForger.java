package io.learnpath.platform.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Mints access tokens with a given signing key, genuine ones and the forgeries of {@link AccessTokenAttack}. A
 * service's tests use {@link TestTokens#forger()} (the key behind the test JWKS); the auth-service's tests build one
 * over their real signing key, so every hop is attacked with exactly the key it trusts.
 */
public final class AccessTokenForger {

    /** The platform's default {@code learnpath.security.jwt.clock-skew}. */
    public static final Duration PLATFORM_CLOCK_SKEW = Duration.ofSeconds(30);

    /** RFC 9068's access-token type, as the auth-service writes it and every hop requires it. */
    static final JOSEObjectType ACCESS_TOKEN = new JOSEObjectType("at+jwt");

    private static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RSAKey key;
    private final String issuer;
    private final String audience;
    private final Duration clockSkew;

    /** @param signingKey the key pair the hop under test trusts, private part and kid included */
    public AccessTokenForger(RSAKey signingKey, String issuer, String audience) {
        this(signingKey, issuer, audience, PLATFORM_CLOCK_SKEW);
    }

    public AccessTokenForger(RSAKey signingKey, String issuer, String audience, Duration clockSkew) {
        if (!signingKey.isPrivate() || signingKey.getKeyID() == null) {
            throw new IllegalArgumentException("Forging needs the private key and its kid");
        }
        this.key = signingKey;
        this.issuer = Objects.requireNonNull(issuer);
        this.audience = Objects.requireNonNull(audience);
        this.clockSkew = clockSkew;
    }

    /** A valid access token, as the auth-service would issue it now, good for fifteen minutes. */
    public String genuine(UUID subject, String... roles) {
        return sign(header(), claims(subject, roles));
    }

    /** A valid token issued at this instant (say, just after a revocation), good for fifteen minutes from then. */
    public String issuedAt(Instant issuedAt, UUID subject, String... roles) {
        return sign(header(), claims(subject, issuedAt, roles).build());
    }

    /** Expired a third of the clock skew ago: every hop still accepts it. */
    public String expiredWithinTheSkew(UUID subject, String... roles) {
        return sign(header(), expiringIn(clockSkew.dividedBy(3).negated(), subject, roles));
    }

    /** Valid from a third of the clock skew from now: every hop already accepts it. */
    public String notYetValidWithinTheSkew(UUID subject, String... roles) {
        return sign(header(), claims(subject, roles, claims -> claims
                .notBeforeTime(Date.from(Instant.now().plus(clockSkew.dividedBy(3))))));
    }

    // ---- building blocks of the attacks

    String kid() {
        return key.getKeyID();
    }

    RSAKey key() {
        return key;
    }

    Duration clockSkew() {
        return clockSkew;
    }

    JWSHeader.Builder header() {
        return new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(ACCESS_TOKEN);
    }

    JWTClaimsSet claims(UUID subject, String... roles) {
        return claims(subject, Instant.now(), roles).build();
    }

    JWTClaimsSet claims(UUID subject, String[] roles, UnaryOperator<JWTClaimsSet.Builder> change) {
        return change.apply(claims(subject, Instant.now(), roles)).build();
    }

    JWTClaimsSet expiringIn(Duration fromNow, UUID subject, String... roles) {
        Instant expiresAt = Instant.now().plus(fromNow);
        return claims(subject, expiresAt.minus(LIFETIME), roles).expirationTime(Date.from(expiresAt)).build();
    }

    String sign(JWSHeader.Builder header, JWTClaimsSet claims) {
        try {
            return sign(header.build(), claims, new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sign(JWSHeader header, JWTClaimsSet claims, JWSSigner signer) {
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hmacSigned(JWSHeader header, JWTClaimsSet claims, byte[] secret) {
        try {
            return sign(header, claims, new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as the PEM text an attacker would copy from a JWKS or a certificate. */
    byte[] publicKeyPem() {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(key.toRSAPublicKey().getEncoded());
            return ("-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n")
                    .getBytes(StandardCharsets.US_ASCII);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as the JWK JSON our JWKS publishes. */
    byte[] publicKeyJwk() {
        return key.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
    }

    /** Base64url of this JSON text, as one part of a compact JWT. */
    static String part(String json) {
        return Base64URL.encode(json.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** What a refresh token looks like: 256 random bits, base64url, nothing a decoder can parse. */
    static String opaqueValue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private JWTClaimsSet.Builder claims(UUID subject, Instant issuedAt, String... roles) {
        Instant truncated = issuedAt.truncatedTo(ChronoUnit.SECONDS);
        return new JWTClaimsSet.Builder()
                .subject(subject.toString())
                .issuer(issuer)
                .audience(audience)
                .issueTime(Date.from(truncated))
                .notBeforeTime(Date.from(truncated))
                .expirationTime(Date.from(truncated.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", List.of(roles));
    }
}
