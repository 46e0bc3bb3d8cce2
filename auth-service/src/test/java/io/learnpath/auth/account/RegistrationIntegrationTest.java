package io.learnpath.auth.account;

import static io.learnpath.platform.test.EventTopics.header;
import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.auth.AuthServiceIntegrationTest;
import io.learnpath.auth.events.AuthEvents;
import io.learnpath.auth.events.UserRegistered;
import io.learnpath.platform.events.CloudEventHeaders;
import io.learnpath.platform.test.EventTopics;
import io.learnpath.platform.test.contract.ContractExample;
import io.learnpath.platform.test.http.TestResponse;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class RegistrationIntegrationTest extends AuthServiceIntegrationTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void registersALearnerWithANormalisedEmail() {
        String email = uniqueEmail();
        double before = registrations();

        TestResponse answer = register("  " + email.toUpperCase() + " ", PASSWORD, "  Ada Lovelace ");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        JsonNode body = answer.json();
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
                Arguments.of(body(email, "qwerty123456", "Ada"), "password"),
                Arguments.of(body(email, PASSWORD, null), "displayName"),
                Arguments.of(body(email, PASSWORD, "   "), "displayName"),
                Arguments.of(body(email, PASSWORD, "n".repeat(81)), "displayName"),
                Arguments.of(body(email, PASSWORD, "Ada\u0000Lovelace"), "displayName"),
                Arguments.of(body(email, PASSWORD, "Ada\nLovelace"), "displayName"));
    }

    @ParameterizedTest
    @MethodSource("invalidRegistrations")
    void refusesInvalidInputNamingTheField(Map<String, String> body, String field) {
        TestResponse answer = http.request("/api/auth/register").json(body).post();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.get("type").asString()).isEqualTo("https://learnpath.io/problems/validation");
        assertThat(problem.get("errors").values()).extracting(error -> error.get("field").asString())
                .containsExactly(field);
    }

    @Test
    void refusesAPasswordThatIsNotUnicode() {
        // A lone surrogate, as a JSON escape (a client's encoder would turn the raw character into '?'): valid JSON,
        // but text no one can type or encode again. It answered 500 before the policy knew of it.
        TestResponse answer = http.request("/api/auth/register").json("{\"email\": \"" + uniqueEmail()
                + "\", \"password\": \"long enough \\ud800 password\", \"displayName\": \"Ada\"}").post();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
        assertThat(answer.json().get("errors").get(0).get("message").asString())
                .isEqualTo("must be valid Unicode text (it contains a lone surrogate)");
    }

    @Test
    void listsEveryBrokenFieldAtOnce() {
        TestResponse answer = http.request("/api/auth/register").json(body("nope", "short", "")).post();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("title").asString()).isEqualTo("Invalid request");
        assertThat(answer.json().get("detail").asString()).isEqualTo("displayName, email, password are invalid");
        assertThat(answer.json().get("errors").values()).extracting(error -> error.get("field").asString())
                .containsExactly("displayName", "email", "password");
        assertThat(answer.json().get("errors").values()).extracting(error -> error.get("message").asString())
                .containsExactly("is required", "must be a well-formed email address",
                        "must be at least 12 characters");
    }

    @Test
    void refusesMalformedJsonAsAProblem() {
        TestResponse answer = http.request("/api/auth/register").json("{\"email\": \"a@example.com\", ").post();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asString()).isEqualTo("https://learnpath.io/problems/malformed-request");
    }

    @Test
    void refusesWrongTypesAndMissingBodiesAsProblems() {
        for (String body : List.of("{\"email\": {\"a\": 1}, \"password\": \"x\", \"displayName\": \"y\"}",
                "{\"email\": [\"a@example.com\"]}", "[]", "null", "", "42")) {
            TestResponse answer = http.request("/api/auth/register").json(body).post();
            assertThat(answer.status()).as(body + " -> " + answer).isEqualTo(400);
            assertThat(answer.contentType()).as(body).startsWith("application/problem+json");
        }
    }

    @Test
    void refusesASecondAccountForTheSameEmailWhateverItsCase() {
        String email = uniqueEmail();
        registered(email);

        TestResponse answer = register(email.toUpperCase(), "another long password", "Someone Else");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asString()).isEqualTo("https://learnpath.io/problems/email-taken");
        assertThat(answer.json().get("title").asString()).isEqualTo("Email taken");
        assertThat(answer.json().get("detail").asString()).isEqualTo("An account with this email already exists");
    }

    @Test
    void announcesTheNewAccountOnTheAuthTopicInTheShapeOfTheContractExample() {
        String email = uniqueEmail();
        UUID id = registered(email);

        ConsumerRecord<String, byte[]> record = EventTopics.firstWithKey(AuthEvents.TOPIC, id.toString());

        assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo("learnpath.auth.user-registered.v1");
        assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("auth-service");
        assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id.toString());
        assertThat(UUID.fromString(header(record, CloudEventHeaders.ID)).version()).as("a random UUID").isEqualTo(4);
        assertThat(Instant.parse(header(record, CloudEventHeaders.TIME))).isBefore(Instant.now());
        assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");

        ContractExample.of(UserRegistered.class).assertSameShape(record.value());
        JsonNode payload = json.readTree(record.value());
        assertThat(payload.get("userId").asString()).isEqualTo(id.toString());
        assertThat(payload.get("email").asString()).isEqualTo(email);
        assertThat(payload.get("displayName").asString()).isEqualTo("Ada Lovelace");
        assertThat(payload.get("eventId").asString()).isEqualTo(header(record, CloudEventHeaders.ID));
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
