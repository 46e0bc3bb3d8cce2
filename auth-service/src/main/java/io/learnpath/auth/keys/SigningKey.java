package io.learnpath.auth.keys;

import com.nimbusds.jose.jwk.RSAKey;

/** The RSA key pair that signs new tokens, private part included. */
public record SigningKey(String kid, RSAKey jwk) {

    // RSAKey's own toString prints the private exponent; a key must never end up in a log line.
    @Override
    public String toString() {
        return "SigningKey[kid=" + kid + "]";
    }
}
