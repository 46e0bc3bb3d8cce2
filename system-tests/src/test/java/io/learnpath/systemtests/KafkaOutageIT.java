package io.learnpath.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.launcher.Component;
import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.platform.test.http.TestResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The Kafka broker killed outright (SIGKILL) while a learner keeps working: every change is accepted meanwhile
 * (the events wait in the progress-service's outbox), the launcher starts the broker again on its data, and then
 * every event reaches the notification-service, in order, none twice, with no manual step.
 */
@ExtendWith(SharedStack.class)
class KafkaOutageIT {

    private static final int CHANGES = 5;

    private final RunningStack stack;
    private final TestHttp gateway;

    KafkaOutageIT(RunningStack stack) {
        this.stack = stack;
        this.gateway = stack.gateway();
    }

    @Test
    void changesMadeWhileTheBrokerIsDeadAreDeliveredOnceItIsBackInOrderAndOnce() throws IOException {
        String token = BenchmarkAccounts.signUp(stack.stack().layout().ports(), 1).getFirst();
        List<String> titles = new ArrayList<>();
        List<String> slugs = new ArrayList<>();
        JsonNode topics = gateway.get("/api/content/roadmaps/backend", null).json().path("levels").get(0)
                .path("topics");
        for (int i = 0; i < CHANGES; i++) {
            slugs.add(topics.get(i).path("slug").asString());
            titles.add(topics.get(i).path("title").asString());
        }

        ProcessHandle broker = kafkaBroker();
        broker.destroyForcibly();
        await().atMost(Duration.ofSeconds(30)).until(() -> !broker.isAlive());
        // Each service notices by itself (KafkaReachability) and says so on its gauge.
        await().atMost(Duration.ofSeconds(30)).until(() -> kafkaDown() == 1);

        for (String slug : slugs) {
            var accepted = gateway.request("/api/progress/roadmaps/backend/topics/" + slug).token(token)
                    .json("{\"status\": \"DONE\"}").put();
            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        }

        List<String> said = stack.stack().restartInfrastructureThatHasExited();
        assertThat(said).as("what the launcher said").anyMatch(line -> line.startsWith("Kafka is running again"));

        Faults.awaitDeliveredInOrderOnce(gateway, token, titles);
        await().atMost(Duration.ofSeconds(30)).until(() -> kafkaDown() == 0);
        // One line when the broker went and one when it came back, not the clients' warning per reconnect attempt.
        assertThat(Files.readAllLines(stack.stack().services().get(Component.PROGRESS).logFile()))
                .filteredOn(line -> line.contains(" WARN ") && line.contains("NetworkClient")).isEmpty();
    }

    /** The progress-service's {@code learnpath_kafka_down} gauge. */
    private double kafkaDown() {
        TestResponse metrics = TestHttp.at(URI.create("http://localhost:" + stack.stack().layout().ports().progress()))
                .get("/actuator/prometheus");
        assertThat(metrics.status()).as(metrics.toString()).isEqualTo(200);
        return metrics.body().lines().filter(line -> line.startsWith("learnpath_kafka_down{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst()
                .orElseThrow();
    }

    private ProcessHandle kafkaBroker() {
        return ProcessHandle.of(stack.stack().kafkaPid()).orElseThrow();
    }
}
