package io.learnpath.benchmarks.proxy;

import io.learnpath.benchmarks.Settings;
import io.learnpath.benchmarks.report.Better;
import io.learnpath.benchmarks.report.CaseResult;
import io.learnpath.benchmarks.report.Figure;
import io.learnpath.benchmarks.report.Limit;
import io.learnpath.benchmarks.report.Ratio;
import io.learnpath.benchmarks.report.Report;
import io.learnpath.benchmarks.stack.StackEndpoints;
import io.learnpath.benchmarks.stack.UnderLoad;
import io.learnpath.platform.test.benchmark.HttpLoad;
import io.learnpath.platform.test.benchmark.HttpLoad.Call;
import io.learnpath.platform.test.benchmark.HttpLoad.Round;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One read three ways: directly at the service (the baseline), through the gateway, and through nginx in front of
 * the same service (a reference proxy: the cost of any extra hop on this machine). Rounds of equal length take
 * turns, the order shifting by one each round, so that whatever else the machine does falls on all three alike;
 * each route has an unmeasured warm-up round first. A signed-in read carries one of the learners' tokens in turn,
 * so that the gateway's per-learner rate limit (20 a second, bursts of 40) is shared by all of them and never
 * reached; any failed request fails the run, a refusal (429) included.
 */
public final class ProxyComparison {

    private static final Round NO_WARM_UP = new Round(0, 0, 0, 0);

    private final StackEndpoints stack;
    private final Settings settings;
    private final Path workDirectory;
    private final UnderLoad underLoad;

    /**
     * @param workDirectory where each read's nginx keeps its configuration and log
     * @param underLoad     watches the last round of every route
     */
    public ProxyComparison(StackEndpoints stack, Settings settings, Path workDirectory, UnderLoad underLoad) {
        this.stack = stack;
        this.settings = settings;
        this.workDirectory = workDirectory;
        this.underLoad = underLoad;
    }

    /** The rounds of one route, in the order they ran. */
    record Measured(Route route, Round warmUp, List<Round> rounds) {

        double perSecond() {
            return rounds.stream().mapToDouble(Round::perSecond).average().orElse(Double.NaN);
        }

        double p50() {
            return rounds.stream().mapToDouble(Round::p50Millis).average().orElse(Double.NaN);
        }

        double p99() {
            return rounds.stream().mapToDouble(Round::p99Millis).average().orElse(Double.NaN);
        }

        long errors() {
            return warmUp.errors() + rounds.stream().mapToLong(Round::errors).sum();
        }
    }

    public CaseResult run(Read read, List<String> tokens) throws Exception {
        List<Call> calls = tokens.stream().map(token -> new Call(null, Map.of("Authorization", "Bearer " + token),
                null)).toList();
        Map<Route, Measured> measured = new EnumMap<>(Route.class);
        try (ReferenceProxy nginx = ReferenceProxy.start(stack.port(read.service()),
                workDirectory.resolve("nginx-" + read.name()))) {
            Map<Route, HttpLoad> loads = new EnumMap<>(Route.class);
            loads.put(Route.DIRECT, load(stack.direct(read.service()), read, calls));
            loads.put(Route.GATEWAY, load(stack.gateway(), read, calls));
            loads.put(Route.NGINX, load(nginx.url(), read, calls));
            Map<Route, Round> warmUps = new EnumMap<>(Route.class);
            for (Route route : Route.values()) {
                warmUps.put(route, settings.warmUp().isPositive() ? loads.get(route).run(settings.warmUp())
                        : NO_WARM_UP);
            }
            Map<Route, List<Round>> rounds = new EnumMap<>(Route.class);
            for (int round = 0; round < settings.rounds(); round++) {
                boolean last = round == settings.rounds() - 1;
                for (Route route : turn(round)) {
                    HttpLoad load = loads.get(route);
                    Round result = last ? underLoad.watch(() -> load.run(settings.round()))
                            : load.run(settings.round());
                    rounds.computeIfAbsent(route, key -> new ArrayList<>()).add(result);
                }
                if (!nginx.isAlive()) {
                    throw new IllegalStateException("nginx exited during the " + read.name() + " rounds");
                }
            }
            for (Route route : Route.values()) {
                measured.put(route, new Measured(route, warmUps.get(route), rounds.get(route)));
            }
        }
        return result(read, measured);
    }

