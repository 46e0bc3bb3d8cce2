package io.learnpath.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.gateway.GatewayIntegrationTest;
import io.learnpath.platform.test.http.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Requests the framework turns away before any route or handler of ours sees them: each answer is still a
 * problem, with nothing about the server in it, and none reaches a service.
 */
class MalformedRequestTest extends GatewayIntegrationTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "CONNECT 127.0.0.1:443 HTTP/1.1",
            "TRACE /api/content/roadmaps HTTP/1.1",
            "GET /api/content/roadmaps/%00 HTTP/1.1",
            "GET /api/content/roadmaps/a%2fb HTTP/1.1",
            "GET /api/content/roadmaps/a;jsessionid=1 HTTP/1.1",
            "GET /api/content/../content/roadmaps HTTP/1.1",
            "GET /api/content/roadmaps/%2e%2e/x HTTP/1.1" })
    void aRequestTheFirewallRefusesIsABadRequestProblem(String requestLine) {
        int receivedBefore = DOWNSTREAM.receivedCount();

        RawHttp.Answer answer = RawHttp.send(gatewayPort(), requestLine);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertIsAProblem(answer);
        assertThat(DOWNSTREAM.receivedCount()).as("nothing reached a service").isEqualTo(receivedBefore);
    }

    @Test
    void aRequestLineOverTheLimitIsAUriTooLongProblem() {
        RawHttp.Answer answer = RawHttp.send(gatewayPort(),
                "GET /api/content/roadmaps?q=" + "a".repeat(70_000) + " HTTP/1.1");

        assertThat(answer.status()).isEqualTo(414);
        assertIsAProblem(answer);
    }

    @Test
    void headersOverTheLimitAreAHeaderFieldsTooLargeProblem() {
        RawHttp.Answer answer = RawHttp.send(gatewayPort(), "GET /api/content/roadmaps HTTP/1.1",
                "X-Padding: " + "a".repeat(70_000));

        assertThat(answer.status()).isEqualTo(431);
        assertIsAProblem(answer);
    }

    @Test
    void aRequestThatIsNotHttpIsABadRequestProblem() {
        RawHttp.Answer answer = RawHttp.send(gatewayPort(), "GET /api/content/roadmaps HTTP/1.1",
                "Bad Header Name: x");

        assertThat(answer.status()).isEqualTo(400);
        assertIsAProblem(answer);
    }

    @Test
    void aBodyOverTheLimitIsAPayloadTooLargeProblemAndIsNotForwarded() {
        gateway().post().uri("/api/content/roadmaps/too-large")
                .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"title\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}")
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://learnpath.io/problems/payload-too-large")
                .jsonPath("$.status").isEqualTo(413);

        assertThat(DOWNSTREAM.receivedAt("/api/content/roadmaps/too-large")).isEmpty();
    }

    @Test
    void aCrossOriginRequestFromAnOriginNotAllowedIsAForbiddenProblem() {
        RawHttp.Answer answer = RawHttp.send(gatewayPort(), "GET /api/content/roadmaps/cors HTTP/1.1",
                "Origin: https://evil.example");

        assertThat(answer.status()).isEqualTo(403);
        assertIsAProblem(answer);
        assertThat(answer.header("Access-Control-Allow-Origin")).isNull();
    }

    private static void assertIsAProblem(RawHttp.Answer answer) {
        assertThat(answer.header("Content-Type")).as(answer.toString()).isEqualTo("application/problem+json");
        assertThat(answer.body())
                .contains("\"status\":" + answer.status())
                .contains("\"type\":\"https://learnpath.io/problems/")
                .doesNotContain("Exception", "netty", "Netty", "<html", "at io.", "at org.");
    }
}
