package io.learnpath.platform.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.net.URI;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The attacker's side of the header-injection attacks: a key pair of their own, and a real HTTP server publishing
 * its public half where a {@code jku} or {@code x5u} header points. It counts the requests it gets, so a test can
 * show that no hop ever went to fetch the key a token pointed at.
 */
final class AttackerKeyServer {

    private static final AttackerKeyServer SHARED = new AttackerKeyServer();

    private final RSAKey key;
    private final AtomicInteger requests = new AtomicInteger();
    private final URI base;

    private AttackerKeyServer() {
        try {
            this.key = new RSAKeyGenerator(2048).keyID("attacker-" + UUID.randomUUID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        this.base = serve(new JWKSet(key.toPublicJWK()).toString());
    }

    static AttackerKeyServer shared() {
        return SHARED;
    }

    /** The attacker's key pair, under the kid a forgery names (ours, so a careless hop would look it up). */
    RSAKey keyNamed(String kid) {
        return new RSAKey.Builder(key).keyID(kid).build();
    }

    URI jwksUri() {
        return base.resolve("/jwks.json");
    }

    URI certificateUri() {
        return base.resolve("/certificate.pem");
    }

    int requests() {
        return requests.get();
    }

    private URI serve(String jwks) {
        return JwksServer.serve("/", jwks, requests::incrementAndGet);
    }
}
