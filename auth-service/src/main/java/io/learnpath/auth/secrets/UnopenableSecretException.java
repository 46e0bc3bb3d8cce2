package io.learnpath.auth.secrets;

/**
 * A stored value that does not open although the key is the right one: it is not sealed at all, it was altered or
 * damaged (the authentication tag does not match), or it was sealed for another context (copied from another row).
 */
public class UnopenableSecretException extends IllegalStateException {

    public UnopenableSecretException(String message) {
        super(message);
    }

    public UnopenableSecretException(String message, Throwable cause) {
        super(message, cause);
    }
}
