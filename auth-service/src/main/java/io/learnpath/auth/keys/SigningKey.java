package io.learnpath.auth.keys;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Instant;

/** One of the service's RSA key pairs. {@code ACTIVE} signs; every key in the store verifies. */
public record SigningKey(String kid, RSAKey jwk, Instant createdAt, Status status) {

    public enum Status {
        ACTIVE, RETIRED
    }

    public RSAKey publicJwk() {
        return jwk.toPublicJWK();
    }

    // RSAKey's own toString prints the private exponent; a key must never end up in a log line.
    @Override
    public String toString() {
        return "SigningKey[kid=" + kid + ", status=" + status + ", createdAt=" + createdAt + "]";
    }
}
