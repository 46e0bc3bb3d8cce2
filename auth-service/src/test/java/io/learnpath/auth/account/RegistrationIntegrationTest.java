package io.learnpath.auth.account;

import static io.learnpath.platform.test.EventTopics.header;
import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.auth.AuthServiceIntegrationTest;
import io.learnpath.auth.events.AuthEvents;
import io.learnpath.auth.events.ExistingAccountSignUpAttempted;
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
    void registersALearnerWithANormalisedEmailWhoMaySignInBeforeVerifyingIt() {
        String email = uniqueEmail();
        double before = registrations();

        TestResponse answer = register("  " + email.toUpperCase() + " ", PASSWORD, "  Ada Lovelace ");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        assertThat(answer.json().get("email").asString()).isEqualTo(email);
        assertThat(answer.json().has("id")).isFalse();
        TestResponse signIn = login(email, PASSWORD);
        assertThat(signIn.status()).isEqualTo(200);
        TestResponse account = http.request("/api/auth/me").token(signIn.json().get("accessToken").asString()).get();
        JsonNode body = account.json();
        assertThat(body.get("email").asString()).isEqualTo(email);
        assertThat(body.get("displayName").asString()).isEqualTo("Ada Lovelace");
        assertThat(body.get("roles").values()).extracting(JsonNode::asString).containsExactly("LEARNER");
        assertThat(body.get("emailVerified").asBoolean()).isFalse();
        assertThat(body.get("timeZone").asString()).isEqualTo("UTC");
        assertThat(Instant.parse(body.get("createdAt").asString())).isBetween(Instant.now().minusSeconds(60),
                Instant.now());
        assertThat(body.has("password")).isFalse();
        assertThat(body.has("passwordHash")).isFalse();
        assertThat(registrations()).isEqualTo(before + 1);
    }

    @Test
    void keepsTheTimeZoneTheLearnerGaveAndRefusesOneThatIsNotIana() {
        String email = uniqueEmail();
        assertThat(http.request("/api/auth/register").json(Map.of("email", email, "password", PASSWORD,
                "displayName", "Ada", "timeZone", "America/Argentina/Buenos_Aires")).post().status()).isEqualTo(202);
        UUID id = me(login(email, PASSWORD).json().get("accessToken").asString()).id();

        assertThat(events(id, "user-registered", 1).getFirst().get("timeZone").asString())
                .isEqualTo("America/Argentina/Buenos_Aires");
        for (String zone : List.of("+02:00", "Mars/Olympus_Mons", "GMT+2", "")) {
            TestResponse refused = http.request("/api/auth/register").json(Map.of("email", uniqueEmail(),
                    "password", PASSWORD, "displayName", "Ada", "timeZone", zone)).post();
            assertThat(refused.status()).as(zone).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("timeZone");
        }
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
    void answersATakenAddressExactlyLikeAFreeOneAndTellsItsOwnerInstead() {
        String email = uniqueEmail();
        UUID owner = registered(email);
        double takenBefore = meters.counter("learnpath.auth.registrations.taken-address").count();

        TestResponse taken = register(email.toUpperCase(), "another long password", "Someone Else");
        TestResponse free = register(uniqueEmail(), "another long password", "Someone Else");

        assertThat(taken.status()).isEqualTo(free.status()).isEqualTo(202);
        assertThat(taken.contentType()).isEqualTo(free.contentType());
        assertThat(taken.json().get("message").asString())
                .isEqualTo(free.json().get("message").asString().replace(free.json().get("email").asString(), email));
        assertThat(taken.json().size()).isEqualTo(free.json().size()).isEqualTo(2);
        JsonNode notice = events(owner, "existing-account-sign-up-attempted", 1).getFirst();
        assertThat(notice.get("email").asString()).isEqualTo(email);
        ContractExample.of(ExistingAccountSignUpAttempted.class).assertSameShape(json.writeValueAsBytes(notice));
        assertThat(meters.counter("learnpath.auth.registrations.taken-address").count()).isEqualTo(takenBefore + 1);
        // The owner's password still signs in; the stranger's does not.
        assertThat(login(email, PASSWORD).status()).isEqualTo(200);
        assertThat(login(email, "another long password").status()).isEqualTo(401);
    }

    @Test
    void tellsTheOwnerOnceAnHourHoweverManyTimesTheirAddressIsTried() {
        String email = uniqueEmail();
        UUID owner = registered(email);

        for (int i = 0; i < 3; i++) {
            assertThat(register(email, "another long password", "Someone Else").status()).isEqualTo(202);
        }
        // A later event of the same account: once it is on the topic, whatever the attempts published is too.
        String token = login(email, PASSWORD).json().get("accessToken").asString();
        assertThat(http.request("/api/auth/email/verification").token(token).post().status()).isEqualTo(202);
        events(owner, "email-verification-requested", 2);

        assertThat(EventTopics.readAll(AuthEvents.TOPIC, record -> owner.toString().equals(record.key())
                && "learnpath.auth.existing-account-sign-up-attempted.v1".equals(header(record, CloudEventHeaders.TYPE))))
                .hasSize(1);
    }

    @Test
    void announcesTheNewAccountOnTheAuthTopicInTheShapeOfTheContractExample() {
        String email = uniqueEmail();
        UUID id = registered(email);

        ConsumerRecord<String, byte[]> record = EventTopics.withKeyAndType(AuthEvents.TOPIC, id.toString(),
                "learnpath.auth.user-registered.v1", 1).getFirst();

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
