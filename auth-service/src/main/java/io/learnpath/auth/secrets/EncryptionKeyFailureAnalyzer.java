package io.learnpath.auth.secrets;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an unusable key-encryption key into Spring Boot's "APPLICATION FAILED TO START" report, saying what to
 * configure, instead of a stack trace in which the reason is the last of several causes. Registered in
 * {@code META-INF/spring.factories}.
 */
class EncryptionKeyFailureAnalyzer extends AbstractFailureAnalyzer<UnusableEncryptionKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnusableEncryptionKeyException cause) {
        return new FailureAnalysis(cause.getMessage(), "Configure the key-encryption key: "
                + "AUTH_SECRETS_ENCRYPTION_KEY, the base64 of 32 random bytes (openssl rand -base64 32), or "
                + "AUTH_SECRETS_ENCRYPTION_KEY_FILE, a file holding it (the local launcher generates "
                + ".learnpath/secrets-encryption-key). Secrets already stored open only with the key that sealed "
                + "them: for an existing database, configure that key, not a new one.", cause);
    }
}
