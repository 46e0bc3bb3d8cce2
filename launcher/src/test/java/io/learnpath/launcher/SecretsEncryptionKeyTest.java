package io.learnpath.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsEncryptionKeyTest {

    @TempDir
    Path home;

    @Test
    void generatesAPrivateKeyOnceAndHandsTheAuthServiceItsFileName() throws Exception {
        SecretsEncryptionKey first = SecretsEncryptionKey.prepare(home, Map.of()).orElseThrow();
        String key = Files.readString(first.file()).strip();
        SecretsEncryptionKey again = SecretsEncryptionKey.prepare(home, Map.of()).orElseThrow();

        assertThat(first.file()).isEqualTo(home.resolve("secrets-encryption-key"));
        assertThat(Base64.getDecoder().decode(key)).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.file()))).isEqualTo("rw-------");
        assertThat(Files.readString(again.file()).strip()).as("kept, or the stored secrets would not open")
                .isEqualTo(key);
        assertThat(first.environment())
                .containsExactly(Map.entry("AUTH_SECRETS_ENCRYPTION_KEY_FILE", first.file().toString()))
                .doesNotContainValue(key);
    }

    @Test
    void theDevelopersOwnKeyWins() {
        assertThat(SecretsEncryptionKey.prepare(home, Map.of("AUTH_SECRETS_ENCRYPTION_KEY", "their own"))).isEmpty();
        assertThat(SecretsEncryptionKey.prepare(home, Map.of("AUTH_SECRETS_ENCRYPTION_KEY_FILE", "/their/file")))
                .isEmpty();
        assertThat(home.resolve("secrets-encryption-key")).doesNotExist();
    }
}
