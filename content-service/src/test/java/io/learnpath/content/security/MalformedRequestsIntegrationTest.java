package io.learnpath.content.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.content.ContentServiceIntegrationTest;
import io.learnpath.platform.test.http.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests the service's web server turns away before any controller of ours sees them, on the service's own port
 * (the gateway has its own answers): Tomcat refuses some before the application (CONNECT, TRACE, {@code %00},
 * encoded slashes, bytes that are no UTF-8 in the path, request lines and headers over the limit), Spring
 * Security's firewall others ({@code ;}, {@code ..}). Each is still a problem, with nothing about the server in it.
 * Written byte for byte on a socket ({@link RawHttp}): well-behaved HTTP clients refuse to send most of these.
 */
class MalformedRequestsIntegrationTest extends ContentServiceIntegrationTest {

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource(delimiter = '|', value = {
            // Tomcat, before the application
            "CONNECT 127.0.0.1:443 HTTP/1.1 | 501",
            "TRACE /api/content/roadmaps HTTP/1.1 | 405",
            "GET /api/content/roadmaps/%00 HTTP/1.1 | 400",
            "GET /api/content/roadmaps/a%2fb HTTP/1.1 | 400",
            "GET /api/content/roadmaps/%ff%fe HTTP/1.1 | 400",
            // Spring Security's firewall, through the container's error page
            "GET /api/content/roadmaps/web;jsessionid=1 HTTP/1.1 | 400",
            "POST /api/content/topics/http;x=1/questions/q/answers HTTP/1.1 | 400",
            "GET /api/content/../content/roadmaps HTTP/1.1 | 400",
            "GET /api/content/roadmaps/%2e%2e/web HTTP/1.1 | 400" })
    void aRequestTheServerRefusesIsAProblem(String requestLine, int status) {
        RawHttp.Answer answer = send(requestLine, "Accept: text/html");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertIsAProblem(answer);
    }

    @Test
    void theFirewallsProblemNamesThePathAsked() {
        RawHttp.Answer answer = send("GET /api/content/roadmaps/web;jsessionid=1 HTTP/1.1");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(assertIsAProblem(answer).get("type").asString())
                .isEqualTo("https://learnpath.io/problems/malformed-request");
        assertThat(JsonMapper.shared().readTree(answer.body()).get("instance").asString())
                .isEqualTo("/api/content/roadmaps/web;jsessionid=1");
    }

    @Test
    void aRequestLineOverTheLimitIsAProblem() {
        RawHttp.Answer answer = send("GET /api/content/search?q=" + "a".repeat(70_000) + " HTTP/1.1");

        assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
        assertIsAProblem(answer);
    }

    @Test
    void headersOverTheLimitAreAProblem() {
        RawHttp.Answer answer = send("GET /api/content/roadmaps HTTP/1.1", "X-Padding: " + "a".repeat(70_000));

        assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
        assertIsAProblem(answer);
    }

    @Test
    void aWellFormedRequestIsStillServed() {
        RawHttp.Answer answer = send("GET /api/content/roadmaps HTTP/1.1", "Accept: application/json");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.header("content-type")).startsWith("application/json");
    }

    private static JsonNode assertIsAProblem(RawHttp.Answer answer) {
        assertThat(answer.header("content-type")).as(answer.toString()).startsWith("application/problem+json");
        JsonNode problem = JsonMapper.shared().readTree(answer.body());
        assertThat(problem.get("status").asInt()).as(answer.body()).isEqualTo(answer.status());
        assertThat(problem.get("type").asString()).startsWith("https://learnpath.io/problems/");
        assertThat(answer.body()).doesNotContainIgnoringCase("<html")
                .doesNotContain("Apache Tomcat", "Exception", "\tat ", "timestamp");
        return problem;
    }

    private RawHttp.Answer send(String requestLine, String... headers) {
        return RawHttp.send(port, requestLine, headers);
    }
}
