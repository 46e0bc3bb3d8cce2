package io.learnpath.auth.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * An opaque refresh token: 256 random bits, base64url without padding (43 characters). The database only ever
 * sees {@link #hash(String)}; with that much entropy a plain SHA-256 is as safe as a slow hash and lets the lookup
 * be an index hit.
 */
final class RefreshTokenValue {

    static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RefreshTokenValue() {
    }

    static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
