package io.learnpath.auth.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static final byte[] SECRET = "the TOTP seed of account 42".getBytes(StandardCharsets.UTF_8);

    private final SecretBox box = boxWith(randomKey());

    @Test
    void opensWhatItSealedForTheSameContext() {
        byte[] sealed = box.seal(SECRET, "totp-seed:42");

        assertThat(box.open(sealed, "totp-seed:42")).isEqualTo(SECRET);
    }

    @Test
    void sealsIntoAStandardJweThatHidesTheSecret() {
        byte[] sealed = box.seal(SECRET, "totp-seed:42");
        String text = new String(sealed, StandardCharsets.US_ASCII);

        assertThat(text.split("\\.", -1)).as("compact JWE: header, wrapped key, iv, ciphertext, tag").hasSize(5);
        assertThat(new String(Base64.getUrlDecoder().decode(text.split("\\.")[0]), StandardCharsets.UTF_8))
                .contains("\"alg\":\"A256KW\"", "\"enc\":\"A256GCM\"", "\"ctx\":\"totp-seed:42\"", "\"kid\"");
        assertThat(text).doesNotContain("TOTP", Base64.getUrlEncoder().withoutPadding().encodeToString(SECRET));
        assertThat(box.seal(SECRET, "totp-seed:42")).as("a fresh content key and nonce every time")
                .isNotEqualTo(sealed);
        assertThat(SecretBox.isSealed(sealed)).isTrue();
        assertThat(SecretBox.isSealed(SECRET)).isFalse();
    }

    @Test
    void aValueCopiedToAnotherContextDoesNotOpen() {
        byte[] sealed = box.seal(SECRET, "totp-seed:42");

        assertThatThrownBy(() -> box.open(sealed, "totp-seed:43"))
                .isInstanceOf(UnopenableSecretException.class)
                .hasMessageContaining("sealed for another context");
    }

    @Test
    void anAlteredValueDoesNotOpen() {
        String[] parts = new String(box.seal(SECRET, "totp-seed:42"), StandardCharsets.US_ASCII).split("\\.");
        byte[] ciphertext = Base64.getUrlDecoder().decode(parts[3]);
        ciphertext[0] ^= 1;
        parts[3] = Base64.getUrlEncoder().withoutPadding().encodeToString(ciphertext);

        assertThatThrownBy(() -> box.open(String.join(".", parts).getBytes(StandardCharsets.US_ASCII), "totp-seed:42"))
                .isInstanceOf(UnopenableSecretException.class)
                .hasMessageContaining("altered or damaged");
        assertThatThrownBy(() -> box.open(SECRET, "totp-seed:42"))
                .isInstanceOf(UnopenableSecretException.class)
                .hasMessageContaining("not a sealed secret");
    }

    @Test
    void anotherKeyEncryptionKeySaysSoRatherThanCallingTheValueDamaged() {
        byte[] sealed = boxWith(randomKey()).seal(SECRET, "totp-seed:42");

        assertThatThrownBy(() -> box.open(sealed, "totp-seed:42"))
                .isInstanceOf(UnusableEncryptionKeyException.class)
                .hasMessageContaining("sealed with another key-encryption key")
                .hasMessageContaining("configure the key it was sealed with");
    }

    static SecretBox boxWith(String key) {
        return new SecretBox(new SecretsProperties(key, null));
    }

    static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
