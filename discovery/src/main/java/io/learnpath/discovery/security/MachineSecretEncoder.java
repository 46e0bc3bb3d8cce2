package io.learnpath.discovery.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Compares the components' shared secret in constant time. Written by hand because Spring Security offers either
 * slow hashes (right for people's passwords, but each of the components' registry calls, a fetch every few
 * seconds and a heartbeat, would pay for an Argon2 or BCrypt run) or {@code NoOpPasswordEncoder}, deprecated and
 * comparing with {@code String.equals}, which returns early. The secret is random and long (the launcher makes 32
 * bytes of it; a deployment's comes from its secret store), so a slow hash would protect nothing a leak of the
 * registry's memory does not already give away.
 */
final class MachineSecretEncoder implements PasswordEncoder {

    /** Prefixes the stored secret, so it can never be mistaken for (or compared as) an encoded password. */
    static final String PREFIX = "{machine}";

    @Override
    public String encode(CharSequence rawPassword) {
        return PREFIX + rawPassword;
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || !encodedPassword.startsWith(PREFIX)) {
            return false;
        }
        return MessageDigest.isEqual(rawPassword.toString().getBytes(StandardCharsets.UTF_8),
                encodedPassword.substring(PREFIX.length()).getBytes(StandardCharsets.UTF_8));
    }
}
