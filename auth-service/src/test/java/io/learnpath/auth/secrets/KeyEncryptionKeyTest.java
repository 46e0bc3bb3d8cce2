package io.learnpath.auth.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyEncryptionKeyTest {

    @TempDir
    Path directory;

    @Test
    void refusesToGoWithoutAKeyAndSaysWhatToSet() {
        for (SecretsProperties none : new SecretsProperties[] { new SecretsProperties(null, null),
                new SecretsProperties("", " ") }) {
            assertThatThrownBy(() -> KeyEncryptionKey.from(none))
                    .isInstanceOf(UnusableEncryptionKeyException.class)
                    .hasMessageContaining("No key-encryption key is configured")
                    .hasMessageContaining("AUTH_SECRETS_ENCRYPTION_KEY")
                    .hasMessageContaining("openssl rand -base64 32");
        }
    }

    @Test
    void refusesAKeyOfTheWrongLengthOrNotInBase64WithoutRepeatingIt() {
        String short31 = Base64.getEncoder().encodeToString(new byte[31]);
        String long33 = Base64.getEncoder().encodeToString(new byte[33]);

        assertThatThrownBy(() -> KeyEncryptionKey.from(new SecretsProperties(short31, null)))
                .isInstanceOf(UnusableEncryptionKeyException.class)
                .hasMessageContaining("is 31 bytes long; it must be exactly 32")
                .hasMessageNotContaining(short31);
        assertThatThrownBy(() -> KeyEncryptionKey.from(new SecretsProperties(long33, null)))
                .hasMessageContaining("is 33 bytes long");
        assertThatThrownBy(() -> KeyEncryptionKey.from(new SecretsProperties("correct horse battery staple!", null)))
                .isInstanceOf(UnusableEncryptionKeyException.class)
                .hasMessageContaining("is not base64")
                .hasMessageNotContaining("horse");
    }

    @Test
    void refusesTwoKeys() {
        assertThatThrownBy(() -> KeyEncryptionKey.from(new SecretsProperties(SecretBoxTest.randomKey(), "/some/file")))
                .isInstanceOf(UnusableEncryptionKeyException.class)
                .hasMessageContaining("set only one");
    }

    @Test
    void readsTheKeyFromAFileAsOpensslWritesIt() throws Exception {
        String key = SecretBoxTest.randomKey();
        Path file = Files.writeString(directory.resolve("secrets-encryption-key"), key + "\n");

        KeyEncryptionKey fromFile = KeyEncryptionKey.from(new SecretsProperties(null, file.toString()));
        KeyEncryptionKey inline = KeyEncryptionKey.from(new SecretsProperties(key, null));
        KeyEncryptionKey urlSafe = KeyEncryptionKey.from(new SecretsProperties(
                key.replace('+', '-').replace('/', '_').replace("=", ""), null));

        assertThat(fromFile.key().getEncoded()).hasSize(32).isEqualTo(Base64.getDecoder().decode(key));
        assertThat(fromFile.id()).isEqualTo(inline.id()).isEqualTo(urlSafe.id());
        assertThat(fromFile.toString()).doesNotContain(key);
        assertThatThrownBy(() -> KeyEncryptionKey.from(new SecretsProperties(null,
                directory.resolve("missing").toString())))
                .isInstanceOf(UnusableEncryptionKeyException.class)
                .hasMessageContaining("Cannot read learnpath.auth.secrets.encryption-key-file");
    }

    @Test
    void differentKeysHaveDifferentIds() {
        assertThat(KeyEncryptionKey.from(new SecretsProperties(SecretBoxTest.randomKey(), null)).id())
                .isNotEqualTo(KeyEncryptionKey.from(new SecretsProperties(SecretBoxTest.randomKey(), null)).id());
    }
}
