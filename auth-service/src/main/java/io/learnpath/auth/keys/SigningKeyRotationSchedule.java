package io.learnpath.auth.keys;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rotates the signing key once it is {@code rotate-after} old, and deletes retired keys once every token they
 * signed has expired. Every instance runs it; the store makes concurrent runs agree on one new key, and the delete
 * is idempotent. The check is cheap and the key ages in days, so an hourly check is plenty; it also runs at start,
 * catching up on a rotation that fell due while the service was down.
 */
@Component
class SigningKeyRotationSchedule {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyRotationSchedule.class);

    private final SigningKeyStore keys;

    SigningKeyRotationSchedule(SigningKeyStore keys) {
        this.keys = keys;
    }

    @Scheduled(fixedDelayString = "${learnpath.auth.signing-keys.rotation-check-interval:1h}")
    void rotateWhenDue() {
        keys.rotateIfDue();
        int dropped = keys.dropExpiredKeys();
        if (dropped > 0) {
            log.info("Deleted {} retired signing key(s) whose tokens have all expired", dropped);
        }
    }
}
