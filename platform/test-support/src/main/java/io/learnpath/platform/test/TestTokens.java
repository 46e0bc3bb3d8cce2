package io.learnpath.platform.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Mints access tokens the way the auth-service does (RS256, {@code typ: at+jwt}, kid, iss, aud, roles) and serves
 * the public key as a real JWKS over HTTP, so services under test verify tokens exactly as in production. Also
 * mints a few tokens an attacker would try: expired, wrong audience, wrong issuer, unsigned, HMAC-signed, signed by
 * a stranger's key; the whole attack suite is {@link AccessTokenAttack}, forged with {@link #forger()}.
 */
public final class TestTokens {

    public static final String ISSUER = "http://localhost:8080/api/auth";
    public static final String AUDIENCE = "learnpath";

    private static final TestTokens SHARED = new TestTokens();

    private final RSAKey signingKey;
    private final URI jwksUri;

    private TestTokens() {
        this.signingKey = generateKey();
        this.jwksUri = serve(new JWKSet(signingKey.toPublicJWK()).toString());
    }

    public static TestTokens shared() {
        return SHARED;
    }

    public URI jwksUri() {
        return jwksUri;
    }

    /** Forges tokens (genuine ones and {@link AccessTokenAttack}s) with the key behind {@link #jwksUri()}. */
    public AccessTokenForger forger() {
        return new AccessTokenForger(signingKey, ISSUER, AUDIENCE);
    }

    /** A valid access token for a learner, good for fifteen minutes. */
    public String learner(UUID learnerId) {
        return sign(signingKey, claims(learnerId, ISSUER, AUDIENCE, Instant.now().plus(Duration.ofMinutes(15)),
                List.of("LEARNER")));
    }

    public String withRoles(UUID subject, String... roles) {
        return sign(signingKey, claims(subject, ISSUER, AUDIENCE, Instant.now().plus(Duration.ofMinutes(15)),
                List.of(roles)));
    }

    public String expired(UUID learnerId) {
        return sign(signingKey, claims(learnerId, ISSUER, AUDIENCE, Instant.now().minus(Duration.ofMinutes(5)),
                List.of("LEARNER")));
    }

    public String forAudience(UUID learnerId, String audience) {
        return sign(signingKey, claims(learnerId, ISSUER, audience, Instant.now().plus(Duration.ofMinutes(15)),
                List.of("LEARNER")));
    }

    public String fromIssuer(UUID learnerId, String issuer) {
        return sign(signingKey, claims(learnerId, issuer, AUDIENCE, Instant.now().plus(Duration.ofMinutes(15)),
                List.of("LEARNER")));
    }

    public String signedByAStranger(UUID learnerId) {
        RSAKey stranger = generateKey();
        return sign(stranger, claims(learnerId, ISSUER, AUDIENCE, Instant.now().plus(Duration.ofMinutes(15)),
                List.of("LEARNER")));
    }

    public String unsigned(UUID learnerId) {
        return new PlainJWT(claims(learnerId, ISSUER, AUDIENCE, Instant.now().plus(Duration.ofMinutes(15)),
                List.of("LEARNER"))).serialize();
    }

    public String hmacSigned(UUID learnerId) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(learnerId, ISSUER, AUDIENCE,
                    Instant.now().plus(Duration.ofMinutes(15)), List.of("LEARNER")));
            jwt.sign(new MACSigner(new byte[32]));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet claims(UUID subject, String issuer, String audience, Instant expiresAt,
            List<String> roles) {
        Instant issuedAt = expiresAt.minus(Duration.ofMinutes(15));
        return new JWTClaimsSet.Builder()
                .subject(subject.toString())
                .issuer(issuer)
                .audience(audience)
                .issueTime(Date.from(issuedAt))
                .notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", roles)
                .build();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(AccessTokenForger.ACCESS_TOKEN).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generateKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static URI serve(String jwks) {
        return JwksServer.serve("/jwks.json", jwks, () -> { });
    }
}
