package io.learnpath.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The local stack's first EDITOR+ADMIN account, which the auth-service creates at start-up if it does not exist
 * ({@code AdminBootstrap}). Its password is generated once into {@code <home>/admin-password}, readable by the owner
 * only, and the auth-service is given the file's name, never the password, so the password is in no process's
 * environment. A developer's own {@code LEARNPATH_AUTH_BOOTSTRAPADMIN_*} variables win: an email of their own, a
 * password of their own, or an empty email for no admin at all.
 *
 * @param passwordFile the generated file, or null when the developer configured the password themselves
 */
public record AdminAccount(String email, Path passwordFile) {

    public static final String DEFAULT_EMAIL = "admin@learnpath.local";
    static final String EMAIL = "LEARNPATH_AUTH_BOOTSTRAPADMIN_EMAIL";
    static final String PASSWORD = "LEARNPATH_AUTH_BOOTSTRAPADMIN_PASSWORD";
    static final String PASSWORD_FILE = "LEARNPATH_AUTH_BOOTSTRAPADMIN_PASSWORDFILE";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The account for a stack in {@code home}, creating its password file if needed; empty when switched off. */
    public static Optional<AdminAccount> prepare(Path home, Map<String, String> environment) {
        String email = environment.getOrDefault(EMAIL, DEFAULT_EMAIL);
        if (email.isBlank()) {
            return Optional.empty();
        }
        if (!environment.getOrDefault(PASSWORD, "").isEmpty()
                || !environment.getOrDefault(PASSWORD_FILE, "").isEmpty()) {
            return Optional.of(new AdminAccount(email, null));
        }
        Path file = home.resolve("admin-password");
        if (!Files.exists(file)) {
            create(file);
        }
        return Optional.of(new AdminAccount(email, file));
    }

    /** What the auth-service JVM gets (the others get nothing of this). */
    Map<String, String> environment() {
        return passwordFile == null ? Map.of(EMAIL, email)
                : Map.of(EMAIL, email, PASSWORD_FILE, passwordFile.toAbsolutePath().toString());
    }

    /** The generated password, for tests that sign in as the admin. */
    public String password() {
        try {
            return Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + passwordFile, e);
        }
    }

    /**
     * 24 random bytes as 32 base64url characters (the password policy wants 12 to 128): nothing to escape in a
     * shell or JSON. The file is created with mode 600, so it is never readable by others, not even for a moment.
     */
    private static void create(Path file) {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        OwnerOnlyFile.createUnlessPresent(file, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }
}
