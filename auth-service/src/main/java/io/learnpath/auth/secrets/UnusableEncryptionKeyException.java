package io.learnpath.auth.secrets;

/**
 * The configured key-encryption key cannot be used: it is missing or malformed, or it is not the key the stored
 * secrets were sealed with. Either way the service must not start, and the operator's one move is to configure the
 * right key, which {@link EncryptionKeyFailureAnalyzer} says in place of a stack trace. Messages never contain key
 * material.
 */
public class UnusableEncryptionKeyException extends IllegalStateException {

    public UnusableEncryptionKeyException(String message) {
        super(message);
    }

    public UnusableEncryptionKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
