package io.learnpath.auth.credentials;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A secret handed to one person (a link in a mail): 256 random bits, base64url without padding (43 characters).
 * The database only ever sees {@link #hash(String)}; with that much entropy a plain SHA-256 is as safe as a slow
 * hash and lets the lookup be an index hit.
 */
public final class RandomSecret {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private RandomSecret() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The hash of a value that has the shape of a secret; empty for anything else (no lookup needed). */
    public static Optional<byte[]> hashIfWellFormed(String secret) {
        return secret != null && SHAPE.matcher(secret).matches() ? Optional.of(hash(secret)) : Optional.empty();
    }

    public static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
