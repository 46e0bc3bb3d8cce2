package io.learnpath.benchmarks.statusupdates;

import io.learnpath.benchmarks.Settings;
import io.learnpath.benchmarks.report.Better;
import io.learnpath.benchmarks.report.CaseResult;
import io.learnpath.benchmarks.report.Figure;
import io.learnpath.benchmarks.report.Ratio;
import io.learnpath.benchmarks.report.Report;
import io.learnpath.benchmarks.stack.Metrics;
import io.learnpath.benchmarks.stack.Roadmaps;
import io.learnpath.benchmarks.stack.StackEndpoints;
import io.learnpath.benchmarks.stack.UnderLoad;
import io.learnpath.launcher.Component;
import io.learnpath.platform.test.benchmark.HttpLoad;
import io.learnpath.platform.test.benchmark.HttpLoad.Call;
import io.learnpath.platform.test.benchmark.HttpLoad.Round;
import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.platform.test.http.TestResponse;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Status-update throughput ({@code PUT /api/progress/roadmaps/backend/topics/{topic}}) through the gateway against
 * directly at the progress-service, rounds taking turns.
 *
 * <p>Every request is meant to be a real change (a row written and a {@code TopicStatusChanged} put in the outbox
 * in one transaction, relayed to Kafka and turned into a notification by the notification-service): each learner
 * sets {@code topics} topics back and forth between DONE and IN_PROGRESS, starting each round from the status each
 * topic has then (read from the summary), and the load driver never lets two connections send the same request at
 * once. The progress-service's counter of committed changes ({@code learnpath_progress_status_changes_total}) says
 * how many requests really changed something.
 *
 * <p>The HTTP side commits changes faster than the outbox relays them to Kafka, and the backlog waits in the
 * progress-service's memory: left to grow over several rounds it filled the heap, and later rounds measured the
 * garbage collector. So after each round the case waits until the outbox is empty again (its
 * {@code learnpath_outbox_backlog} gauge), and every round starts from the same state; how long that took is the
 * relay's own throughput, reported beside the HTTP numbers.
 */
public final class StatusUpdates {

    private static final String CHANGES_COUNTER = "learnpath_progress_status_changes_total";
    private static final String OUTBOX_BACKLOG = "learnpath_outbox_backlog";
    private static final Duration DRAIN_PATIENCE = Duration.ofMinutes(10);
    private static final Duration DRAIN_POLL = Duration.ofMillis(500);

    private final StackEndpoints stack;
    private final Settings settings;
    private final int topics;
    private final UnderLoad underLoad;
    private final TestHttp progress;

    public StatusUpdates(StackEndpoints stack, Settings settings, UnderLoad underLoad) {
        this.stack = stack;
        this.settings = settings;
        this.topics = settings.topics();
        this.underLoad = underLoad;
        this.progress = TestHttp.at(stack.direct(Component.PROGRESS));
    }

    /**
     * One round of one route, the changes the progress-service committed meanwhile and, right after it, the events
     * still waiting in its outbox and its heap in use; then how long the outbox took to drain.
     */
    record Measured(String route, Round round, double changesPerSecond, long outboxBacklog, double heapMegabytes,
            Duration drained) {

        /** Events relayed per second while the outbox drained with no new changes coming in. */
        double relayedPerSecond() {
            return drained.isZero() ? 0 : outboxBacklog * 1000.0 / drained.toMillis();
        }

        double realChanges() {
            return round.perSecond() > 0 ? changesPerSecond / round.perSecond() : Double.NaN;
        }
    }

    public CaseResult run(List<String> tokens) throws Exception {
        List<String> slugs = Roadmaps.topicsOf(stack, Roadmaps.BACKEND).stream().limit(topics).toList();
        URI gateway = stack.gateway();
        URI direct = stack.direct(Component.PROGRESS);
        if (settings.warmUp().isPositive()) {
            measure("gateway", gateway, tokens, slugs, settings.warmUp(), false);
            measure("direct", direct, tokens, slugs, settings.warmUp(), false);
        }
        List<Measured> throughGateway = new ArrayList<>();
        List<Measured> directly = new ArrayList<>();
        for (int round = 0; round < settings.rounds(); round++) {
            boolean last = round == settings.rounds() - 1;
            throughGateway.add(measure("gateway", gateway, tokens, slugs, settings.round(), last));
            directly.add(measure("direct", direct, tokens, slugs, settings.round(), last));
        }
        return result(throughGateway, directly, tokens.size(), slugs.size());
    }

