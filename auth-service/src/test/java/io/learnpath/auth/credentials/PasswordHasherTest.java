package io.learnpath.auth.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

class PasswordHasherTest {

    private static final PasswordHasher HASHER = new PasswordHasher(new PasswordHashingProperties(19456, 2, 1));

    @Test
    void hashesWithArgon2idAtOwaspStrength() {
        String hash = HASHER.hash("correct horse battery staple");

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        // salt (16 bytes) and hash (32 bytes), base64 without padding
        String[] parts = hash.split("\\$");
        assertThat(parts[4]).hasSize(22);
        assertThat(parts[5]).hasSize(43);
    }

    @Test
    void saltsEveryHash() {
        assertThat(HASHER.hash("correct horse battery staple")).isNotEqualTo(HASHER.hash("correct horse battery staple"));
    }

    @Test
    void verifiesOnlyTheRightPassword() {
        String hash = HASHER.hash("correct horse battery staple");

        assertThat(HASHER.matches("correct horse battery staple", hash)).isTrue();
        assertThat(HASHER.matches("correct horse battery stapler", hash)).isFalse();
        assertThat(HASHER.matches("correct horse battery staple", "not a hash")).isFalse();
    }

    @Test
    void aPasswordThatIsNotUnicodeMatchesNothingAndDoesNotFail() {
        String hash = HASHER.hash("long enough password");

        assertThat(HASHER.matches("long enough \uD800 password", hash)).isFalse();
        HASHER.verifyAgainstDecoy("long enough \uD800 password");
    }

    @Test
    void treatsComposedAndDecomposedAccentsAsOnePassword() {
        String composed = "p\u00E4ssword with umlaut";
        String decomposed = "pa\u0308ssword with umlaut";

        assertThat(HASHER.matches(decomposed, HASHER.hash(composed))).isTrue();
    }

    @Test
    void asksForARehashWhenTheParametersChanged() {
        String weak = new Argon2PasswordEncoder(16, 32, 1, 4096, 1).encode("correct horse battery staple");

        assertThat(HASHER.needsRehash(weak)).isTrue();
        assertThat(HASHER.needsRehash(HASHER.hash("correct horse battery staple"))).isFalse();
    }
}
