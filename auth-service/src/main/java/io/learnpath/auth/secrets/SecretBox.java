package io.learnpath.auth.secrets;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.AESDecrypter;
import com.nimbusds.jose.crypto.AESEncrypter;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Seals secrets the service must store but be able to read back (signing keys' private parts, the answer kept for
 * a refresh's grace period, later TOTP seeds), so that a copy of the database, a backup or a replica discloses
 * none of them without the key-encryption key from configuration ({@link SecretsProperties}).
 *
 * <p>The crypto is Nimbus JOSE's, not ours: a sealed value is a compact JWE (RFC 7516), self-describing and
 * readable by any JOSE library. {@code A256KW} wraps a fresh random content key per value, which {@code A256GCM}
 * encrypts and authenticates with; because no two values share a content key, the long-lived key-encryption key
 * never approaches AES-GCM's limit on random nonces per key, however many values are sealed. The protected header
 * names the key-encryption key (its thumbprint, as {@code kid}) and the value's <em>context</em> (what it belongs
 * to, e.g. {@code signing-key:<kid>}); both are authenticated, so a value copied into another row does not open
 * there (for a TOTP seed, that would let one account's seed stand in for another's).
 */
@Component
public class SecretBox {

    /** A private header parameter (RFC 7516 section 4.3): integrity-protected like the rest of the header. */
    static final String CONTEXT = "ctx";
    private static final JWEAlgorithm ALGORITHM = JWEAlgorithm.A256KW;
    private static final EncryptionMethod ENCRYPTION = EncryptionMethod.A256GCM;

    private final KeyEncryptionKey key;

    /** @throws UnusableEncryptionKeyException when the configured key is missing or malformed */
    public SecretBox(SecretsProperties properties) {
        this.key = KeyEncryptionKey.from(properties);
    }

    /**
     * @param secret  the bytes to protect
     * @param context what the secret belongs to; {@link #open} must name the same
     * @return the sealed value (ASCII), to store as it is
     */
    public byte[] seal(byte[] secret, String context) {
        JWEHeader header = new JWEHeader.Builder(ALGORITHM, ENCRYPTION)
                .keyID(key.id())
                .customParam(CONTEXT, Objects.requireNonNull(context))
                .build();
        JWEObject jwe = new JWEObject(header, new Payload(secret));
        try {
            jwe.encrypt(new AESEncrypter(key.key()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not seal a secret for " + context, e);
        }
        return jwe.serialize().getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * @throws UnusableEncryptionKeyException when the value was sealed with another key-encryption key
     * @throws UnopenableSecretException      when it is not sealed, was altered, or belongs to another context
     */
    public byte[] open(byte[] sealed, String context) {
        JWEObject jwe = parse(sealed).orElseThrow(() -> new UnopenableSecretException(
                "The stored value for " + context + " is not a sealed secret"));
        JWEHeader header = jwe.getHeader();
        if (!ALGORITHM.equals(header.getAlgorithm()) || !ENCRYPTION.equals(header.getEncryptionMethod())) {
            throw new UnopenableSecretException("The stored value for " + context + " is sealed with "
                    + header.getAlgorithm() + "/" + header.getEncryptionMethod() + ", not " + ALGORITHM + "/"
                    + ENCRYPTION);
        }
        if (!key.id().equals(header.getKeyID())) {
            throw new UnusableEncryptionKeyException("The stored value for " + context + " was sealed with another "
                    + "key-encryption key (thumbprint " + header.getKeyID() + ") than the one configured (thumbprint "
                    + key.id() + "): configure the key it was sealed with");
        }
        if (!context.equals(header.getCustomParam(CONTEXT))) {
            throw new UnopenableSecretException("The stored value for " + context + " was sealed for another "
                    + "context; it was copied from elsewhere");
        }
        try {
            jwe.decrypt(new AESDecrypter(key.key()));
        } catch (JOSEException e) {
            throw new UnopenableSecretException("The stored value for " + context + " was altered or damaged", e);
        }
        return jwe.getPayload().toBytes();
    }

    /** Whether a stored value is sealed (as opposed to a plain value written before sealing was introduced). */
    public static boolean isSealed(byte[] stored) {
        return parse(stored).isPresent();
    }

    private static Optional<JWEObject> parse(byte[] stored) {
        try {
            return Optional.of(JWEObject.parse(new String(stored, StandardCharsets.US_ASCII)));
        } catch (ParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "SecretBox[" + key + "]";
    }
}
