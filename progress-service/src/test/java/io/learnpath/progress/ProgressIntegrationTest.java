package io.learnpath.progress;

import static org.awaitility.Awaitility.await;

import io.learnpath.content.events.ContentEvents;
import io.learnpath.content.events.RoadmapPublished;
import io.learnpath.platform.events.EventEnvelope;
import io.learnpath.platform.messaging.EventsProperties;
import io.learnpath.platform.test.RealInfrastructure;
import io.learnpath.platform.test.TestInfrastructure;
import io.learnpath.platform.test.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
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
@Import(ProgressIntegrationTest.ContentTopics.class)
public abstract class ProgressIntegrationTest {

    protected static final Duration PATIENCE = Duration.ofSeconds(30);
    protected static final TestTokens TOKENS = TestTokens.shared();

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static KafkaProducer<String, byte[]> producer;

    @LocalServerPort
    protected int port;

    @Autowired
    protected JsonMapper json;

    /** The content-service creates these in production; here the test stands in for it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class ContentTopics {

        @Bean
        KafkaAdmin.NewTopics contentTopics() {
            return new KafkaAdmin.NewTopics(TopicBuilder.name(ContentEvents.TOPIC).partitions(3).build(),
                    TopicBuilder.name(EventsProperties.deadLetterTopic(ContentEvents.TOPIC)).partitions(3).build());
        }
    }

    @AfterAll
    static void closeProducer() {
        if (producer != null) {
            producer.close();
            producer = null;
        }
    }

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
        send(event.subject(), EventEnvelope.headersFor(event, "content-service"), json.writeValueAsBytes(body));
    }

    protected void send(String key, Map<String, String> headers, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(ContentEvents.TOPIC, key, value);
        headers.forEach((name, headerValue) -> record.headers().add(name,
                headerValue.getBytes(StandardCharsets.UTF_8)));
        try {
            producer().send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not produce to " + ContentEvents.TOPIC, e);
        }
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

    private static synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Properties properties = new Properties();
            properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    TestInfrastructure.shared().kafkaBootstrapServers());
            properties.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    // ---- reading topics as another service would

    /**
     * Reads {@code topic} from the beginning with a fresh group until {@code done} holds for the records seen so far
     * that are {@code wanted}, and returns them in the order they were read.
     */
    protected static List<ConsumerRecord<String, byte[]>> readUntil(String topic,
            Predicate<ConsumerRecord<String, byte[]>> wanted, Predicate<List<ConsumerRecord<String, byte[]>>> done) {
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            await().atMost(PATIENCE).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (wanted.test(record)) {
                        seen.add(record);
                    }
                });
                return done.test(seen);
            });
        }
        return seen;
    }

    /**
     * Everything {@code topic} holds now that is {@code wanted}: reads every partition up to the end offsets taken
     * at the start, so "nothing else was published" can be asserted without waiting for a time-out.
     */
    protected static List<ConsumerRecord<String, byte[]>> readAll(String topic,
            Predicate<ConsumerRecord<String, byte[]>> wanted) {
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            await().atMost(PATIENCE).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (wanted.test(record)) {
                        seen.add(record);
                    }
                });
                return partitions.stream().allMatch(partition -> consumer.position(partition) >= ends.get(partition));
            });
        }
        return seen;
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.shared().kafkaBootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
    }

    protected static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
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
