package io.learnpath.auth.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The service's signing keys, kept in its database so tokens stay valid across restarts and every instance signs
 * with the same key. The first instance to start on an empty table generates the key; when two start at once,
 * the partial unique index on {@code status = 'ACTIVE'} lets exactly one insert win and both then read the winner.
 *
 * <p>Private keys are stored as PKCS#8 in the service's own database, which nothing but this service can read.
 */
@Component
@DependsOnDatabaseInitialization // reads its table while starting, so Flyway must have created it
public class SigningKeyStore {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyStore.class);

    private final JdbcClient jdbc;
    private final SigningKeyProperties properties;
    private final Clock clock;
    private final SigningKey active;
    private volatile Snapshot verificationKeys;

    public SigningKeyStore(JdbcClient jdbc, SigningKeyProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.active = loadOrCreateActiveKey();
        this.verificationKeys = readVerificationKeys();
    }

    /** The key new tokens are signed with. */
    public SigningKey activeKey() {
        return active;
    }

    /** The public halves of every key tokens may still carry, as published in the JWKS. */
    public JWKSet publicKeys() {
        return current().keys();
    }

    /** Only the active key, private part included: what the token encoder may pick from. */
    public JWKSource<SecurityContext> signingKeySource() {
        JWKSet signing = new JWKSet(active.jwk());
        return (selector, context) -> selector.select(signing);
    }

    /**
     * The public keys for verifying tokens locally. A kid this instance has not seen yet (another instance
     * rotated) makes it read the table again, at most once per second so a flood of forged kids cannot turn
     * into a flood of queries.
     */
    public JWKSource<SecurityContext> verificationKeySource() {
        return (selector, context) -> {
            List<JWK> selected = selector.select(current().keys());
            Snapshot snapshot = verificationKeys;
            if (selected.isEmpty() && snapshot.readAt().isBefore(clock.instant().minusSeconds(1))) {
                verificationKeys = readVerificationKeys();
                selected = selector.select(verificationKeys.keys());
            }
            return selected;
        };
    }

    private Snapshot current() {
        Snapshot snapshot = verificationKeys;
        if (snapshot.readAt().plus(properties.refreshAfter()).isBefore(clock.instant())) {
            snapshot = readVerificationKeys();
            verificationKeys = snapshot;
        }
        return snapshot;
    }

    private SigningKey loadOrCreateActiveKey() {
        Optional<SigningKey> existing = findActive();
        if (existing.isPresent()) {
            log.info("Signing with key {}", existing.get().kid());
            return existing.get();
        }
        RSAKey generated = generate();
        int inserted = jdbc.sql("""
                        INSERT INTO signing_key (kid, public_jwk, private_key, created_at, status)
                        VALUES (:kid, :publicJwk, :privateKey, :createdAt, 'ACTIVE')
                        ON CONFLICT (status) WHERE status = 'ACTIVE' DO NOTHING""")
                .param("kid", generated.getKeyID())
                .param("publicJwk", generated.toPublicJWK().toJSONString())
                .param("privateKey", privateKeyBytes(generated))
                .param("createdAt", Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)))
                .update();
        SigningKey winner = findActive().orElseThrow(
                () -> new IllegalStateException("No active signing key after inserting one"));
        log.info(inserted == 1 ? "Generated signing key {}" : "Another instance generated signing key {}",
                winner.kid());
        return winner;
    }

    private Optional<SigningKey> findActive() {
        return jdbc.sql("SELECT kid, public_jwk, private_key, created_at, status FROM signing_key "
                        + "WHERE status = 'ACTIVE'")
                .query((rs, row) -> signingKey(rs))
                .optional();
    }

    private Snapshot readVerificationKeys() {
        List<JWK> keys = jdbc.sql("SELECT public_jwk FROM signing_key ORDER BY created_at DESC")
                .query((rs, row) -> (JWK) parsePublic(rs.getString("public_jwk")))
                .list();
        return new Snapshot(new JWKSet(keys), clock.instant());
    }

    private RSAKey generate() {
        try {
            RSAKey key = new RSAKeyGenerator(properties.rsaKeySize())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
            // The RFC 7638 thumbprint as kid: derived from the public key, so it can never name two keys.
            return new RSAKey.Builder(key).keyIDFromThumbprint().build();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate a signing key", e);
        }
    }

    private static SigningKey signingKey(ResultSet rs) throws SQLException {
        RSAKey publicKey = parsePublic(rs.getString("public_jwk"));
        try {
            RSAPrivateKey privateKey = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(rs.getBytes("private_key")));
            RSAKey pair = new RSAKey.Builder(publicKey).privateKey(privateKey).build();
            return new SigningKey(rs.getString("kid"), pair, rs.getTimestamp("created_at").toInstant(),
                    SigningKey.Status.valueOf(rs.getString("status")));
        } catch (GeneralSecurityException e) {
            // The message names the kid only; the exception from the key factory carries no key material.
            throw new IllegalStateException("Stored private key " + rs.getString("kid") + " is unreadable", e);
        }
    }

    private static RSAKey parsePublic(String json) {
        try {
            return RSAKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("Stored public JWK is unreadable", e);
        }
    }

    private static byte[] privateKeyBytes(RSAKey key) {
        try {
            return key.toRSAPrivateKey().getEncoded();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not encode the signing key", e);
        }
    }

    private record Snapshot(JWKSet keys, Instant readAt) {
    }
}