    private HttpLoad load(URI server, Read read, List<Call> calls) {
        URI target = server.resolve(read.path());
        HttpLoad load = read.signedIn() ? HttpLoad.get(target, read.headers(), calls, settings.clients())
                : HttpLoad.get(target, read.headers(), settings.clients());
        return settings.paced() ? load.paced(settings.pace()) : load;
    }

    /** Round {@code n}'s order: direct, gateway, nginx, shifted by {@code n}. */
    static List<Route> turn(int round) {
        Route[] routes = Route.values();
        List<Route> order = new ArrayList<>();
        for (int i = 0; i < routes.length; i++) {
            order.add(routes[(i + round) % routes.length]);
        }
        return order;
    }

    static CaseResult result(Read read, Map<Route, Measured> measured) {
        Measured direct = measured.get(Route.DIRECT);
        List<Figure> figures = new ArrayList<>();
        List<Ratio> ratios = new ArrayList<>();
        List<Limit> limits = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        StringBuilder out = new StringBuilder(read.about()).append("""


                Mean of the rounds per route; direct is the baseline of each ratio.

                | route | req/s | p50 ms | p99 ms | req/s ÷ direct | p99 ÷ direct | p99 added ms |
                |---|---|---|---|---|---|---|
                """);
        for (Measured route : measured.values()) {
            String key = read.name() + "." + route.route().key();
            figures.add(new Figure(key + ".req-per-s", route.perSecond()));
            figures.add(new Figure(key + ".p50-ms", route.p50()));
            figures.add(new Figure(key + ".p99-ms", route.p99()));
            double throughput = Ratio.of(route.perSecond(), direct.perSecond());
            double p99 = Ratio.of(route.p99(), direct.p99());
            double added = route.p99() - direct.p99();
            out.append("| %s | %s | %s | %s | %s | %s | %s |%n".formatted(
                    route.route() == Route.DIRECT ? "direct (baseline)" : route.route().key(),
                    Report.format(route.perSecond()), Report.format(route.p50()), Report.format(route.p99()),
                    Report.format(throughput), Report.format(p99), Report.format(added)));
            if (route.errors() > 0) {
                errors.add("%s through %s: %d requests failed (an answer of 400 or above, or none)%s".formatted(
                        read.name(), route.route().key(), route.errors(), route.route() != Route.GATEWAY ? ""
                                : read.signedIn() ? "; if they are the gateway's 429s, raise -Dbenchmark.learners"
                                : "; if they are the gateway's 429s, raise its budget per address"
                                        + " (-Dbenchmark.api-rate-limit)"));
            }
            if (route.route() == Route.DIRECT) {
                continue;
            }
            boolean gateway = route.route() == Route.GATEWAY;
            ratios.add(new Ratio(key + ".throughput", route.route().key() + " ÷ direct, req/s", throughput,
                    Better.HIGHER, gateway ? read.throughputGoal() : null));
            ratios.add(new Ratio(key + ".p99", route.route().key() + " ÷ direct, p99", p99, Better.LOWER, null));
            if (gateway && read.addedP99Goal() != null) {
                limits.add(new Limit(key + ".p99-added-ms", "gateway p99 − direct p99", added, "ms",
                        read.addedP99Goal()));
            }
        }
        out.append("\nEach round (the order of the routes shifts by one each round):\n\n"
                + "| round | route | req/s | p50 ms | p99 ms | failed requests |\n|---|---|---|---|---|---|\n");
        int rounds = direct.rounds().size();
        for (int round = 0; round < rounds; round++) {
            for (Route route : turn(round)) {
                Round result = measured.get(route).rounds().get(round);
                out.append("| %d | %s | %s | %s | %s | %d |%n".formatted(round + 1, route.key(),
                        Report.format(result.perSecond()), Report.format(result.p50Millis()),
                        Report.format(result.p99Millis()), result.errors()));
            }
        }
        return new CaseResult(read.title(), out.toString(), figures, ratios, limits, errors);
    }
}
