package io.learnpath.auth.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpCodesTest {

    // RFC 6238 appendix B: the SHA-1 test key.
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    private final TotpCodes codes = new TotpCodes();

    /** The RFC's eight-digit values, of which an app shows the last six. */
    @ParameterizedTest(name = "at {0}: {1}")
    @CsvSource({
            "59, 94287082",
            "1111111109, 07081804",
            "1111111111, 14050471",
            "1234567890, 89005924",
            "2000000000, 69279037",
            "20000000000, 65353130" })
    void matchesTheTestVectorsOfRfc6238(long unixTime, String rfcValue) {
        Instant at = Instant.ofEpochSecond(unixTime);

        assertThat(codes.matchingStep(RFC_SECRET, rfcValue.substring(2), at, OptionalLong.empty()))
                .hasValue(codes.currentStep(at));
    }

    @Test
    void acceptsACodeOneStepOldButNotTwo() {
        assertThat(codes.matchingStep(RFC_SECRET, "287082", Instant.ofEpochSecond(59 + 30), OptionalLong.empty()))
                .hasValue(1);
        assertThat(codes.matchingStep(RFC_SECRET, "287082", Instant.ofEpochSecond(59 + 60), OptionalLong.empty()))
                .isEmpty();
    }

    @Test
    void refusesACodeWhoseStepWasUsed() {
        assertThat(codes.matchingStep(RFC_SECRET, "287082", Instant.ofEpochSecond(59), OptionalLong.of(1))).isEmpty();
    }

    @Test
    void aNewSecretHas160RandomBitsWrittenInBase32() {
        byte[] secret = codes.newSecret();

        assertThat(secret).hasSize(20).isNotEqualTo(codes.newSecret());
        assertThat(TotpCodes.base32(secret)).matches("[A-Z2-7]{32}");
        assertThat(TotpCodes.base32(RFC_SECRET)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    }
}
