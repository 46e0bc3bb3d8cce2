package io.learnpath.benchmarks.signin;

import io.learnpath.benchmarks.Settings;
import io.learnpath.benchmarks.report.Better;
import io.learnpath.benchmarks.report.CaseResult;
import io.learnpath.benchmarks.report.Figure;
import io.learnpath.benchmarks.report.Ratio;
import io.learnpath.benchmarks.report.Report;
import io.learnpath.benchmarks.stack.Learners.Learner;
import io.learnpath.benchmarks.stack.StackEndpoints;
import io.learnpath.launcher.Component;
import io.learnpath.platform.test.benchmark.HttpLoad.Round;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sign-in ({@code POST /api/auth/login}, the right password, Argon2id at its real cost) through the gateway against
 * directly at the auth-service, rounds taking turns.
 *
 * <p>The gateway allows one sign-in a second per address (bursts of 10: the "credentials" budget, against password
 * guessing), and every request of the benchmark comes from 127.0.0.1. So both routes get the same sign-ins one after
 * another at four fifths of that budget ({@link PacedRequests}), and what is compared is the latency of a sign-in,
 * not a throughput (that is the auth-service's
 * module benchmark, SignInBenchmark: about 30 a second on two cores). A budget raised for the run
 * ({@code LEARNPATH_GATEWAY_RATELIMIT_CREDENTIALS_REPLENISHRATE}, which the stack's JVMs inherit) raises the pace
 * with it. A refusal (429) counts as a failed request.
 */
public final class SignIn {

    private final StackEndpoints stack;
    private final Settings settings;

    public SignIn(StackEndpoints stack, Settings settings) {
        this.stack = stack;
        this.settings = settings;
    }

    /** Four fifths of the gateway's sign-in budget per address, as the stack's JVMs will have it. */
    public static double pace() {
        String rate = System.getenv().getOrDefault("LEARNPATH_GATEWAY_RATELIMIT_CREDENTIALS_REPLENISHRATE", "1");
        return 0.8 * Double.parseDouble(rate);
    }

    public CaseResult run(List<Learner> learners, String password) throws Exception {
        List<String> bodies = learners.stream().map(learner -> "{\"email\":\"%s\",\"password\":\"%s\"}"
                .formatted(learner.email(), password)).toList();
        Map<String, URI> targets = Map.of("direct", stack.direct(Component.AUTH).resolve("/api/auth/login"),
                "gateway", stack.gateway().resolve("/api/auth/login"));
        List<String> order = List.of("direct", "gateway");
        PacedRequests requests = new PacedRequests();
        if (settings.warmUp().isPositive()) {
            for (String route : order) {
                requests.post(targets.get(route), bodies, pace(), settings.warmUp());
            }
        }
        Map<String, List<Round>> rounds = Map.of("direct", new ArrayList<>(), "gateway", new ArrayList<>());
        for (int round = 0; round < settings.rounds(); round++) {
            for (String route : round % 2 == 0 ? order : order.reversed()) {
                rounds.get(route).add(requests.post(targets.get(route), bodies, pace(), settings.round()));
            }
        }
        return result(rounds.get("direct"), rounds.get("gateway"));
    }

    static CaseResult result(List<Round> direct, List<Round> gateway) {
        double directP50 = direct.stream().mapToDouble(Round::p50Millis).average().orElse(Double.NaN);
        double directP99 = direct.stream().mapToDouble(Round::p99Millis).average().orElse(Double.NaN);
        double gatewayP50 = gateway.stream().mapToDouble(Round::p50Millis).average().orElse(Double.NaN);
        double gatewayP99 = gateway.stream().mapToDouble(Round::p99Millis).average().orElse(Double.NaN);
        StringBuilder out = new StringBuilder("""
                `POST /api/auth/login` with the right password (Argon2id at the auth-service's configured cost), \
                the benchmark's learners in turn, one after another at %s sign-ins a second on both routes: four \
                fifths of the gateway's sign-in budget per address. A latency comparison, not a throughput one.

                | route | sign-ins/s | p50 ms | p99 ms | p99 ÷ direct |
                |---|---|---|---|---|
                | direct (baseline) | %s | %s | %s | 1.00 |
                | gateway | %s | %s | %s | %s |

                Each round:

                | round | route | sign-ins/s | p50 ms | p99 ms | failed |
                |---|---|---|---|---|---|
                """.formatted(Report.format(pace()),
                Report.format(mean(direct)), Report.format(directP50), Report.format(directP99),
                Report.format(mean(gateway)), Report.format(gatewayP50), Report.format(gatewayP99),
                Report.format(Ratio.of(gatewayP99, directP99))));
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < direct.size(); i++) {
            for (Map.Entry<String, Round> entry : List.of(Map.entry("direct", direct.get(i)),
                    Map.entry("gateway", gateway.get(i)))) {
                Round round = entry.getValue();
                out.append("| %d | %s | %s | %s | %s | %d |%n".formatted(i + 1, entry.getKey(),
                        Report.format(round.perSecond()), Report.format(round.p50Millis()),
                        Report.format(round.p99Millis()), round.errors()));
                if (round.errors() > 0) {
                    errors.add("sign-in through %s, round %d: %d requests failed%s".formatted(entry.getKey(), i + 1,
                            round.errors(), entry.getKey().equals("gateway")
                                    ? " (a 429 means the sign-in budget was reached)" : ""));
                }
            }
        }
        return new CaseResult("Sign-in: through the gateway against directly", out.toString(), List.of(
                new Figure("sign-in.direct.p50-ms", directP50), new Figure("sign-in.direct.p99-ms", directP99),
                new Figure("sign-in.gateway.p50-ms", gatewayP50), new Figure("sign-in.gateway.p99-ms", gatewayP99)),
                List.of(new Ratio("sign-in.gateway.p50", "sign-in, gateway ÷ direct, p50",
                                Ratio.of(gatewayP50, directP50), Better.LOWER, null),
                        new Ratio("sign-in.gateway.p99", "sign-in, gateway ÷ direct, p99",
                                Ratio.of(gatewayP99, directP99), Better.LOWER, null)),
                List.of(), errors);
    }

    private static double mean(List<Round> rounds) {
        return rounds.stream().mapToDouble(Round::perSecond).average().orElse(Double.NaN);
    }
}
