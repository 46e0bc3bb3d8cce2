package io.learnpath.auth.keys;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param rsaKeySize    modulus size of newly generated keys; below 2048 is refused
 * @param refreshAfter  how long the public keys read from the database are reused before they are read again;
 *                      a token with an unknown kid triggers an earlier read
 */
@ConfigurationProperties("learnpath.auth.signing-keys")
public record SigningKeyProperties(@DefaultValue("2048") int rsaKeySize, @DefaultValue("5m") Duration refreshAfter) {

    public SigningKeyProperties {
        if (rsaKeySize < 2048) {
            throw new IllegalArgumentException("learnpath.auth.signing-keys.rsa-key-size must be at least 2048");
        }
    }
}
