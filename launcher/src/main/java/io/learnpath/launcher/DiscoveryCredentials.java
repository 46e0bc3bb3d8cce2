package io.learnpath.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The secret every component presents to the service registry, which refuses anyone without it. Generated once
 * into {@code <home>/discovery-password}, readable by the owner only (the Eureka dashboard asks for it: user
 * {@code learnpath}), unless the developer set {@code DISCOVERY_PASSWORD}, which the components then inherit.
 *
 * @param user the user the components sign in as ({@code DISCOVERY_USER}, else the platform's {@code learnpath})
 * @param file the file holding the password, or null when the developer's own is used
 * @param password the password the components are given
 */
public record DiscoveryCredentials(String user, Path file, String password) {

    static final String USER = "DISCOVERY_USER";
    static final String PASSWORD = "DISCOVERY_PASSWORD";
    static final String FILE_NAME = "discovery-password";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The credentials for a stack in {@code home}, creating the password file if needed. */
    public static DiscoveryCredentials prepare(Path home, Map<String, String> environment) {
        String user = environment.getOrDefault(USER, "").isBlank() ? "learnpath" : environment.get(USER);
        String own = environment.getOrDefault(PASSWORD, "");
        if (!own.isBlank()) {
            return new DiscoveryCredentials(user, null, own);
        }
        Path file = home.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            create(file);
        }
        try {
            return new DiscoveryCredentials(user, file, Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** What every component JVM gets, the registry included. */
    Map<String, String> environment() {
        return Map.of(PASSWORD, password);
    }

    /** The HTTP Basic header the registry expects, for the launcher's own checks. */
    String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "DiscoveryCredentials[user=" + user + ", file=" + file + ", password=(hidden)]";
    }

    /** 32 random bytes, URL-safe base64 (no characters that need quoting in a header or a shell). Mode 600. */
    private static void create(Path file) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        OwnerOnlyFile.createUnlessPresent(file, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }
}
