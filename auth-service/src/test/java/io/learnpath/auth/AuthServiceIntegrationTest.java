package io.learnpath.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.platform.test.RealInfrastructure;
import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.platform.test.http.TestResponse;
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

    /** Registers a fresh account and answers its id. */
    protected UUID registered(String email) {
        TestResponse answer = register(email, PASSWORD, "Ada Lovelace");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return UUID.fromString(answer.json().get("id").asString());
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
