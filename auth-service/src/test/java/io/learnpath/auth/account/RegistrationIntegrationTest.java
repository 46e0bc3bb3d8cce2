package io.learnpath.auth.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.auth.AuthServiceIntegrationTest;
import io.learnpath.auth.events.AuthEvents;
import io.learnpath.platform.events.CloudEventHeaders;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

class RegistrationIntegrationTest extends AuthServiceIntegrationTest {

    @Autowired
    MeterRegistry meters;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void registersALearnerWithANormalisedEmail() {
        String email = uniqueEmail();
        double before = registrations();

        Answer answer = register("  " + email.toUpperCase() + " ", PASSWORD, "  Ada Lovelace ");

        assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
        JsonNode body = answer.body();
        UUID id = UUID.fromString(body.get("id").asString());
        assertThat(answer.header("Location")).isEqualTo("/api/auth/accounts/" + id);
        assertThat(body.get("email").asString()).isEqualTo(email);
        assertThat(body.get("displayName").asString()).isEqualTo("Ada Lovelace");
        assertThat(body.get("roles").values()).extracting(JsonNode::asString).containsExactly("LEARNER");
        assertThat(Instant.parse(body.get("createdAt").asString())).isBetween(Instant.now().minusSeconds(60),
                Instant.now());
        assertThat(body.has("password")).isFalse();
        assertThat(body.has("passwordHash")).isFalse();
        assertThat(registrations()).isEqualTo(before + 1);
    }

    static Stream<Arguments> invalidRegistrations() {
        String email = "someone@example.com";
        return Stream.of(
                Arguments.of(body(null, PASSWORD, "Ada"), "email"),
                Arguments.of(body("", PASSWORD, "Ada"), "email"),
                Arguments.of(body("not-an-email", PASSWORD, "Ada"), "email"),
                Arguments.of(body("someone@localhost", PASSWORD, "Ada"), "email"),
                Arguments.of(body("a".repeat(243) + "@example.com", PASSWORD, "Ada"), "email"),
                Arguments.of(body(email, null, "Ada"), "password"),
                Arguments.of(body(email, "elevenchars", "Ada"), "password"),
                Arguments.of(body(email, "p".repeat(129), "Ada"), "password"),
                Arguments.of(body(email, " SomeOne@Example.com", "Ada"), "password"),
                Arguments.of(body(email, PASSWORD, null), "displayName"),
                Arguments.of(body(email, PASSWORD, "   "), "displayName"),
                Arguments.of(body(email, PASSWORD, "n".repeat(81)), "displayName"),
                Arguments.of(body(email, PASSWORD, "Ada\u0000Lovelace"), "displayName"),
                Arguments.of(body(email, PASSWORD, "Ada\nLovelace"), "displayName"));
    }

    @ParameterizedTest
    @MethodSource("invalidRegistrations")
    void refusesInvalidInputNamingTheField(Map<String, String> body, String field) {
        Answer answer = post("/api/auth/register", body);

        assertThat(answer.status()).as(answer.raw()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode problem = answer.body();
        assertThat(problem.get("type").asString()).isEqualTo("https://learnpath.io/problems/validation");
        assertThat(problem.get("errors").values()).extracting(error -> error.get("field").asString())
                .containsExactly(field);
    }

    @Test
    void listsEveryBrokenFieldAtOnce() {
        Answer answer = post("/api/auth/register", body("nope", "short", ""));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("errors").values()).extracting(error -> error.get("field").asString())
                .containsExactly("displayName", "email", "password");
    }

    @Test
    void refusesMalformedJsonAsAProblem() {
        Answer answer = post("/api/auth/register", "{\"email\": \"a@example.com\", ");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("type").asString()).isEqualTo("https://learnpath.io/problems/malformed-request");
    }

    @Test
    void refusesWrongTypesAndMissingBodiesAsProblems() {
        for (String body : List.of("{\"email\": {\"a\": 1}, \"password\": \"x\", \"displayName\": \"y\"}",
                "{\"email\": [\"a@example.com\"]}", "[]", "null", "", "42")) {
            Answer answer = post("/api/auth/register", body);
            assertThat(answer.status()).as(body + " -> " + answer.raw()).isEqualTo(400);
            assertThat(answer.contentType()).as(body).startsWith("application/problem+json");
        }
    }

    @Test
    void refusesASecondAccountForTheSameEmailWhateverItsCase() {
        String email = uniqueEmail();
        registered(email);

        Answer answer = register(email.toUpperCase(), "another long password", "Someone Else");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("type").asString()).isEqualTo("https://learnpath.io/problems/email-taken");
    }

    @Test
    void announcesTheNewAccountOnTheAuthTopicWithCloudEventsHeaders() {
        String email = uniqueEmail();
        UUID id = registered(email);

        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.subscribe(List.of(AuthEvents.TOPIC));
            List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(received::add);
                assertThat(received).anyMatch(record -> id.toString().equals(record.key()));
            });
            ConsumerRecord<String, byte[]> record = received.stream()
                    .filter(candidate -> id.toString().equals(candidate.key())).findFirst().orElseThrow();

            assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo("learnpath.auth.user-registered.v1");
            assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("auth-service");
            assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id.toString());
            assertThat(UUID.fromString(header(record, CloudEventHeaders.ID))).isNotNull();
            assertThat(Instant.parse(header(record, CloudEventHeaders.TIME))).isBefore(Instant.now());
            assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");

            JsonNode payload = json.readTree(record.value());
            assertThat(payload.get("userId").asString()).isEqualTo(id.toString());
            assertThat(payload.get("email").asString()).isEqualTo(email);
            assertThat(payload.get("displayName").asString()).isEqualTo("Ada Lovelace");
            assertThat(payload.get("eventId").asString()).isEqualTo(header(record, CloudEventHeaders.ID));
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "registration-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header " + name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private double registrations() {
        return meters.counter("learnpath.auth.registrations").count();
    }

    private static Map<String, String> body(String email, String password, String displayName) {
        Map<String, String> body = new java.util.HashMap<>();
        if (email != null) {
            body.put("email", email);
        }
        if (password != null) {
            body.put("password", password);
        }
        if (displayName != null) {
            body.put("displayName", displayName);
        }
        return body;
    }
}
