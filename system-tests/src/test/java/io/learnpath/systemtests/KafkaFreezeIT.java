package io.learnpath.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.launcher.Ports;
import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.platform.test.http.TestResponse;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The Kafka broker frozen (SIGSTOP: its connections stay open and nothing answers, as a broker stuck in a long GC
 * pause or on a dead disk would) while a learner keeps working: every change is accepted at once, the services stay
 * ready (their outboxes hold the events), and once the broker runs again every event is delivered in order, none
 * twice, with no manual step. {@code learnpath.system-test.kafka-freeze-seconds} sets how long (20 s by default, to
 * keep the build short; the 60 s passes as well).
 */
@ExtendWith(SharedStack.class)
class KafkaFreezeIT {

    private static final Duration FROZEN_FOR = Duration.ofSeconds(
            Integer.getInteger("learnpath.system-test.kafka-freeze-seconds", 20));
    private static final int CHANGES = 5;

    private final RunningStack stack;
    private final TestHttp gateway;
    private final Ports ports;

    KafkaFreezeIT(RunningStack stack) {
        this.stack = stack;
        this.gateway = stack.gateway();
        this.ports = stack.stack().layout().ports();
    }

    @Test
    void changesMadeWhileTheBrokerIsFrozenAreAcceptedAtOnceAndDeliveredInOrderOnceItRunsAgain() throws Exception {
        String token = BenchmarkAccounts.signUp(ports, 1).getFirst();
        JsonNode topics = gateway.get("/api/content/roadmaps/backend", null).json().path("levels").get(0)
                .path("topics");
        long broker = stack.stack().kafkaPid();

        Faults.signal("STOP", broker);
        Instant frozenAt = Instant.now();
        List<String> titles = new ArrayList<>();
        List<Duration> took = new ArrayList<>();
        try {
            // The changes are spread over the freeze, as a learner working through it would make them.
            for (int i = 0; i < CHANGES; i++) {
                pauseUntil(frozenAt.plus(FROZEN_FOR.multipliedBy(i).dividedBy(CHANGES)));
                titles.add(topics.get(i).path("title").asString());
                long started = System.nanoTime();
                TestResponse accepted = gateway.request("/api/progress/roadmaps/backend/topics/"
                        + topics.get(i).path("slug").asString()).token(token).json("{\"status\": \"DONE\"}").put();
                took.add(Duration.ofNanos(System.nanoTime() - started));
                assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
            }
            for (int service : List.of(ports.progress(), ports.notification())) {
                TestResponse ready = TestHttp.at(URI.create("http://localhost:" + service))
                        .get("/actuator/health/readiness");
                assertThat(ready.status()).as("still ready while Kafka is frozen: " + ready).isEqualTo(200);
            }
            assertThat(Faults.completedTopics(gateway, token)).as("nothing can be delivered while the broker is frozen")
                    .isEmpty();
            pauseUntil(frozenAt.plus(FROZEN_FOR));
        } finally {
            Faults.signal("CONT", broker);
        }
        System.out.println("[kafka-freeze] changes while frozen took " + took);
        assertThat(took).allSatisfy(duration -> assertThat(duration).isLessThan(Duration.ofSeconds(1)));

        Faults.awaitDeliveredInOrderOnce(gateway, token, titles);
    }

    /** Paces the load: the wait is for a moment on the clock, not for a condition. */
    private static void pauseUntil(Instant moment) throws InterruptedException {
        Duration left = Duration.between(Instant.now(), moment);
        if (left.isPositive()) {
            Thread.sleep(left);
        }
    }

}
