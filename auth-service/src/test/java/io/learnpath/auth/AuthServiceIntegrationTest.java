package io.learnpath.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.auth.events.AuthEvents;
import io.learnpath.platform.test.EventTopics;
import io.learnpath.platform.test.RealInfrastructure;
import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.platform.test.http.TestResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
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

    @LocalServerPort
    protected int port;

    @Autowired
    protected JsonMapper json;

    protected TestHttp http;

    @BeforeEach
    void connect() {
        http = TestHttp.at(port).withJsonMapper(json);
    }

    protected static String uniqueEmail() {
        return "learner-" + UUID.randomUUID() + "@example.com";
    }

    protected TestResponse register(String email, String password, String displayName) {
        return http.request("/api/auth/register")
                .json(Map.of("email", email, "password", password, "displayName", displayName))
                .post();
    }

    /**
     * Registers a fresh account and answers its id. Registration answers alike for new and taken addresses, so
     * the id comes from signing in as the new account.
     */
    protected UUID registered(String email) {
        TestResponse answer = register(email, PASSWORD, "Ada Lovelace");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        TestResponse signIn = login(email, PASSWORD);
        assertThat(signIn.status()).as(signIn.toString()).isEqualTo(200);
        // From the token's subject rather than GET /me: tests that move the service's clock make tokens that
        // are not yet valid by the wall clock the decoder checks them against.
        String payload = signIn.json().get("accessToken").asString().split("\\.")[1];
        return UUID.fromString(json.readTree(Base64.getUrlDecoder().decode(payload)).get("sub").asString());
    }

    /** The account the access token belongs to, read through {@code GET /api/auth/me}. */
    protected Me me(String accessToken) {
        TestResponse answer = http.request("/api/auth/me").token(accessToken).get();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode body = answer.json();
        return new Me(UUID.fromString(body.get("id").asString()), body.get("email").asString(),
                body.get("displayName").asString(), body.get("emailVerified").asBoolean(),
                body.get("timeZone").asString());
    }

    protected record Me(UUID id, String email, String displayName, boolean emailVerified, String timeZone) {
    }

    /** The payloads of the first {@code count} events of this type about the user, waiting for them. */
    protected List<JsonNode> events(UUID userId, String type, int count) {
        return EventTopics.withKeyAndType(AuthEvents.TOPIC, userId.toString(), "learnpath.auth." + type + ".v1",
                count).stream().map(record -> json.readTree(record.value())).toList();
    }

    /** The secret of a mailed link: its {@code token} query parameter. */
    protected static String tokenOf(JsonNode mailEvent) {
        String link = mailEvent.get("link").asString();
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    protected TestResponse login(String email, String password) {
        return http.request("/api/auth/login").json(Map.of("email", email, "password", password)).post();
    }

    /** Registers a fresh account, signs in and answers the token response. */
    protected JsonNode signedIn(String email) {
        registered(email);
        TestResponse answer = login(email, PASSWORD);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }
}
