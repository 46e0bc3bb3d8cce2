package io.learnpath.auth.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
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
 * The {@code signing_key} table: public halves as JWK JSON, private keys as PKCS#8 in the service's own database,
 * which nothing but this service can read.
 */
@Repository
class SigningKeyRepository {

    private final JdbcClient jdbc;

    SigningKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SigningKey> findActive() {
        return jdbc.sql("SELECT kid, public_jwk, private_key FROM signing_key WHERE status = 'ACTIVE'")
                .query((rs, row) -> signingKey(rs))
                .optional();
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
                .param("privateKey", privateKeyBytes(key))
                .param("createdAt", Timestamp.from(createdAt))
                .update() == 1;
    }

    /** The public half of every stored key, newest first. */
    List<JWK> findPublicKeys() {
        return jdbc.sql("SELECT public_jwk FROM signing_key ORDER BY created_at DESC")
                .query((rs, row) -> (JWK) parsePublic(rs.getString("public_jwk")))
                .list();
    }

    private static SigningKey signingKey(ResultSet rs) throws SQLException {
        RSAKey publicKey = parsePublic(rs.getString("public_jwk"));
        try {
            RSAPrivateKey privateKey = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(rs.getBytes("private_key")));
            return new SigningKey(rs.getString("kid"), new RSAKey.Builder(publicKey).privateKey(privateKey).build());
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
}
