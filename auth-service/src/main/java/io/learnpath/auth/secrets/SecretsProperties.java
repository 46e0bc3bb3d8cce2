package io.learnpath.auth.secrets;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the key-encryption key comes from: inline ({@code AUTH_SECRETS_ENCRYPTION_KEY}) or from a file
 * ({@code AUTH_SECRETS_ENCRYPTION_KEY_FILE}, a mounted secret or the local launcher's
 * {@code .learnpath/secrets-encryption-key}), so that it need not sit in any process's environment. There is
 * deliberately no default: a key everyone knows would protect nothing. {@link KeyEncryptionKey} checks the value.
 *
 * @param encryptionKey     base64 (standard or URL-safe) of 32 random bytes
 * @param encryptionKeyFile a file holding that base64 text (surrounding white space is ignored)
 */
@ConfigurationProperties("learnpath.auth.secrets")
public record SecretsProperties(String encryptionKey, String encryptionKeyFile) {

    // Never let the key reach a log line through a record's generated toString.
    @Override
    public String toString() {
        return "SecretsProperties[encryptionKeyFile=" + encryptionKeyFile + "]";
    }
}
