package io.learnpath.platform.test;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The access tokens an attacker would try, each of which every hop must refuse with a 401 problem. A module's
 * attack test runs them all against a protected endpoint, with a {@link AccessTokenForger} over the key that hop
 * trusts, and shows that a genuine token gets through the same request:
 *
 * <pre>
 * &#64;ParameterizedTest(name = "{0}")
 * &#64;EnumSource(AccessTokenAttack.class)
 * void isRefused(AccessTokenAttack attack) {
 *     assertRefused(http.get("/api/progress/summary", attack.forge(TestTokens.shared().forger(), learner, "LEARNER")));
 * }
 * </pre>
 *
 * Two attacks depend on the hop and are left to each module: a real refresh token used as an access token (only
 * the auth-service issues them; {@link #REFRESH_TOKEN_AS_ACCESS_TOKEN} is one in its form), and a token of a
 * learner whose tokens were revoked.
 */
public enum AccessTokenAttack {

    ALG_NONE("alg: none, no signature", (forger, subject, roles) -> unsigned(forger, "none", subject, roles)),
    ALG_NONE_CAPITALISED("alg: None", (forger, subject, roles) -> unsigned(forger, "None", subject, roles)),
    ALG_NONE_UPPER_CASE("alg: NONE", (forger, subject, roles) -> unsigned(forger, "NONE", subject, roles)),
    ALG_NONE_MIXED_CASE("alg: nOnE", (forger, subject, roles) -> unsigned(forger, "nOnE", subject, roles)),

    HS256_WITH_THE_PUBLIC_KEY_AS_PEM("HS256 keyed with our public key's PEM text",
            (forger, subject, roles) -> AccessTokenForger.hmacSigned(hs256(forger),
                    forger.claims(subject, roles), forger.publicKeyPem())),
    HS256_WITH_THE_PUBLIC_KEY_AS_JWK("HS256 keyed with our public key's JWK JSON",
            (forger, subject, roles) -> AccessTokenForger.hmacSigned(hs256(forger),
                    forger.claims(subject, roles), forger.publicKeyJwk())),

    UNKNOWN_KID("signed by our key under a kid we never published",
            (forger, subject, roles) -> forger.sign(forger.header().keyID("unknown-" + UUID.randomUUID()),
                    forger.claims(subject, roles))),
    ATTACKERS_KEY_UNDER_OUR_KID("signed by the attacker's key, naming our kid",
            (forger, subject, roles) -> byAttacker(forger, header -> header, subject, roles)),
    ATTACKERS_KEY_BEHIND_JKU("signed by the attacker's key, jku pointing at it",
            (forger, subject, roles) -> byAttacker(forger,
                    header -> header.jwkURL(AttackerKeyServer.shared().jwksUri()), subject, roles)),
    ATTACKERS_KEY_BEHIND_X5U("signed by the attacker's key, x5u pointing at it",
            (forger, subject, roles) -> byAttacker(forger,
                    header -> header.x509CertURL(AttackerKeyServer.shared().certificateUri()), subject, roles)),
    ATTACKERS_KEY_EMBEDDED_AS_JWK("signed by the attacker's key, embedded as jwk",
            (forger, subject, roles) -> byAttacker(forger, header -> header.jwk(
                    AttackerKeyServer.shared().keyNamed(forger.kid()).toPublicJWK()), subject, roles)),

    EXPIRED_BEYOND_THE_SKEW("expired a minute beyond the clock skew",
            (forger, subject, roles) -> forger.sign(forger.header(),
                    forger.expiringIn(forger.clockSkew().plusMinutes(1).negated(), subject, roles))),
    NOT_YET_VALID_BEYOND_THE_SKEW("nbf a minute beyond the clock skew",
            (forger, subject, roles) -> forger.sign(forger.header(), forger.claims(subject, roles,
                    claims -> claims.notBeforeTime(Date.from(Instant.now().plus(forger.clockSkew())
                            .plus(Duration.ofMinutes(1))))))),
    WRONG_ISSUER("from another issuer",
            (forger, subject, roles) -> forger.sign(forger.header(), forger.claims(subject, roles,
                    claims -> claims.issuer("https://evil.example/api/auth")))),
    WRONG_AUDIENCE("for another audience",
            (forger, subject, roles) -> forger.sign(forger.header(), forger.claims(subject, roles,
                    claims -> claims.audience("someone-else")))),
    MISSING_TYP("without typ",
            (forger, subject, roles) -> forger.sign(
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(forger.kid()), forger.claims(subject, roles))),
    TYP_JWT("typ: JWT rather than at+jwt",
            (forger, subject, roles) -> forger.sign(forger.header().type(JOSEObjectType.JWT),
                    forger.claims(subject, roles))),

    REFRESH_TOKEN_AS_ACCESS_TOKEN("an opaque refresh token", (forger, subject, roles) -> AccessTokenForger.opaqueValue()),
    STRIPPED_SIGNATURE("a genuine token with its signature stripped",
            (forger, subject, roles) -> withoutSignature(forger.genuine(subject, roles))),
    TAMPERED_ROLES("a genuine token whose roles were changed to every role",
            (forger, subject, roles) -> withPayload(forger.genuine(subject, roles), forger.claims(subject,
                    "LEARNER", "EDITOR", "ADMIN")));

    private final String description;
    private final Forgery forgery;

    AccessTokenAttack(String description, Forgery forgery) {
        this.description = description;
        this.forgery = forgery;
    }

    /** The forged token, aimed at this learner with these roles (those the protected request needs). */
    public String forge(AccessTokenForger forger, UUID subject, String... roles) {
        return forgery.forge(forger, subject, roles);
    }

    /**
     * How often anything fetched the attacker's keys from where {@code jku} and {@code x5u} pointed: zero, unless
     * a hop follows key URLs from token headers.
     */
    public static int attackerKeyFetches() {
        return AttackerKeyServer.shared().requests();
    }

    @Override
    public String toString() {
        return description;
    }

    @FunctionalInterface
    private interface Forgery {
        String forge(AccessTokenForger forger, UUID subject, String... roles);
    }

    private static String unsigned(AccessTokenForger forger, String alg, UUID subject, String... roles) {
        String header = "{\"alg\":\"" + alg + "\",\"kid\":\"" + forger.kid() + "\",\"typ\":\"at+jwt\"}";
        return AccessTokenForger.part(header) + "." + AccessTokenForger.part(forger.claims(subject, roles).toString())
                + ".";
    }

    private static JWSHeader hs256(AccessTokenForger forger) {
        return new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(forger.kid()).type(AccessTokenForger.ACCESS_TOKEN)
                .build();
    }

    private static String byAttacker(AccessTokenForger forger, UnaryOperator<JWSHeader.Builder> hint, UUID subject,
            String... roles) {
        RSAKey attacker = AttackerKeyServer.shared().keyNamed(forger.kid());
        return new AccessTokenForger(attacker, "unused", "unused").sign(hint.apply(forger.header()),
                forger.claims(subject, roles));
    }

    private static String withoutSignature(String token) {
        return token.substring(0, token.lastIndexOf('.') + 1);
    }

    private static String withPayload(String token, JWTClaimsSet claims) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + AccessTokenForger.part(claims.toString()) + "." + parts[2];
    }
}
