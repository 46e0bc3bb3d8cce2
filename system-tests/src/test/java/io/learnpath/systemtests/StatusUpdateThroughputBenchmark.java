package io.learnpath.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.benchmarks.Settings;
import io.learnpath.benchmarks.report.CaseResult;
import io.learnpath.benchmarks.stack.Learners;
import io.learnpath.benchmarks.stack.StackEndpoints;
import io.learnpath.benchmarks.stack.UnderLoad;
import io.learnpath.benchmarks.statusupdates.StatusUpdates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The status-update case of the stack benchmarks ({@link StatusUpdates}, module {@code benchmarks}, where its logic
 * lives and where StackBenchmark runs it with the others) alone, on the system tests' stack, with the knobs and the
 * report file it always had: {@code ./mvnw -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=StatusUpdateThroughputBenchmark -Dapi-lint.skip}, knobs {@code -Dbenchmark.clients=8
 * -Dbenchmark.seconds=10 -Dbenchmark.rounds=3 -Dbenchmark.learners=100 -Dbenchmark.topics=4}. Writes
 * {@code target/benchmarks/status-update-throughput.md}. Not a system test: its name keeps it out of failsafe's
 * includes.
 */
@ExtendWith(SharedStack.class)
class StatusUpdateThroughputBenchmark {

    private final RunningStack stack;

    StatusUpdateThroughputBenchmark(RunningStack stack) {
        this.stack = stack;
    }

    @Test
    void statusUpdatesThroughTheGatewayAgainstDirectlyToTheProgressService() throws Exception {
        Settings settings = new Settings(Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 10)),
                Integer.getInteger("benchmark.rounds", 3), Duration.ofSeconds(5),
                Integer.getInteger("benchmark.clients", 8), Integer.getInteger("benchmark.learners", 100), 0,
                0.20, Integer.getInteger("benchmark.topics", 4), List.of("status-updates"));
        StackEndpoints endpoints = StackEndpoints.of(stack.stack());
        List<String> tokens = Learners.tokens(Learners.signUp(endpoints, settings.learners()));

        CaseResult result = new StatusUpdates(endpoints, settings, UnderLoad.NOTHING).run(tokens);

        String report = "# " + result.title() + "\n\nComponent JVMs `" + RunningStack.JVM_OPTIONS + "`; "
                + settings.describe() + ".\n\n" + result.markdown() + residentMemory();
        Path file = Path.of("target/benchmarks/status-update-throughput.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);
        assertThat(result.errors()).isEmpty();
    }

    /** Each component JVM's resident memory now, after the load (the "≤ 300 MB under load" target). */
    private String residentMemory() {
        return stack.stack().services().values().stream()
                .sorted(Comparator.comparing(process -> process.component().module()))
                .map(process -> process.component().module() + " " + process.residentMemory().stream()
                        .mapToObj(bytes -> bytes / 1048576 + " MB").findFirst().orElse("n/a"))
                .collect(Collectors.joining(", ", "\nResident memory after the last round: ", ".\n"));
    }
}
