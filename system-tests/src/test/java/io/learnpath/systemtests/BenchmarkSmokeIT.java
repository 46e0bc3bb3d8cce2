package io.learnpath.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.benchmarks.Settings;
import io.learnpath.benchmarks.StackBenchmarks;
import io.learnpath.benchmarks.notifications.NotificationSettings;
import io.learnpath.benchmarks.report.Report;
import io.learnpath.launcher.Component;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A smoke run of the stack benchmarks (the benchmarks module, docs/performance.md) on the shared system-test stack,
 * so that they never rot between the runs that measure: every case once, briefly (one paced round of 2 s per
 * route without warm-up, two learners, a few notices, one step of ten streams), and the report must be written with
 * every figure present and above zero and no error. It measures nothing: the shared stack has served every other
 * system test, and the load is paced. (The outbox's drain rate is left out: a backlog of a paced round may already
 * be gone when it is read, and its rate then is zero.)
 */
@ExtendWith(SharedStack.class)
class BenchmarkSmokeIT {

    private static final List<String> READS = List.of("db-read", "cached-read");
    private static final List<String> ROUTES = List.of("direct", "gateway", "nginx");

    private final RunningStack stack;

    BenchmarkSmokeIT(RunningStack stack) {
        this.stack = stack;
    }

    @Test
    void everyCaseRunsAndTheReportHasEveryFigure() throws Exception {
        Path root = Path.of(System.getProperty("learnpath.root", "..")).toAbsolutePath().normalize();
        Path directory = Path.of("target/benchmarks/smoke");

        Report report = new StackBenchmarks(stack.stack(), Settings.smoke(), NotificationSettings.smoke(),
                RunningStack.JVM_OPTIONS,
                "when the smoke run began, on the shared system-test stack", root.resolve("benchmarks/baseline.json"),
                line -> System.out.println("[benchmark smoke] " + line)).run(directory);

        assertThat(report.errors()).as(report.markdown()).isEmpty();
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(directory.resolve("report.json")));
        assertThat(expectedFigures()).allSatisfy(name -> assertThat(json.path("figures").path(name).asDouble())
                .as("figure %s in %s", name, json.path("figures")).isPositive());
        assertThat(expectedRatios()).allSatisfy(name -> assertThat(json.path("ratios").path(name).asDouble())
                .as("ratio %s in %s", name, json.path("ratios")).isPositive());
        assertThat(json.path("errors").isEmpty()).isTrue();
        assertThat(Files.readString(directory.resolve("report.md"))).startsWith("# Benchmark report")
                .contains("## Regressions").contains("## Ratios").contains("## Limits");
        assertThat(directory.resolve("baseline-candidate.json")).isRegularFile();
    }

    private static List<String> expectedFigures() {
        List<String> names = new ArrayList<>();
        for (String read : READS) {
            for (String route : ROUTES) {
                Stream.of("req-per-s", "p50-ms", "p99-ms").forEach(figure -> names.add(read + "." + route + "."
                        + figure));
            }
        }
        for (String route : List.of("gateway", "direct")) {
            Stream.of("req-per-s", "p50-ms", "p99-ms").forEach(figure -> names.add("status-update." + route + "."
                    + figure));
            Stream.of("p50-ms", "p99-ms").forEach(figure -> names.add("sign-in." + route + "." + figure));
        }
        names.add("status-update.real-changes");
        names.addAll(List.of("notification.done-per-s", "notification.p50-ms", "notification.p95-ms",
                "notification.p99-ms", "notification.put-p99-ms", "notification.to-stored-p99-ms",
                "notification.to-stream-p99-ms", "notification.subscribers.largest-clean-step"));
        names.add("startup-seconds");
        Stream.concat(Stream.of(Component.values()).map(Component::module), Stream.of("kafka"))
                .forEach(jvm -> names.addAll(List.of("rss." + jvm + ".idle-mb", "rss." + jvm + ".load-mb")));
        return names;
    }

    private static List<String> expectedRatios() {
        List<String> names = new ArrayList<>();
        for (String read : READS) {
            for (String route : List.of("gateway", "nginx")) {
                names.addAll(List.of(read + "." + route + ".throughput", read + "." + route + ".p99"));
            }
        }
        names.addAll(List.of("status-update.gateway.throughput", "status-update.gateway.p99", "sign-in.gateway.p50",
                "sign-in.gateway.p99", "notification.p99-over-put-p99",
                "notification.subscribers.inbox-p99"));
        return names;
    }
}
