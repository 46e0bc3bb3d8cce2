package io.learnpath.auth.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import io.learnpath.auth.secrets.SecretBox;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code signing_key} table: public halves as JWK JSON, private keys as PKCS#8 sealed by the {@link SecretBox}
 * (bound to their kid), so that a copy of the database cannot sign a token.
 */
@Repository
class SigningKeyRepository {

    private final JdbcClient jdbc;
    private final SecretBox box;

    SigningKeyRepository(JdbcClient jdbc, SecretBox box) {
        this.jdbc = jdbc;
        this.box = box;
    }

    /** The active key's public facts; its private part stays sealed. */
    Optional<StoredKey> findActive() {
        return jdbc.sql("SELECT kid, public_jwk, status, created_at FROM signing_key WHERE status = 'ACTIVE'")
                .query((rs, row) -> storedKey(rs))
                .optional();
    }

    /** The key with its private part opened: only for a key this instance is about to sign with. */
    Optional<SigningKey> findSigningKey(String kid) {
        return jdbc.sql("SELECT kid, public_jwk, private_key FROM signing_key WHERE kid = :kid")
                .param("kid", kid)
                .query((rs, row) -> signingKey(rs))
                .optional();
    }

    /**
     * The keys a token may be signed with: the active one, and the retired ones retired after {@code retiredAfter}
     * (before that, every token they signed has expired). Newest first.
     */
    List<StoredKey> findPublished(Instant retiredAfter) {
        return jdbc.sql("""
                        SELECT kid, public_jwk, status, created_at FROM signing_key
                        WHERE status = 'ACTIVE' OR retired_at > :retiredAfter
                        ORDER BY created_at DESC, kid""")
                .param("retiredAfter", Timestamp.from(retiredAfter))
                .query((rs, row) -> storedKey(rs))
                .list();
    }

    /**
     * Stores the key as the active one unless a key is active already; answers whether it was stored. The partial
     * unique index on {@code status = 'ACTIVE'} decides between two instances inserting at once.
     */
    boolean insertActiveUnlessOneIs(RSAKey key, Instant createdAt) {
        return jdbc.sql("""
                        INSERT INTO signing_key (kid, public_jwk, private_key, created_at, status)
                        VALUES (:kid, :publicJwk, :privateKey, :createdAt, 'ACTIVE')
                        ON CONFLICT (status) WHERE status = 'ACTIVE' DO NOTHING""")
                .param("kid", key.getKeyID())
                .param("publicJwk", key.toPublicJWK().toJSONString())
                .param("privateKey", sealedPrivateKey(key))
                .param("createdAt", Timestamp.from(createdAt))
                .update() == 1;
    }

    /**
     * Retires {@code expectedKid} and makes {@code successor} the active key, if {@code expectedKid} is still the
     * active one; answers whether it was. One statement, so there is never a moment without an active key or with
     * two; when two instances replace the same key at once, the second waits for the first's row lock, then finds
     * the key retired and changes nothing.
     */
    boolean replaceActive(String expectedKid, RSAKey successor, Instant now) {
        return jdbc.sql("""
                        WITH retired AS (
                            UPDATE signing_key SET status = 'RETIRED', retired_at = :now
                            WHERE kid = :expectedKid AND status = 'ACTIVE'
                            RETURNING kid)
                        INSERT INTO signing_key (kid, public_jwk, private_key, created_at, status)
                        SELECT :kid, :publicJwk, :privateKey, :now, 'ACTIVE' FROM retired""")
                .param("expectedKid", expectedKid)
                .param("kid", successor.getKeyID())
                .param("publicJwk", successor.toPublicJWK().toJSONString())
                .param("privateKey", sealedPrivateKey(successor))
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** Deletes keys retired at or before {@code cutoff}: nothing they signed is valid any more. */
    int deleteRetiredBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM signing_key WHERE status = 'RETIRED' AND retired_at <= :cutoff")
                .param("cutoff", Timestamp.from(cutoff))
                .update();
    }

    /**
     * Seals the private keys stored in plain PKCS#8 before they were sealed; answers how many. SQL cannot do this in
     * a migration, having no key. Two instances starting at once are safe: each update expects the plain bytes it
     * read, so the second finds them sealed and writes nothing.
     */
    int sealPlainPrivateKeys() {
        record Stored(String kid, byte[] privateKey) {
        }
        List<Stored> plain = jdbc.sql("SELECT kid, private_key FROM signing_key")
                .query((rs, row) -> new Stored(rs.getString("kid"), rs.getBytes("private_key")))
                .list().stream()
                .filter(stored -> !SecretBox.isSealed(stored.privateKey()))
                .toList();
        int sealed = 0;
        for (Stored stored : plain) {
            parsePkcs8(stored.kid(), stored.privateKey()); // refuses to seal what is not a key
            sealed += jdbc.sql("UPDATE signing_key SET private_key = :sealed WHERE kid = :kid AND private_key = :plain")
                    .param("sealed", box.seal(stored.privateKey(), context(stored.kid())))
                    .param("kid", stored.kid())
                    .param("plain", stored.privateKey())
                    .update();
        }
        return sealed;
    }

    private SigningKey signingKey(ResultSet rs) throws SQLException {
        String kid = rs.getString("kid");
        RSAKey publicKey = parsePublic(rs.getString("public_jwk"));
        RSAPrivateKey privateKey = parsePkcs8(kid, box.open(rs.getBytes("private_key"), context(kid)));
        return new SigningKey(kid, new RSAKey.Builder(publicKey).privateKey(privateKey).build());
    }

    private static StoredKey storedKey(ResultSet rs) throws SQLException {
        return new StoredKey(rs.getString("kid"), parsePublic(rs.getString("public_jwk")),
                "ACTIVE".equals(rs.getString("status")), rs.getTimestamp("created_at").toInstant());
    }

    private static RSAPrivateKey parsePkcs8(String kid, byte[] pkcs8) {
        try {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException | ClassCastException e) {
            // The message names the kid only; the exception from the key factory carries no key material.
            throw new IllegalStateException("Stored private key " + kid + " is unreadable", e);
        }
    }

    private static RSAKey parsePublic(String json) {
        try {
            return RSAKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("Stored public JWK is unreadable", e);
        }
    }

    private byte[] sealedPrivateKey(RSAKey key) {
        try {
            return box.seal(key.toRSAPrivateKey().getEncoded(), context(key.getKeyID()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not encode the signing key", e);
        }
    }

    // Bound to the kid: a private key copied onto another key's row does not open there.
    private static String context(String kid) {
        return "signing-key:" + kid;
    }

    /**
     * A stored key's public facts.
     *
     * @param active whether it signs new tokens (otherwise it is retired)
     */
    record StoredKey(String kid, RSAKey publicKey, boolean active, Instant createdAt) {
    }
}
