package io.learnpath.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.gateway.GatewayIntegrationTest;
import io.learnpath.platform.test.http.RawHttp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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
    @ExtendWith(OutputCaptureExtension.class)
    void aRequestThatIsNotHttpIsABadRequestProblemAndNoWarning(CapturedOutput output) {
        RawHttp.Answer answer = RawHttp.send(gatewayPort(), "GET /api/content/roadmaps HTTP/1.1",
                "Bad Header Name: x");

        assertThat(answer.status()).isEqualTo(400);
        assertIsAProblem(answer);
        // A client's garbage is its own problem: a line per request would let anyone fill the log.
        assertThat(output.getOut()).doesNotContain("Decoding failed");
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
    void aStreamedBodyOverTheLimitIsAPayloadTooLargeProblemAndIsNotForwarded() {
        byte[] chunk = ("{\"title\":\"" + "x".repeat(64 * 1024 - 12) + "\"}").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        for (int i = 0; i < 24; i++) {
            chunked.writeBytes((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunked.writeBytes(chunk);
            chunked.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunked.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

        RawHttp.Answer answer = RawHttp.sendWithBody(gatewayPort(), chunked.toByteArray(),
                "POST /api/content/roadmaps/streamed-too-large HTTP/1.1", "Authorization: " + bearer(validToken()),
                "Content-Type: application/json", "Transfer-Encoding: chunked");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
        assertIsAProblem(answer);
        assertThat(DOWNSTREAM.receivedAt("/api/content/roadmaps/streamed-too-large")).isEmpty();
    }

    @Test
    void aStreamedBodyWithinTheLimitIsForwardedWithItsLength() {
        String body = "{\"title\":\"streamed\"}";
        String chunked = Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n";

        RawHttp.Answer answer = RawHttp.sendWithBody(gatewayPort(), chunked.getBytes(StandardCharsets.US_ASCII),
                "POST /api/content/roadmaps/streamed HTTP/1.1", "Authorization: " + bearer(validToken()),
                "Content-Type: application/json", "Transfer-Encoding: chunked");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(DOWNSTREAM.receivedAt("/api/content/roadmaps/streamed")).singleElement()
                .satisfies(received -> {
                    assertThat(received.header("Content-Length")).contains(String.valueOf(body.length()));
                    assertThat(received.header("Transfer-Encoding")).isEmpty();
                });
    }

    @Test
    void aConnectionWhoseBodyNeverArrivesIsClosedWithinTheReadLimit() throws IOException {
        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), gatewayPort())) {
            client.setSoTimeout(10_000);
            client.getOutputStream().write(("POST /api/content/roadmaps/never-sent HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: " + bearer(validToken()) + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"title\":").getBytes(StandardCharsets.US_ASCII));
            client.getOutputStream().flush();
            long started = System.nanoTime();

            // Whatever the gateway managed to say first, the connection ends: read to its end.
            client.getInputStream().readAllBytes();

            // The test's limit between two pieces of a body is 1 s; without one the gateway would wait for ever.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        }
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
        // Refused before Spring Security's header writer runs, and still protected like every other answer.
        assertThat(answer.header("X-Content-Type-Options")).as(answer.toString()).isEqualTo("nosniff");
        assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(answer.header("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
    }
}
