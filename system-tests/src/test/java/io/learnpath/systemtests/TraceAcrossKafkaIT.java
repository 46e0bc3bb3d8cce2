package io.learnpath.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.platform.test.http.TestResponse;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * One trace from the gateway through the progress-service, across Kafka, into the notification-service and out to
 * the learner's live stream, as the stack's own Zipkin stores it. The request carries a W3C {@code traceparent}
 * whose trace id the test chose, so the trace is found by id; what is asserted is the chain of parents: the push to
 * the stream descends from the consumption of a Kafka record, which descends from its send, which descends from the
 * progress-service's request, which descends from the gateway's. Mail likewise: it is sent later, by a poller, and
 * still joins the trace of the event that queued it.
 */
@ExtendWith(SharedStack.class)
class TraceAcrossKafkaIT {

    private static final String PROGRESS_TOPIC = "learnpath.progress.events";
    private static final SecureRandom random = new SecureRandom();

    private final RunningStack stack;

    TraceAcrossKafkaIT(RunningStack stack) {
        this.stack = stack;
    }

    @Test
    void markingATopicDoneIsOneTraceFromTheGatewayToTheLearnersStream() {
        TestHttp gateway = stack.gateway();
        TestHttp zipkin = TestHttp.at(URI.create(stack.stack().zipkinUrl()
                .orElseThrow(() -> new IllegalStateException("the stack runs without Zipkin (LEARNPATH_ZIPKIN=off)"))));
        String token = BenchmarkAccounts.signUp(stack.stack().layout().ports()).token();
        JsonNode topic = gateway.get("/api/content/roadmaps/backend", null).json()
                .path("levels").get(0).path("topics").get(0);
        Queue<String> stream = NotificationStreams.open(gateway, token);
        await().atMost(Duration.ofSeconds(10)).until(() -> stream.contains("HTTP 200"));

        String traceId = HexFormat.of().formatHex(randomBytes(16));
        TestResponse done = gateway.request("/api/progress/roadmaps/backend/topics/" + topic.path("slug").asString())
                .token(token).header("traceparent", "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8))
                        + "-01")
                .json(Map.of("status", "DONE")).put();
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(stream)
                .anyMatch(line -> line.startsWith("data:") && line.contains(topic.path("title").asString())));

        // Each component sends its spans every few seconds; the trace is whole once the push's ancestry is.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            TestResponse trace = zipkin.get("/api/v2/trace/" + traceId);
            assertThat(trace.status()).as("the trace in Zipkin").isEqualTo(200);
            List<JsonNode> spans = trace.json().valueStream().toList();
            assertThat(spans).allMatch(span -> span.path("traceId").asString().equals(traceId));
            assertThat(spans).as(describe(spans))
                    .filteredOn(span -> is(span, "notification-service", "live push"))
                    .anySatisfy(push -> assertThat(ancestry(push, spans)).as(describe(ancestry(push, spans)))
                            .anyMatch(span -> is(span, "notification-service", "CONSUMER")
                                    && span.toString().contains(PROGRESS_TOPIC))
                            .anyMatch(span -> is(span, "progress-service", "PRODUCER")
                                    && span.toString().contains(PROGRESS_TOPIC))
                            .anyMatch(span -> is(span, "progress-service", "SERVER"))
                            .anyMatch(span -> service(span).equals("gateway")));
        });
    }

    @Test
    void aMailSentLaterJoinsTheTraceOfTheSignUpThatCausedIt() {
        TestHttp zipkin = TestHttp.at(URI.create(stack.stack().zipkinUrl().orElseThrow()));
        String traceId = HexFormat.of().formatHex(randomBytes(16));

        TestResponse registered = stack.gateway().request("/api/auth/register")
                .header("traceparent", "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01")
                .json(Map.of("email", "traced-" + traceId.substring(0, 12) + "@example.com",
                        "password", "a passphrase long enough", "displayName", "Traced"))
                .post();
        assertThat(registered.status()).as(registered.toString()).isEqualTo(202);

        // The verification mail: queued by the consumer of the auth-service's event, sent by the mail poller.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            TestResponse trace = zipkin.get("/api/v2/trace/" + traceId);
            assertThat(trace.status()).as("the trace in Zipkin").isEqualTo(200);
            List<JsonNode> spans = trace.json().valueStream().toList();
            assertThat(spans).as(describe(spans))
                    .filteredOn(span -> is(span, "notification-service", "email send"))
                    .anySatisfy(sent -> assertThat(ancestry(sent, spans)).as(describe(ancestry(sent, spans)))
                            .anyMatch(span -> is(span, "notification-service", "email queue"))
                            .anyMatch(span -> is(span, "notification-service", "CONSUMER"))
                            .anyMatch(span -> is(span, "auth-service", "PRODUCER"))
                            .anyMatch(span -> is(span, "auth-service", "SERVER"))
                            .anyMatch(span -> service(span).equals("gateway")));
        });
    }

    /** The span, then its parent, its parent's parent, ... as far as the trace has them. */
    private static List<JsonNode> ancestry(JsonNode span, List<JsonNode> spans) {
        Map<String, JsonNode> byId = spans.stream()
                .collect(Collectors.toMap(each -> each.path("id").asString(), Function.identity(), (a, b) -> a));
        List<JsonNode> line = new ArrayList<>();
        for (JsonNode current = span; current != null && line.size() <= spans.size();
                current = byId.get(current.path("parentId").asString(""))) {
            line.add(current);
        }
        return line;
    }

    /** Whether the span is the service's and its kind or name is {@code what}. */
    private static boolean is(JsonNode span, String service, String what) {
        return service(span).equals(service)
                && (span.path("kind").asString("").equals(what) || span.path("name").asString("").equals(what));
    }

    private static String service(JsonNode span) {
        return span.path("localEndpoint").path("serviceName").asString("");
    }

    private static String describe(List<JsonNode> spans) {
        return spans.stream().map(span -> service(span) + " " + span.path("kind").asString("-") + " '"
                + span.path("name").asString("") + "' " + span.path("id").asString() + "<-"
                + span.path("parentId").asString("")).collect(Collectors.joining("\n  ", "spans:\n  ", ""));
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
