package io.learnpath.auth.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RefreshTokenValueTest {

    @Test
    void carries256RandomBitsInUrlSafeText() {
        String token = RefreshTokenValue.generate();

        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
    }

    @Test
    void neverRepeats() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(RefreshTokenValue.generate());
        }
        assertThat(tokens).hasSize(1000);
    }

    @Test
    void hashesToThirtyTwoStableBytes() {
        String token = RefreshTokenValue.generate();

        assertThat(RefreshTokenValue.hash(token)).hasSize(32).isEqualTo(RefreshTokenValue.hash(token));
        assertThat(RefreshTokenValue.hash(token)).isNotEqualTo(RefreshTokenValue.hash(token + "x"));
    }
}
