package io.learnpath.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.platform.test.RealInfrastructure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service on a random port over real PostgreSQL and Kafka, driven through plain HTTP as a client would.
 * Every subclass shares one application context (same configuration), so each test makes its own accounts with
 * unique emails instead of relying on an empty database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
public abstract class AuthServiceIntegrationTest {

    protected static final String PASSWORD = "correct horse battery staple";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JsonMapper json;

    protected static String uniqueEmail() {
        return "learner-" + UUID.randomUUID() + "@example.com";
    }

    protected Answer get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        headers.forEach(request::header);
        return send(request);
    }

    protected Answer get(String path) {
        return get(path, Map.of());
    }

    protected Answer getWithToken(String path, String accessToken) {
        return get(path, Map.of("Authorization", "Bearer " + accessToken));
    }

    protected Answer post(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    protected Answer post(String path, Map<String, ?> body) {
        return post(path, json.writeValueAsString(body));
    }

    protected Answer post(String path, Map<String, ?> body, String accessToken) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + accessToken)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    }

    protected Answer register(String email, String password, String displayName) {
        return post("/api/auth/register", Map.of("email", email, "password", password, "displayName", displayName));
    }

    /** Registers a fresh account and answers its id. */
    protected UUID registered(String email) {
        Answer answer = register(email, PASSWORD, "Ada Lovelace");
        assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
        return UUID.fromString(answer.body().get("id").asString());
    }

    protected Answer login(String email, String password) {
        return post("/api/auth/login", Map.of("email", email, "password", password));
    }

    /** Registers a fresh account, signs in and answers the token response. */
    protected JsonNode signedIn(String email) {
        registered(email);
        Answer answer = login(email, PASSWORD);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return answer.body();
    }

    protected URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().map(), response.body(), json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Answer(int status, Map<String, java.util.List<String>> headers, String raw, JsonMapper json) {

        public JsonNode body() {
            return json.readTree(raw);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .findFirst().map(entry -> String.join(", ", entry.getValue())).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + raw;
        }
    }
}
