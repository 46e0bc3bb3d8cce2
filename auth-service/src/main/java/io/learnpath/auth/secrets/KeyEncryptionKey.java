package io.learnpath.auth.secrets;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 256-bit AES key that wraps every stored secret, read from {@link SecretsProperties} and checked before
 * anything is sealed or opened, so that a missing or mistyped key stops the service at start-up with a message
 * that says what to set, rather than at the first sign-in.
 *
 * @param key the AES key
 * @param id  its RFC 7638 thumbprint: written into every sealed value, so that a value sealed with another key is
 *            told apart from a damaged one. A SHA-256 of a 256-bit random key reveals nothing of it.
 */
record KeyEncryptionKey(SecretKey key, String id) {

    static final int BYTES = 32;
    private static final String KEY = "learnpath.auth.secrets.encryption-key (AUTH_SECRETS_ENCRYPTION_KEY)";
    private static final String FILE = "learnpath.auth.secrets.encryption-key-file (AUTH_SECRETS_ENCRYPTION_KEY_FILE)";
    private static final String HOW = "the base64 of 32 random bytes, e.g. from `openssl rand -base64 32`";

    static KeyEncryptionKey from(SecretsProperties properties) {
        boolean inline = hasText(properties.encryptionKey());
        boolean file = hasText(properties.encryptionKeyFile());
        if (inline && file) {
            throw new UnusableEncryptionKeyException("Both " + KEY + " and " + FILE + " are set; set only one");
        }
        if (!inline && !file) {
            throw new UnusableEncryptionKeyException("No key-encryption key is configured: set " + KEY + " to " + HOW
                    + ", or " + FILE + " to a file holding it. There is no default: it protects the stored signing "
                    + "keys and other secrets");
        }
        String source = inline ? KEY : FILE + " " + properties.encryptionKeyFile();
        String text = inline ? properties.encryptionKey() : read(properties.encryptionKeyFile());
        return of(decode(text.strip(), source), source);
    }

    static KeyEncryptionKey of(byte[] bytes, String source) {
        if (bytes.length != BYTES) {
            throw new UnusableEncryptionKeyException("The key in " + source + " is " + bytes.length
                    + " bytes long; it must be exactly " + BYTES + " (256 bits): " + HOW);
        }
        SecretKey key = new SecretKeySpec(bytes, "AES");
        try {
            return new KeyEncryptionKey(key, new OctetSequenceKey.Builder(key).build().computeThumbprint().toString());
        } catch (JOSEException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private static byte[] decode(String text, String source) {
        try {
            // `openssl rand -base64 32` writes the standard alphabet; accept the URL-safe one too.
            return Base64.getDecoder().decode(text.replace('-', '+').replace('_', '/'));
        } catch (IllegalArgumentException e) {
            // Not the decoder's message: it quotes the offending character.
            throw new UnusableEncryptionKeyException("The key in " + source + " is not base64: it must be " + HOW);
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.US_ASCII);
        } catch (IOException | InvalidPathException e) {
            throw new UnusableEncryptionKeyException("Cannot read " + FILE + " " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public String toString() {
        return "KeyEncryptionKey[id=" + id + "]";
    }
}
