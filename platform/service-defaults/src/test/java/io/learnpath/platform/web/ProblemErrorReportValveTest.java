package io.learnpath.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Tomcat answers itself, before any servlet: a real Tomcat (no application in it, so every path is a 404 too)
 * customized as a service's is, asked with requests written byte for byte on a socket, which well-behaved clients
 * refuse to send. Every answer is a problem and none says anything about the server.
 */
class ProblemErrorReportValveTest {

    private static TomcatWebServer server;

    @BeforeAll
    static void startTomcat() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        factory.setAddress(InetAddress.getLoopbackAddress());
        new ContainerErrorsAutoConfiguration.TomcatErrorReport().problemErrorReportValve().customize(factory);
        // What Spring Boot adds for server.error.include-stacktrace: never (the platform's default), here after the
        // platform's customizer: the order must not matter.
        factory.addContextCustomizers(context -> {
            ErrorReportValve plain = new ErrorReportValve();
            plain.setShowReport(false);
            plain.setShowServerInfo(false);
            context.getParent().getPipeline().addValve(plain);
        });
        server = (TomcatWebServer) factory.getWebServer();
        server.start();
    }

    @AfterAll
    static void stopTomcat() {
        server.stop();
    }

    @Test
    void theHostsOnlyErrorReportValveIsTheProblemOne() {
        Valve[] valves = server.getTomcat().getHost().getPipeline().getValves();

        assertThat(Arrays.stream(valves).filter(ErrorReportValve.class::isInstance))
                .singleElement().isInstanceOf(ProblemErrorReportValve.class);
    }

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource(delimiter = '|', value = {
            "CONNECT 127.0.0.1:443 HTTP/1.1 | 501 | https://learnpath.io/problems/internal",
            "TRACE /api/shelf/books HTTP/1.1 | 405 | https://learnpath.io/problems/method-not-allowed",
            "GET /api/shelf/%00 HTTP/1.1 | 400 | https://learnpath.io/problems/malformed-request",
            "GET /api/shelf/a%2fb HTTP/1.1 | 400 | https://learnpath.io/problems/malformed-request",
            "GET /api/shelf/%ff%fe HTTP/1.1 | 400 | https://learnpath.io/problems/malformed-request",
            "GET /api/shelf/books HTTP/1.1 | 404 | https://learnpath.io/problems/not-found" })
    void aRequestTomcatRefusesIsAProblem(String requestLine, int status, String type) {
        Answer answer = send(requestLine);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertIsAProblem(answer, type);
    }

    @Test
    void aRequestLineOverTheLimitIsAProblem() {
        Answer answer = send("GET /api/shelf/books?q=" + "a".repeat(70_000) + " HTTP/1.1");

        assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
        assertIsAProblem(answer, null);
    }

    @Test
    void headersOverTheLimitAreAProblem() {
        Answer answer = send("GET /api/shelf/books HTTP/1.1", "X-Padding: " + "a".repeat(70_000));

        assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
        assertIsAProblem(answer, null);
    }

    private static void assertIsAProblem(Answer answer, String type) {
        assertThat(answer.header("content-type")).as(answer.toString()).startsWith("application/problem+json");
        JsonNode problem = JsonMapper.shared().readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(answer.status());
        assertThat(problem.get("type").asString()).startsWith("https://learnpath.io/problems/");
        if (type != null) {
            assertThat(problem.get("type").asString()).isEqualTo(type);
        }
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(answer.body()).doesNotContainIgnoringCase("<html").doesNotContain("Tomcat", "Exception", "\tat ");
        assertThat(answer.header("server")).isNull();
    }

    record Answer(int status, String head, String body) {

        String header(String name) {
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith(name + ":")) {
                    return line.substring(name.length() + 1).trim();
                }
            }
            return null;
        }
    }

    /** Writes the request as is, with {@code Connection: close}, and reads the answer until Tomcat closes. */
    private static Answer send(String requestLine, String... headers) {
        StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: localhost\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            readUntilClosed(socket.getInputStream(), received);
            String text = received.toString(StandardCharsets.UTF_8);
            int headEnd = text.indexOf("\r\n\r\n");
            assertThat(headEnd).as("a complete answer: " + text).isPositive();
            String head = text.substring(0, headEnd);
            return new Answer(Integer.parseInt(head.split(" ")[1]), head, text.substring(headEnd + 4));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void readUntilClosed(InputStream in, ByteArrayOutputStream received) throws IOException {
        byte[] buffer = new byte[8192];
        try {
            for (int read; (read = in.read(buffer)) != -1;) {
                received.write(buffer, 0, read);
            }
        } catch (SocketException resetAfterAnswering) {
            // Tomcat may close before reading all of an oversized request; what it answered is already here.
        }
    }
}
