package io.learnpath.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The auth-service's key-encryption key for the local stack, which seals its stored secrets (the signing keys'
 * private parts) and which it refuses to start without. Generated once into {@code <home>/secrets-encryption-key},
 * readable by the owner only, and kept with the data it protects: deleting {@code .learnpath/} deletes both. Only
 * the auth-service is given it, and only the file's name, so the key is in no process's environment. A developer's
 * own {@code AUTH_SECRETS_ENCRYPTION_KEY} or {@code AUTH_SECRETS_ENCRYPTION_KEY_FILE} wins.
 *
 * @param file the generated file
 */
public record SecretsEncryptionKey(Path file) {

    static final String KEY = "AUTH_SECRETS_ENCRYPTION_KEY";
    static final String KEY_FILE = "AUTH_SECRETS_ENCRYPTION_KEY_FILE";
    static final String FILE_NAME = "secrets-encryption-key";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The key for a stack in {@code home}, creating it if needed; empty when the developer configured their own. */
    public static Optional<SecretsEncryptionKey> prepare(Path home, Map<String, String> environment) {
        if (!environment.getOrDefault(KEY, "").isEmpty() || !environment.getOrDefault(KEY_FILE, "").isEmpty()) {
            return Optional.empty();
        }
        Path file = home.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            create(file);
        }
        return Optional.of(new SecretsEncryptionKey(file));
    }

    /** What the auth-service JVM gets (the others get nothing of this). */
    Map<String, String> environment() {
        return Map.of(KEY_FILE, file.toAbsolutePath().toString());
    }

    /**
     * 32 random bytes in base64, as {@code openssl rand -base64 32} writes them. The file is created with mode 600,
     * so it is never readable by others, not even for a moment.
     */
    private static void create(Path file) {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        OwnerOnlyFile.createUnlessPresent(file, Base64.getEncoder().encodeToString(key));
    }
}
