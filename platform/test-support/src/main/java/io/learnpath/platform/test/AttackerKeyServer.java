package io.learnpath.platform.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
            server.createContext("/", exchange -> {
                requests.incrementAndGet();
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.setExecutor(null);
            server.start();
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not serve the attacker's keys", e);
        }
    }
}
