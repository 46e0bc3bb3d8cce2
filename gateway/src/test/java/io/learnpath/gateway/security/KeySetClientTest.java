package io.learnpath.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.learnpath.platform.security.AccessTokenDecoders;
import io.learnpath.platform.security.JwtProperties;
import io.learnpath.platform.test.TestTokens;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * The gateway's token decoder against a real HTTP key server (the JDK's), as it fetches the keys on its first
 * requests: once for a whole burst, and never waiting longer than its limit.
 */
class KeySetClientTest {

    private static final TestTokens TOKENS = TestTokens.shared();

    private final CountDownLatch answer = new CountDownLatch(1);
    private final AtomicInteger fetches = new AtomicInteger();
    private HttpServer keyServer;

    @AfterEach
    void stopKeyServer() {
        answer.countDown();
        if (keyServer != null) {
            keyServer.stop(0);
        }
    }

    @Test
    void aBurstOfFirstRequestsFetchesTheKeysOnce() throws Exception {
        String jwks = jwksText();
        // The key server holds its answer until the whole burst is under way, so every request needs the keys
        // while the first fetch is still running.
        URI uri = startKeyServer(exchange -> {
            fetches.incrementAndGet();
            await(answer);
            reply(exchange, jwks);
        });
        ReactiveJwtDecoder decoder = decoder(uri, Duration.ofSeconds(10));

        List<String> tokens = IntStream.range(0, 50).mapToObj(i -> TOKENS.learner(UUID.randomUUID())).toList();
        List<CompletableFuture<Jwt>> decoded = tokens.stream().map(token -> decoder.decode(token).toFuture()).toList();
        answer.countDown();

        CompletableFuture.allOf(decoded.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        assertThat(decoded).allSatisfy(jwt -> assertThat(jwt.resultNow().getSubject()).isNotBlank());
        assertThat(fetches).hasValue(1);
    }

    @Test
    void aKeyServerThatNeverAnswersFailsTheCheckWithinTheLimitAndNotAsABadToken() throws Exception {
        URI uri = startKeyServer(exchange -> {
            fetches.incrementAndGet();
            await(answer);
        });
        ReactiveJwtDecoder decoder = decoder(uri, Duration.ofMillis(500));

        // block's own limit is only a guard: without the key client's limit this would wait for ever.
        assertThatThrownBy(() -> decoder.decode(TOKENS.learner(UUID.randomUUID())).block(Duration.ofSeconds(20)))
                .isInstanceOf(JwtException.class)
                .isNotInstanceOf(BadJwtException.class);
        // It failed waiting for the answer, not before asking.
        assertThat(fetches).hasValue(1);
    }

    @Test
    void afterAFailedFetchTheNextRequestFetchesAgain() throws Exception {
        String jwks = jwksText();
        URI uri = startKeyServer(exchange -> {
            if (fetches.incrementAndGet() == 1) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
            } else {
                reply(exchange, jwks);
            }
        });
        ReactiveJwtDecoder decoder = decoder(uri, Duration.ofSeconds(10));

        assertThatThrownBy(() -> decoder.decode(TOKENS.learner(UUID.randomUUID())).block(Duration.ofSeconds(20)))
                .isInstanceOf(JwtException.class);
        Jwt jwt = decoder.decode(TOKENS.learner(UUID.randomUUID())).block(Duration.ofSeconds(20));

        assertThat(jwt).isNotNull();
        assertThat(fetches).hasValue(2);
    }

    private static ReactiveJwtDecoder decoder(URI jwksUri, Duration timeout) {
        JwtProperties properties = new JwtProperties(jwksUri, TestTokens.ISSUER, TestTokens.AUDIENCE,
                Duration.ofSeconds(30), List.of(), List.of(), Duration.ZERO, timeout);
        return AccessTokenDecoders.reactiveFromJwkSetUri(properties, KeySetClient.create(timeout));
    }

    private URI startKeyServer(HttpHandler handler) throws IOException {
        keyServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        keyServer.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        keyServer.createContext("/jwks.json", handler);
        keyServer.start();
        return URI.create("http://127.0.0.1:" + keyServer.getAddress().getPort() + "/jwks.json");
    }

    private static void reply(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The shared test key set's document, served here by a server whose answers the test controls. */
    private static String jwksText() throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(TOKENS.jwksUri()).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
    }
}
