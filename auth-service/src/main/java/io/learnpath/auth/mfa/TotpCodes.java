package io.learnpath.auth.mfa;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import io.learnpath.auth.mfa.policy.TotpTimeSteps;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.springframework.stereotype.Component;

/**
 * TOTP codes (RFC 6238) with the parameters every authenticator app supports: HMAC-SHA1, six digits, 30-second
 * steps ({@link TotpTimeSteps#STANDARD}). The codes themselves come from java-otp, on the JDK's HMAC.
 */
@Component
class TotpCodes {

    static final int DIGITS = 6;
    static final TotpTimeSteps STEPS = TotpTimeSteps.STANDARD;
    // RFC 4226 section 4 asks for at least 128 bits and recommends 160, the size of an HMAC-SHA1 output.
    private static final int SECRET_BYTES = 20;

    private final SecureRandom random = new SecureRandom();
    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEPS.period(),
            DIGITS, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);

    byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return secret;
    }

    /** The secret as people and apps type it: RFC 4648 Base32, without padding (20 bytes need none). */
    static String base32(byte[] secret) {
        return new Base32().encodeToString(secret).replace("=", "");
    }

    /** The step of the first acceptable code equal to {@code code}; empty if none is. */
    OptionalLong matchingStep(byte[] secret, String code, Instant now, OptionalLong lastUsedStep) {
        byte[] typed = code.getBytes(StandardCharsets.US_ASCII);
        for (long step : STEPS.acceptableAt(now, lastUsedStep)) {
            // Constant-time, so the time taken tells nothing about how many digits were right.
            if (MessageDigest.isEqual(typed, codeFor(secret, step).getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    long currentStep(Instant now) {
        return STEPS.stepAt(now);
    }

    private String codeFor(byte[] secret, long step) {
        try {
            return generator.generateOneTimePasswordString(new SecretKeySpec(secret, generator.getAlgorithm()),
                    STEPS.startOf(step), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("An HMAC key of " + secret.length + " bytes is always valid", e);
        }
    }
}
