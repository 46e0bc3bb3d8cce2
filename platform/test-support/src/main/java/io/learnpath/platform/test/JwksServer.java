package io.learnpath.platform.test;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A JWKS served over real HTTP on a free loopback port, as keys are fetched in production: the test key set
 * ({@link TestTokens}) and the attacker's ({@link AttackerKeyServer}). The JDK's own server is enough for one
 * static document.
 */
final class JwksServer {

    private JwksServer() {
    }

    /**
     * @param onRequest told of each request, before it is answered
     * @return the document's address
     */
    static URI serve(String path, String jwks, Runnable onRequest) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
            server.createContext(path, exchange -> {
                onRequest.run();
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.setExecutor(null);
            server.start();
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not serve a JWKS", e);
        }
    }
}
