package io.learnpath.progress;

import static org.awaitility.Awaitility.await;

import io.learnpath.content.events.ContentEvents;
import io.learnpath.content.events.RoadmapPublished;
import io.learnpath.platform.test.EventTopics;
import io.learnpath.platform.test.RealInfrastructure;
import io.learnpath.platform.test.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every integration test shares: the whole service on a random port against real PostgreSQL and Kafka,
 * a producer standing in for the content-service, and an HTTP client. All subclasses keep exactly this
 * configuration so Spring's context cache runs one application (one consumer group) for all of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
public abstract class ProgressIntegrationTest {

    protected static final Duration PATIENCE = Duration.ofSeconds(30);
    protected static final TestTokens TOKENS = TestTokens.shared();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JsonMapper json;

    // ---- the content-service's side

    protected static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected static RoadmapPublished roadmap(UUID roadmapId, String slug, String title, int version,
            RoadmapPublished.Topic... topics) {
        return new RoadmapPublished(UUID.randomUUID(), Instant.now(), roadmapId, slug, title, version,
                List.of(topics));
    }

    protected static RoadmapPublished.Topic topic(UUID id, String slug, String level, int order) {
        return new RoadmapPublished.Topic(id, slug, "Title of " + slug, level, order);
    }

    /** Publishes the event as the content-service's outbox would, plus a field this service does not know. */
    protected void publish(RoadmapPublished event) {
        ObjectNode body = json.valueToTree(event);
        body.put("someFieldAddedLater", "consumers must ignore it");
        EventTopics.publish(ContentEvents.TOPIC, event, "content-service", json.writeValueAsBytes(body));
    }

    protected void send(String key, Map<String, String> headers, byte[] value) {
        EventTopics.publish(ContentEvents.TOPIC, key, headers, value);
    }

    /** Publishes and waits until the summary endpoint knows the roadmap. */
    protected void publishAndAwait(RoadmapPublished event) {
        publish(event);
        UUID anyone = UUID.randomUUID();
        await().atMost(PATIENCE).until(() -> {
            Response summary = get(TOKENS.learner(anyone), "/api/progress/roadmaps/" + event.slug());
            return summary.status() == 200 && summary.body().path("total").asInt() == event.topics().size()
                    && summary.body().path("roadmapTitle").asString().equals(event.title());
        });
    }

    // ---- HTTP

    protected record Response(int status, HttpResponse<String> raw, JsonNode body) {

        public String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    protected Response get(String token, String path, String... headers) {
        HttpRequest.Builder request = request(token, path).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    protected Response put(String token, String path, String body) {
        HttpRequest.Builder request = request(token, path).header("Content-Type", "application/json")
                .PUT(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return send(request.build());
    }

    protected Response setStatus(UUID learner, String roadmapSlug, String topicSlug, String status) {
        return put(TOKENS.learner(learner), "/api/progress/roadmaps/" + roadmapSlug + "/topics/" + topicSlug,
                "{\"status\":\"" + status + "\"}");
    }

    protected Response summary(UUID learner, String roadmapSlug) {
        return get(TOKENS.learner(learner), "/api/progress/roadmaps/" + roadmapSlug);
    }

    private HttpRequest.Builder request(String token, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode body = text == null || text.isBlank() ? MissingNode.getInstance() : json.readTree(text);
            return new Response(response.statusCode(), response, body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
