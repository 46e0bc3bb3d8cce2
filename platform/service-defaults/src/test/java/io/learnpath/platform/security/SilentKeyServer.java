package io.learnpath.platform.security;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server for the JWKS that accepts each request and never answers it, as an auth-service that hangs
 * would: what a token check does when the keys do not come.
 */
final class SilentKeyServer implements AutoCloseable {

    private final CountDownLatch released = new CountDownLatch(1);
    private final AtomicInteger asked = new AtomicInteger();
    private final HttpServer server;

    SilentKeyServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/jwks.json", exchange -> {
            asked.incrementAndGet();
            try {
                released.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    URI jwksUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jwks.json");
    }

    /** How many key fetches arrived. */
    int asked() {
        return asked.get();
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}
