package io.learnpath.auth.credentials;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Argon2id cost parameters. The defaults are OWASP's minimum recommendation (19 MiB, 2 passes, 1 lane). Raising
 * them later is safe: stored hashes with other parameters are re-hashed on the next successful sign-in.
 */
@ConfigurationProperties("learnpath.auth.password-hashing")
public record PasswordHashingProperties(@DefaultValue("19456") int memoryKib, @DefaultValue("2") int iterations,
        @DefaultValue("1") int parallelism) {
}