    private Measured measure(String route, URI target, List<String> tokens, List<String> slugs, Duration length,
            boolean watched) throws Exception {
        HttpLoad load = HttpLoad.put(target, Map.of("Content-Type", "application/json"), backAndForth(tokens, slugs),
                settings.clients());
        HttpLoad paced = settings.paced() ? load.paced(settings.pace()) : load;
        double before = Metrics.of(stack, Component.PROGRESS).sum(CHANGES_COUNTER);
        Instant start = Instant.now();
        Round round = watched ? underLoad.watch(() -> paced.run(length)) : paced.run(length);
        // Over the whole run (wrk's start and end included), as wrk's own rate is over its run.
        Duration took = Duration.between(start, Instant.now());
        Metrics after = Metrics.of(stack, Component.PROGRESS);
        Instant drainStart = Instant.now();
        awaitEmptyOutbox();
        return new Measured(route, round, (after.sum(CHANGES_COUNTER) - before) * 1000 / took.toMillis(),
                (long) after.sum(OUTBOX_BACKLOG), after.sum("jvm_memory_used_bytes", "area=\"heap\"") / 1048576,
                Duration.between(drainStart, Instant.now()));
    }

    private void awaitEmptyOutbox() throws InterruptedException {
        Instant deadline = Instant.now().plus(DRAIN_PATIENCE);
        while (Metrics.of(stack, Component.PROGRESS).sum(OUTBOX_BACKLOG) > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The progress-service's outbox did not drain within "
                        + DRAIN_PATIENCE.toMinutes() + " minutes");
            }
            Thread.sleep(DRAIN_POLL); // polling another process's gauge: there is no event to wait on
        }
    }

    /**
     * Each (learner, topic) first set to the status it does not have now, then back, learners taking turns so that
     * consecutive requests are different learners'. Walked in order, every request is a change.
     */
    private List<Call> backAndForth(List<String> tokens, List<String> slugs) {
        List<Call> there = new ArrayList<>();
        List<Call> back = new ArrayList<>();
        List<Map<String, String>> statuses = tokens.stream().map(this::statusesOf).toList();
        for (String topic : slugs) {
            for (int learner = 0; learner < tokens.size(); learner++) {
                String first = "DONE".equals(statuses.get(learner).get(topic)) ? "IN_PROGRESS" : "DONE";
                String second = "DONE".equals(first) ? "IN_PROGRESS" : "DONE";
                String path = "/api/progress/roadmaps/" + Roadmaps.BACKEND + "/topics/" + topic;
                Map<String, String> authorization = Map.of("Authorization", "Bearer " + tokens.get(learner));
                there.add(new Call(path, authorization, "{\"status\":\"" + first + "\"}"));
                back.add(new Call(path, authorization, "{\"status\":\"" + second + "\"}"));
            }
        }
        there.addAll(back);
        return there;
    }

    private Map<String, String> statusesOf(String token) {
        TestResponse summary = progress.get("/api/progress/roadmaps/" + Roadmaps.BACKEND, token);
        if (summary.status() != 200) {
            throw new IllegalStateException("A learner's summary could not be read: " + summary);
        }
        Map<String, String> statuses = new HashMap<>();
        summary.json().path("topics").valueStream().forEach(topic ->
                statuses.put(topic.path("topicSlug").asString(), topic.path("status").asString()));
        return statuses;
    }

    static CaseResult result(List<Measured> throughGateway, List<Measured> directly, int learners, int topics) {
        StringBuilder out = new StringBuilder("""
                `PUT /api/progress/roadmaps/%s/topics/{topic}`: %d learners × %d topics set back and forth between \
                DONE and IN_PROGRESS (every request a real change: a row, and an event through the outbox, Kafka \
                and the notification-service), rounds taking turns between the gateway and the progress-service's \
                own port. "Changes" are the progress-service's committed status changes per second over the round; \
                "outbox" the events it had not yet relayed to Kafka and "heap" its heap in use (MB), both right \
                after the round; "drained" how long the outbox then took to empty with no new changes (every round \
                starts with an empty outbox), and "relayed/s" that backlog over that time.

                | round | route | req/s | p50 ms | p99 ms | changes/s | outbox | heap MB | drained s | relayed/s | failed |
                |---|---|---|---|---|---|---|---|---|---|---|
                """.formatted(Roadmaps.BACKEND, learners, topics));
        for (int i = 0; i < throughGateway.size(); i++) {
            row(out, i + 1, throughGateway.get(i));
            row(out, i + 1, directly.get(i));
        }
        double gatewayRate = mean(throughGateway, measured -> measured.round().perSecond());
        double directRate = mean(directly, measured -> measured.round().perSecond());
        double gatewayP99 = mean(throughGateway, measured -> measured.round().p99Millis());
        double directP99 = mean(directly, measured -> measured.round().p99Millis());
        List<Measured> all = new ArrayList<>(throughGateway);
        all.addAll(directly);
        double relayed = mean(all, Measured::relayedPerSecond);
        double realChanges = mean(all, Measured::realChanges);
        out.append("""

                Mean: through the gateway %s req/s, directly %s req/s; p99 %s ms against %s ms. Real changes: %s \
                of the requests. The outbox relayed %s events a second while draining.
                """.formatted(Report.format(gatewayRate), Report.format(directRate), Report.format(gatewayP99),
                Report.format(directP99), Report.format(realChanges), Report.format(relayed)));
        List<Figure> figures = List.of(
                new Figure("status-update.gateway.req-per-s", gatewayRate),
                new Figure("status-update.direct.req-per-s", directRate),
                new Figure("status-update.gateway.p50-ms", mean(throughGateway, m -> m.round().p50Millis())),
                new Figure("status-update.direct.p50-ms", mean(directly, m -> m.round().p50Millis())),
                new Figure("status-update.gateway.p99-ms", gatewayP99),
                new Figure("status-update.direct.p99-ms", directP99),
                new Figure("status-update.real-changes", realChanges),
                new Figure("status-update.outbox.relayed-per-s", relayed));
        List<Ratio> ratios = List.of(
                new Ratio("status-update.gateway.throughput", "status updates, gateway ÷ direct, req/s",
                        Ratio.of(gatewayRate, directRate), Better.HIGHER, null),
                new Ratio("status-update.gateway.p99", "status updates, gateway ÷ direct, p99",
                        Ratio.of(gatewayP99, directP99), Better.LOWER, null));
        List<String> errors = new ArrayList<>();
        all.stream().filter(measured -> measured.round().errors() > 0).forEach(measured -> errors.add(
                "status updates through %s: %d requests failed".formatted(measured.route(), measured.round()
                        .errors())));
        return new CaseResult("Status updates: through the gateway against directly", out.toString(), figures,
                ratios, List.of(), errors);
    }

    private static void row(StringBuilder out, int round, Measured measured) {
        Round r = measured.round();
        out.append("| %d | %s | %s | %s | %s | %s | %d | %s | %s | %s | %d |%n".formatted(round, measured.route(),
                Report.format(r.perSecond()), Report.format(r.p50Millis()), Report.format(r.p99Millis()),
                Report.format(measured.changesPerSecond()), measured.outboxBacklog(),
                Report.format(measured.heapMegabytes()), Report.format(measured.drained().toMillis() / 1000.0),
                Report.format(measured.relayedPerSecond()), r.errors()));
    }

    private static double mean(List<Measured> measured, ToDoubleFunction<Measured> figure) {
        return measured.stream().mapToDouble(figure).average().orElse(Double.NaN);
    }
}
