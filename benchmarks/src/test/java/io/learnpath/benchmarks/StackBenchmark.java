package io.learnpath.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.benchmarks.notifications.NotificationSettings;
import io.learnpath.benchmarks.report.Report;
import io.learnpath.launcher.Ports;
import io.learnpath.launcher.ServiceProcess;
import io.learnpath.launcher.Stack;
import io.learnpath.launcher.StackLayout;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The stack benchmarks on a stack of their own, started as {@code ./learnpath up} starts it in a fresh home under
 * {@code target/stack}, on ports shifted by {@code learnpath.system-test.port-offset} (12000 here, clear of a
 * developer's stack and of the system tests', and below the ephemeral port range). Writes
 * {@code target/benchmarks/report.md}, {@code report.json} and {@code baseline-candidate.json}; fails when any request failed or a case could not run. A regression against
 * the baseline is marked in the report, not failed: on shared machines a single run is a signal, not a verdict.
 *
 * <p>Not part of {@code ./mvnw verify} (its name is not in failsafe's includes). Run it with
 * {@code ./mvnw -B verify -pl benchmarks -am -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=StackBenchmark}; the knobs are in {@link Settings} and docs/performance.md, and
 * {@code -Dbenchmark.jvm-options=default|peak|<options>} picks the component JVMs' options.
 */
class StackBenchmark {

    @Test
    void everyCaseOnAStackOfItsOwn() throws Exception {
        String jvmOptions = ServiceProcess.jvmOptions(Settings.knob("benchmark.jvm-options"));
        Settings settings = Settings.fromEnvironment();
        Path root = Path.of(System.getProperty("learnpath.root", "..")).toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("learnpath.system-test.home", "target/stack")).toAbsolutePath();
        Path reports = Path.of(System.getProperty("benchmark.report-directory", "target/benchmarks"));
        Path baseline = Path.of(System.getProperty("benchmark.baseline", "baseline.json"));
        int offset = Integer.getInteger("learnpath.system-test.port-offset", 12000);
        StackLayout layout = StackLayout.fresh(root, home, Ports.defaults().shiftedBy(offset));

        Report report;
        try (Stack stack = Stack.start(layout, jvmOptions, Duration.ofMinutes(5),
                line -> System.out.println("[stack] " + line))) {
            report = new StackBenchmarks(stack, settings, NotificationSettings.fromEnvironment(), jvmOptions,
                    "right after the stack was healthy", baseline, line -> System.out.println("[benchmark] " + line))
                    .run(reports);
        }

        System.out.println(report.markdown());
        assertThat(report.errors()).as("failed requests or cases; see " + reports.resolve("report.md")).isEmpty();
    }

}
