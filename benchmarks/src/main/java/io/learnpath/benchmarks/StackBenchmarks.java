package io.learnpath.benchmarks;

import io.learnpath.benchmarks.footprint.StartupAndMemory;
import io.learnpath.benchmarks.notifications.NotificationLatency;
import io.learnpath.benchmarks.notifications.NotificationSettings;
import io.learnpath.benchmarks.notifications.Subscribers;
import io.learnpath.benchmarks.proxy.ProxyComparison;
import io.learnpath.benchmarks.proxy.Read;
import io.learnpath.benchmarks.report.Baseline;
import io.learnpath.benchmarks.report.CaseResult;
import io.learnpath.benchmarks.report.Report;
import io.learnpath.benchmarks.report.RunInfo;
import io.learnpath.benchmarks.signin.SignIn;
import io.learnpath.benchmarks.stack.Learners;
import io.learnpath.benchmarks.stack.Learners.Learner;
import io.learnpath.benchmarks.stack.MachineLoad;
import io.learnpath.benchmarks.stack.StackEndpoints;
import io.learnpath.benchmarks.statusupdates.StatusUpdates;
import io.learnpath.launcher.Stack;
import io.learnpath.platform.test.benchmark.HttpLoad;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs every case of the stack benchmarks against a running stack and writes the one report: StackBenchmark on a
 * stack of its own, BenchmarkSmokeIT (system tests) briefly on the shared system-test stack. A case that fails is
 * reported as such and the others still run, so that one report shows everything that went wrong.
 *
 * @param stack         the stack under test, healthy
 * @param settings      the knobs
 * @param notifications the notification cases' knobs
 * @param jvmOptions    the component JVMs' options, for the report
 * @param idleWhen      when the idle memory is read (now), for the report
 * @param baselineFile  the accepted baseline ({@code benchmarks/baseline.json})
 * @param say           progress lines
 */
public record StackBenchmarks(Stack stack, Settings settings, NotificationSettings notifications, String jvmOptions,
        String idleWhen, Path baselineFile, Consumer<String> say) {

    // Access tokens live 15 minutes: a case starting later than this after the sign-in signs the learners in again.
    private static final Duration TOKENS_FRESH_FOR = Duration.ofMinutes(10);

    /** Runs the cases, writes report.md, report.json and baseline-candidate.json into {@code directory}. */
    public Report run(Path directory) throws IOException {
        RunInfo run = new RunInfo(Instant.now(), commit(stack.layout().projectRoot()),
                Runtime.getRuntime().availableProcessors(), MachineLoad.now(), "", conditions());
        StartupAndMemory footprint = StartupAndMemory.idle(stack, idleWhen);
        StackEndpoints endpoints = StackEndpoints.of(stack);
        List<CaseResult> cases = new ArrayList<>();
        SignedIn learners = null;
        if (settings.runs("reads") || settings.runs("status-updates") || settings.runs("sign-in")) {
            try {
                say.accept("Signing up " + settings.learners() + " learners at the auth-service ...");
                learners = new SignedIn(Learners.signUp(endpoints, settings.learners()), Instant.now());
            } catch (Exception e) {
                cases.add(CaseResult.failed("Learners", e));
            }
        }
        if (learners != null && settings.runs("reads")) {
            ProxyComparison proxies = new ProxyComparison(endpoints, settings, directory.resolve("nginx"),
                    footprint.underLoad());
            for (Read read : List.of(Read.progressSummary(), Read.cachedRoadmapTree())) {
                List<String> tokens = (learners = learners.fresh(endpoints)).tokens();
                cases.add(attempt(read.title(), read.name(), () -> proxies.run(read, tokens)));
            }
        }
        if (learners != null && settings.runs("status-updates")) {
            List<String> tokens = (learners = learners.fresh(endpoints)).tokens();
            cases.add(attempt("Status updates", "status updates",
                    () -> new StatusUpdates(endpoints, settings, footprint.underLoad()).run(tokens)));
        }
        if (learners != null && settings.runs("sign-in")) {
            List<Learner> accounts = learners.learners();
            cases.add(attempt("Sign-in", "sign-in",
                    () -> new SignIn(endpoints, settings).run(accounts, Learners.PASSWORD)));
        }
        if (settings.runs("notifications")) {
            cases.add(attempt("Notifications", "topic done → notice",
                    () -> new NotificationLatency(endpoints, notifications).run()));
        }
        if (settings.runs("subscribers")) {
            cases.add(attempt("Subscribers", "subscribers per instance",
                    () -> new Subscribers(endpoints, notifications).run()));
        }
        cases.add(footprint.result());
        Report report = new Report(run.ended(MachineLoad.now()), cases, Baseline.read(baselineFile),
                settings.threshold());
        report.write(directory);
        say.accept("Report written to " + directory.resolve("report.md"));
        return report;
    }

    /** A case as it ran, or as it failed: one failing case does not keep the others from running. */
    private CaseResult attempt(String title, String what, Callable<CaseResult> benchmarkCase) {
        say.accept("Measuring " + what + " ...");
        try {
            return benchmarkCase.call();
        } catch (Exception e) {
            return CaseResult.failed(title, e);
        }
    }

    /** The learners and when they signed in. */
    private record SignedIn(List<Learner> learners, Instant at) {

        SignedIn fresh(StackEndpoints endpoints) {
            if (Instant.now().isBefore(at.plus(TOKENS_FRESH_FOR))) {
                return this;
            }
            return new SignedIn(Learners.signInAgain(endpoints, learners), Instant.now());
        }

        List<String> tokens() {
            return Learners.tokens(learners);
        }
    }

    private List<String> conditions() {
        String rateLimit = System.getenv().getOrDefault("LEARNPATH_GATEWAY_RATELIMIT_API_REPLENISHRATE", "20");
        String burst = System.getenv().getOrDefault("LEARNPATH_GATEWAY_RATELIMIT_API_BURSTCAPACITY", "40");
        return List.of(
                "Component JVMs: `" + jvmOptions + "`",
                "Load: " + HttpLoad.driver() + "; " + settings.describe(),
                "Traces: " + (stack.zipkinUrl().isPresent() ? "sent to Zipkin (the local stack's default; "
                        + "`LEARNPATH_ZIPKIN=off` leaves them out)" : "off"),
                "The gateway's rate limit: " + rateLimit + " requests a second per learner, bursts of " + burst
                        + "; sign-ins paced at " + SignIn.pace() + " a second (four fifths of its sign-in budget)",
                ("Notifications: %d learners, head starts of 0 to %d topics, %d DONE a second for %d s after a %d s"
                        + " climb; subscriber steps %s").formatted(notifications.learners(),
                        notifications.headStart(notifications.learners() - 1), notifications.rate(),
                        notifications.length().toSeconds(), notifications.warmUp().toSeconds(), notifications.steps()));
    }

    /** The checkout's commit ("-dirty" with uncommitted changes), so that a report says what it measured. */
    static String commit(Path projectRoot) {
        try {
            Process git = new ProcessBuilder("git", "-C", projectRoot.toString(), "describe", "--always", "--dirty")
                    .redirectErrorStream(true).start();
            String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            boolean done = git.waitFor(10, TimeUnit.SECONDS);
            return done && git.exitValue() == 0 && !output.isEmpty() ? output : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
