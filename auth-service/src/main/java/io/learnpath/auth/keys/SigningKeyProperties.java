package io.learnpath.auth.keys;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param rsaKeySize    modulus size of newly generated keys; below 2048 is refused
 * @param refreshAfter  how long an instance keeps using what it read from the database before reading it again:
 *                      the key it signs with (so a rotation made by another instance reaches it within this time)
 *                      and the keys it verifies with (a token with an unknown kid triggers an earlier read)
 * @param rotateAfter   how old the active key may grow before the scheduled check replaces it
 */
@ConfigurationProperties("learnpath.auth.signing-keys")
public record SigningKeyProperties(@DefaultValue("2048") int rsaKeySize, @DefaultValue("5m") Duration refreshAfter,
        @DefaultValue("30d") Duration rotateAfter) {

    public SigningKeyProperties {
        if (rsaKeySize < 2048) {
            throw new IllegalArgumentException("learnpath.auth.signing-keys.rsa-key-size must be at least 2048");
        }
        if (!refreshAfter.isPositive() || rotateAfter.compareTo(refreshAfter) <= 0) {
            // Rotating faster than instances pick up the new key would leave them signing with retired keys.
            throw new IllegalArgumentException("learnpath.auth.signing-keys.refresh-after must be positive and "
                    + "rotate-after longer than it");
        }
    }
}
