package io.learnpath.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.platform.test.http.TestResponse;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every progress endpoint refuses anything but a valid RS256 token from our issuer for our audience. */
class AuthenticationIntegrationTest extends ProgressIntegrationTest {

    private static final UUID LEARNER = UUID.randomUUID();

    static Stream<Arguments> rejectedTokens() {
        return Stream.of(
                Arguments.of("no token", null),
                Arguments.of("expired", TOKENS.expired(LEARNER)),
                Arguments.of("wrong audience", TOKENS.forAudience(LEARNER, "someone-else")),
                Arguments.of("wrong issuer", TOKENS.fromIssuer(LEARNER, "https://evil.example/auth")),
                Arguments.of("unsigned (alg: none)", TOKENS.unsigned(LEARNER)),
                Arguments.of("HMAC-signed", TOKENS.hmacSigned(LEARNER)),
                Arguments.of("signed by a stranger's key", TOKENS.signedByAStranger(LEARNER)),
                Arguments.of("garbage", "not.a.jwt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedTokens")
    void the_summary_needs_a_valid_token(String kind, String token) {
        assertUnauthorized(http.get("/api/progress/roadmaps/backend", token));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedTokens")
    void a_status_update_needs_a_valid_token(String kind, String token) {
        assertUnauthorized(put(token, "/api/progress/roadmaps/backend/topics/http", "{\"status\":\"DONE\"}"));
    }

    private static void assertUnauthorized(TestResponse response) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).isEqualTo("https://learnpath.io/problems/unauthorized");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }
}
