package io.learnpath.platform.test.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP against a small server in this JVM that echoes what it received. */
class TestHttpTest {

    private static HttpServer server;
    private static TestHttp http;

    @BeforeAll
    static void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(0), 0);
        server.createContext("/echo", TestHttpTest::echo);
        server.createContext("/empty", exchange -> answer(exchange, 204, null, null));
        server.createContext("/page", exchange -> answer(exchange, 200, "text/html", "<html>swagger-ui</html>"));
        server.createContext("/big", exchange -> answer(exchange, 200, "text/plain", "x".repeat(10_000)));
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/page");
            answer(exchange, 302, null, null);
        });
        server.createContext("/stream", exchange -> answer(exchange, 200, "text/event-stream",
                "event: notification\ndata: one\n\ndata: two\n\n"));
        server.start();
        http = TestHttp.at(server.getAddress().getPort());
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    @Test
    void answersStatusHeadersAndBodyAsTheServerSentThem() {
        TestResponse response = http.get("/echo?page=1");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("method").asString()).isEqualTo("GET");
        assertThat(response.json().path("query").asString()).isEqualTo("page=1");
        assertThat(response.body()).startsWith("{").contains("\"method\":\"GET\"");
        assertThat(response.contentType()).isEqualTo("application/json");
        assertThat(response.header("etag")).isEqualTo("\"v1\"");
        assertThat(response.header("ETag")).isEqualTo("\"v1\"");
        assertThat(response.header("Vary")).isEqualTo("Accept, Origin");
        assertThat(response.headers().allValues("vary")).containsExactly("Accept", "Origin");
        assertThat(response.header("X-Nothing")).isNull();
        assertThat(response.uri()).isEqualTo(http.uri("/echo?page=1"));
    }

    @Test
    void sendsATokenAsABearerAndNoneForANullToken() {
        assertThat(http.get("/echo", "the-token").json().path("headers").path("authorization").asString())
                .isEqualTo("Bearer the-token");
        assertThat(http.get("/echo", null).json().path("headers").has("authorization")).isFalse();
        assertThat(http.request("/echo").token("t").token(null).get().json().path("headers").has("authorization"))
                .isFalse();
    }

    @Test
    void sendsAStringBodyExactlyAsGivenEvenWhenItIsNotJson() {
        JsonNode echo = http.request("/echo").json("{\"status\":").post().json();

        assertThat(echo.path("body").asString()).isEqualTo("{\"status\":");
        assertThat(echo.path("headers").path("content-type").asString()).isEqualTo("application/json");
    }

    @Test
    void writesAnyOtherBodyWithTheJsonMapper() {
        JsonNode echo = http.request("/echo").json(Map.of("status", "DONE")).put().json();

        assertThat(echo.path("method").asString()).isEqualTo("PUT");
        assertThat(echo.path("body").asString()).isEqualTo("{\"status\":\"DONE\"}");
        assertThat(echo.path("headers").path("content-type").asString()).isEqualTo("application/json");
    }

    @Test
    void writesBodiesWithTheMapperItWasGiven() {
        TestHttp snakeCase = http.withJsonMapper(
                JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build());

        JsonNode echo = snakeCase.request("/echo").json(new StatusChange("DONE", 2)).post().json();

        assertThat(echo.path("body").asString()).isEqualTo("{\"topic_status\":\"DONE\",\"attempt_count\":2}");
    }

    @Test
    void keepsAContentTypeTheRequestSetsItself() {
        JsonNode echo = http.request("/echo").header("Content-Type", "text/plain").json("plain words").post().json();

        assertThat(echo.path("headers").path("content-type").asString()).isEqualTo("text/plain");
        assertThat(echo.path("body").asString()).isEqualTo("plain words");
    }

    @Test
    void sendsEveryMethod() {
        assertThat(http.request("/echo").get().json().path("method").asString()).isEqualTo("GET");
        assertThat(http.request("/echo").post().json().path("method").asString()).isEqualTo("POST");
        assertThat(http.request("/echo").put().json().path("method").asString()).isEqualTo("PUT");
        assertThat(http.request("/echo").patch().json().path("method").asString()).isEqualTo("PATCH");
        assertThat(http.request("/echo").delete().json().path("method").asString()).isEqualTo("DELETE");
        assertThat(http.request("/echo").send("OPTIONS").json().path("method").asString()).isEqualTo("OPTIONS");
    }

    @Test
    void sendsNoBodyUnlessGivenOne() {
        JsonNode echo = http.request("/echo").post().json();

        assertThat(echo.path("body").asString()).isEmpty();
        assertThat(echo.path("headers").has("content-type")).isFalse();
    }

    @Test
    void anEmptyBodyReadsAsMissingJson() {
        TestResponse response = http.get("/empty");

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertThat(response.json().isMissingNode()).isTrue();
        assertThat(response.json().path("anything").isMissingNode()).isTrue();
        assertThat(response.contentType()).isEmpty();
    }

    @Test
    void describesItselfWithStatusAndBodyForAssertionMessages() {
        assertThat(http.get("/echo").toString()).startsWith("200 from GET " + http.uri("/echo"))
                .contains("\"method\":\"GET\"");
        assertThat(http.get("/empty").toString()).isEqualTo("204 from GET " + http.uri("/empty") + " (no body)");
        assertThat(http.get("/big").toString()).hasSizeLessThan(4200).endsWith("... (6000 more characters)");
    }

    @Test
    void aBodyThatIsNotJsonFailsOnlyWhenReadAsJson() {
        TestResponse page = http.get("/page");

        assertThat(page.body()).contains("swagger-ui");
        assertThatThrownBy(page::json).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Not JSON").hasMessageContaining("<html>swagger-ui</html>");
    }

    @Test
    void answersARedirectAsItIsUnlessAskedToFollowIt() {
        TestResponse moved = http.get("/moved");
        assertThat(moved.status()).isEqualTo(302);
        assertThat(moved.header("Location")).isEqualTo("/page");

        TestResponse followed = http.followingRedirects().get("/moved");
        assertThat(followed.status()).isEqualTo(200);
        assertThat(followed.body()).contains("swagger-ui");
        assertThat(followed.uri()).isEqualTo(http.uri("/page"));
    }

    @Test
    void sendsDefaultHeadersThatARequestMayReplaceOrRemove() {
        TestHttp acceptingJson = http.withHeader("Accept", "application/json").withHeader("X-Trace", "1");

        JsonNode defaults = acceptingJson.get("/echo").json().path("headers");
        assertThat(defaults.path("accept").asString()).isEqualTo("application/json");
        assertThat(defaults.path("x-trace").asString()).isEqualTo("1");

        JsonNode replaced = acceptingJson.request("/echo").header("accept", "text/plain").header("X-Trace", null)
                .get().json().path("headers");
        assertThat(replaced.path("accept").asString()).isEqualTo("text/plain");
        assertThat(replaced.has("x-trace")).isFalse();

        assertThat(http.get("/echo").json().path("headers").has("x-trace")).as("the original is unchanged").isFalse();
    }

    @Test
    void letsAStreamingCallerReadTheResponseItsOwnWay() throws Exception {
        HttpResponse<Stream<String>> response = http.client().send(
                http.request("/stream").token("t").header("Accept", "text/event-stream").toHttpRequest("GET"),
                HttpResponse.BodyHandlers.ofLines());

        try (Stream<String> lines = response.body()) {
            assertThat(lines.toList()).containsSubsequence("event: notification", "data: one", "", "data: two");
        }
        assertThat(response.request().headers().firstValue("Authorization")).hasValue("Bearer t");
    }

    @Test
    void resolvesPathsAgainstTheBaseAndKeepsAbsoluteAddresses() {
        TestHttp base = TestHttp.at(URI.create("http://127.0.0.1:8080/"));

        assertThat(base.uri("/api/x?y=1")).isEqualTo(URI.create("http://127.0.0.1:8080/api/x?y=1"));
        assertThat(base.uri("api/x")).isEqualTo(URI.create("http://127.0.0.1:8080/api/x"));
        assertThat(base.uri("http://elsewhere:9090/z")).isEqualTo(URI.create("http://elsewhere:9090/z"));
        assertThat(TestHttp.at(8081).uri("/a")).isEqualTo(URI.create("http://localhost:8081/a"));
    }

    record StatusChange(String topicStatus, int attemptCount) {
    }

    // ---- the server

    private static void echo(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.getFirst()));
        Map<String, Object> received = new LinkedHashMap<>();
        received.put("method", exchange.getRequestMethod());
        received.put("query", exchange.getRequestURI().getRawQuery());
        received.put("headers", headers);
        received.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        exchange.getResponseHeaders().add("ETag", "\"v1\"");
        exchange.getResponseHeaders().put("Vary", List.of("Accept", "Origin"));
        answer(exchange, 200, "application/json", JsonMapper.shared().writeValueAsString(received));
    }

    private static void answer(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            exchange.getResponseHeaders().add("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
