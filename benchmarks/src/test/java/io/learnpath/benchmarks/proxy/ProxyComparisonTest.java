package io.learnpath.benchmarks.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.benchmarks.proxy.ProxyComparison.Measured;
import io.learnpath.benchmarks.report.CaseResult;
import io.learnpath.benchmarks.report.Figure;
import io.learnpath.benchmarks.report.Limit;
import io.learnpath.benchmarks.report.Ratio;
import io.learnpath.platform.test.benchmark.HttpLoad.Round;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the comparison makes of its rounds: the figures, ratios, limits and errors, without a stack. */
class ProxyComparisonTest {

    private static final Round WARM = new Round(100, 1, 2, 0);

    @Test
    void theRoutesTakeTurnsInAnOrderShiftingByOneEachRound() {
        assertThat(ProxyComparison.turn(0)).containsExactly(Route.DIRECT, Route.GATEWAY, Route.NGINX);
        assertThat(ProxyComparison.turn(1)).containsExactly(Route.GATEWAY, Route.NGINX, Route.DIRECT);
        assertThat(ProxyComparison.turn(2)).containsExactly(Route.NGINX, Route.DIRECT, Route.GATEWAY);
        assertThat(ProxyComparison.turn(3)).isEqualTo(ProxyComparison.turn(0));
    }

    @Test
    void eachRouteIsDividedByDirectOverTheMeanOfItsRounds() {
        CaseResult result = ProxyComparison.result(Read.progressSummary(), measured(
                List.of(new Round(1000, 4, 10, 0), new Round(800, 5, 14, 0)),
                List.of(new Round(450, 9, 16, 0), new Round(450, 9, 20, 0)),
                List.of(new Round(810, 5, 12, 0), new Round(810, 5, 12, 0))));

        Map<String, Double> ratios = result.ratios().stream()
                .collect(Collectors.toMap(Ratio::name, Ratio::value));
        assertThat(ratios).containsOnly(
                Map.entry("db-read.gateway.throughput", 0.5), Map.entry("db-read.gateway.p99", 1.5),
                Map.entry("db-read.nginx.throughput", 0.9), Map.entry("db-read.nginx.p99", 1.0));
        assertThat(result.figures()).contains(new Figure("db-read.direct.req-per-s", 900),
                new Figure("db-read.gateway.p99-ms", 18), new Figure("db-read.nginx.p50-ms", 5));
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void theDatabaseReadIsJudgedAgainstTheGatewayOverheadTargets() {
        CaseResult result = ProxyComparison.result(Read.progressSummary(), measured(
                List.of(new Round(1000, 4, 10, 0)), List.of(new Round(850, 5, 13, 0)),
                List.of(new Round(950, 4, 11, 0))));

        Ratio gateway = result.ratios().stream().filter(ratio -> ratio.name().equals("db-read.gateway.throughput"))
                .findFirst().orElseThrow();
        assertThat(gateway.goal().metBy(gateway.value())).isTrue();
        assertThat(result.ratios().stream().filter(ratio -> ratio.name().startsWith("db-read.nginx")))
                .allSatisfy(ratio -> assertThat(ratio.goal()).isNull());
        assertThat(result.limits()).singleElement().satisfies(limit -> {
            assertThat(limit.name()).isEqualTo("db-read.gateway.p99-added-ms");
            assertThat(limit.value()).isEqualTo(3);
            assertThat(limit.met()).isTrue();
        });
    }

    @Test
    void theCachedReadHasNoTargetOfItsOwn() {
        CaseResult result = ProxyComparison.result(Read.cachedRoadmapTree(), measured(
                List.of(new Round(4000, 1, 5, 0)), List.of(new Round(1200, 8, 30, 0)),
                List.of(new Round(3500, 1, 6, 0))));

        assertThat(result.ratios()).allSatisfy(ratio -> assertThat(ratio.goal()).isNull());
        assertThat(result.limits()).extracting(Limit::name).isEmpty();
    }

    @Test
    void anyFailedRequestIsAnErrorNamingItsRoute() {
        CaseResult result = ProxyComparison.result(Read.progressSummary(), measured(
                List.of(new Round(1000, 4, 10, 0)), List.of(new Round(900, 5, 13, 7)),
                List.of(new Round(950, 4, 11, 0))));

        assertThat(result.errors()).singleElement().asString().contains("db-read through gateway: 7 requests "
                + "failed").contains("raise -Dbenchmark.learners");
        assertThat(result.markdown()).contains("| 1 | gateway | 900 | 5.00 | 13.0 | 7 |");
    }

    private static Map<Route, Measured> measured(List<Round> direct, List<Round> gateway, List<Round> nginx) {
        Map<Route, Measured> measured = new EnumMap<>(Route.class);
        measured.put(Route.DIRECT, new Measured(Route.DIRECT, WARM, direct));
        measured.put(Route.GATEWAY, new Measured(Route.GATEWAY, WARM, gateway));
        measured.put(Route.NGINX, new Measured(Route.NGINX, WARM, nginx));
        return measured;
    }
}
