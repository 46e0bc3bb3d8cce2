package io.learnpath.systemtests;

import io.learnpath.benchmarks.notifications.NotificationLatency;
import io.learnpath.benchmarks.notifications.NotificationSettings;
import io.learnpath.benchmarks.notifications.Subscribers;
import io.learnpath.benchmarks.report.CaseResult;
import io.learnpath.benchmarks.stack.StackEndpoints;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The notification cases of the stack benchmarks ({@link NotificationLatency} and {@link Subscribers}, module
 * {@code benchmarks}, where their logic lives and where StackBenchmark runs them with the others) alone, on the
 * system tests' stack, with the knobs and the report file they always had: {@code ./mvnw -B verify -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=NotificationLatencyBenchmark -Dapi-lint.skip
 * -Dlearnpath.system-test.jvm-options=peak}; knobs {@code -Dbenchmark.learners=150 -Dbenchmark.rate=100
 * -Dbenchmark.seconds=30 -Dbenchmark.warm-up-seconds=150 -Dbenchmark.subscriber-steps=100,200,400,800,1200}.
 * Writes {@code target/benchmarks/notification-latency.md}. Not a system test (its name keeps it out of failsafe's
 * includes).
 */
@ExtendWith(SharedStack.class)
class NotificationLatencyBenchmark {

    private final RunningStack stack;

    NotificationLatencyBenchmark(RunningStack stack) {
        this.stack = stack;
    }

    @Test
    void fromTopicDoneToTheNoticeOnTheStreamAndHowManyStreamsOneInstanceHolds() throws Exception {
        NotificationSettings settings = new NotificationSettings(Integer.getInteger("benchmark.learners", 150),
                Integer.getInteger("benchmark.rate", 100),
                Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 30)),
                Duration.ofSeconds(Integer.getInteger("benchmark.warm-up-seconds", 150)),
                NotificationSettings.steps(System.getProperty("benchmark.subscriber-steps",
                        "100,200,400,800,1200")), Integer.getInteger("benchmark.spread", 45));
        StackEndpoints endpoints = StackEndpoints.of(stack.stack());
        String header = "# Notifications through the gateway\n\n%s, %d cores, component JVMs `%s`.\n\n".formatted(
                Instant.now(), Runtime.getRuntime().availableProcessors(), RunningStack.JVM_OPTIONS);

        String report = header + section(new NotificationLatency(endpoints, settings).run());
        // Written after each part, so the latency numbers survive a subscriber step that takes the service down.
        write(report);
        write(report + "\n" + section(new Subscribers(endpoints, settings).run()));
    }

    private static String section(CaseResult result) {
        return "## " + result.title() + "\n\n" + result.markdown();
    }

    private static void write(String report) throws java.io.IOException {
        Path file = Path.of("target/benchmarks/notification-latency.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);
    }
}
