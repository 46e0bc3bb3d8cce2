package io.learnpath.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportTest {

    private static final RunInfo RUN = new RunInfo(Instant.parse("2026-11-29T12:00:00Z"), "abc1234", 2,
            "0.50 0.40 0.30", "1.50 1.20 0.90", List.of("component JVMs `default`"));

    private static final Baseline ACCEPTED = new Baseline("2026-11-28", Map.of(
            "db-read.gateway.throughput", new Baseline.Entry(0.60, Better.HIGHER),
            "db-read.nginx.throughput", new Baseline.Entry(0.90, Better.HIGHER)));

    private static final Ratio GATEWAY = new Ratio("db-read.gateway.throughput", "gateway ÷ direct, req/s", 0.40,
            Better.HIGHER, Goal.atLeast(0.8));
    private static final Ratio NGINX = new Ratio("db-read.nginx.throughput", "nginx ÷ direct, req/s", 0.88,
            Better.HIGHER, null);
    private static final Limit ADDED = new Limit("db-read.gateway.p99-added-ms", "gateway p99 − direct p99", 3.2,
            "ms", Goal.atMost(5));
    private static final Limit STARTUP = new Limit("startup-seconds", "stack healthy after", 41.0, "s",
            Goal.atMost(30));

    private final Report report = new Report(RUN, List.of(
            new CaseResult("Database-backed read", "| route | req/s |\n|---|---|\n| direct | 800 |\n",
                    List.of(new Figure("db-read.direct.req-per-s", 800), new Figure("db-read.gateway.req-per-s",
                            320)), List.of(GATEWAY, NGINX), List.of(ADDED), List.of()),
            new CaseResult("Start-up", "Healthy after 41 s.\n", List.of(new Figure("startup-seconds", 41)),
                    List.of(), List.of(STARTUP), List.of())), ACCEPTED, Baseline.DEFAULT_THRESHOLD);

    @Test
    void aRatioWorseThanItsBaselineByMoreThanAFifthIsListedAsARegressionBeforeAnythingElse() {
        String markdown = report.markdown();

        String regressions = section(markdown, "## Regressions");
        assertThat(regressions).contains("**REGRESSION** `db-read.gateway.throughput`")
                .contains("0.40 against 0.60, 33 % worse")
                .doesNotContain("db-read.nginx.throughput");
        assertThat(markdown.indexOf("## Regressions")).isLessThan(markdown.indexOf("## Ratios"));
        assertThat(report.regressions()).extracting(comparison -> comparison.ratio().name())
                .containsExactly("db-read.gateway.throughput");
    }

    @Test
    void everyRatioStandsBesideItsAcceptedValueItsTargetAndItsVerdict() {
        String ratios = section(report.markdown(), "## Ratios");

        assertThat(ratios).contains("| `db-read.gateway.throughput`: gateway ÷ direct, req/s | 0.40 | 0.60 "
                + "| 33 % worse | ≥ 0.8 × | **missed** | **REGRESSION** |");
        assertThat(ratios).contains("| `db-read.nginx.throughput`: nginx ÷ direct, req/s | 0.88 | 0.90 "
                + "| 2 % worse | – | – |  |");
    }

    @Test
    void limitsAreJudgedAgainstTheirTargetsOnly() {
        String limits = section(report.markdown(), "## Limits");

        assertThat(limits).contains("| `db-read.gateway.p99-added-ms`: gateway p99 − direct p99 | 3.20 ms | ≤ 5 ms "
                + "| met |");
        assertThat(limits).contains("| `startup-seconds`: stack healthy after | 41.0 s | ≤ 30 s | **missed** |");
    }

    @Test
    void theRunsConditionsAndEachCasesTablesAreInTheReport() {
        String markdown = report.markdown();

        assertThat(markdown).contains("commit `abc1234`, 2 cores").contains("0.50 0.40 0.30 at the start")
                .contains("- component JVMs `default`").contains("## Database-backed read\n\n| route | req/s |")
                .doesNotContain("## Errors");
    }

    @Test
    void noRegressionsSaysSo() {
        Report better = new Report(RUN, List.of(new CaseResult("Read", "", List.of(), List.of(
                new Ratio("db-read.gateway.throughput", "gateway ÷ direct", 0.7, Better.HIGHER, null)), List.of(),
                List.of())), ACCEPTED, Baseline.DEFAULT_THRESHOLD);

        String regressions = section(better.markdown(), "## Regressions");

        assertThat(regressions).contains("None.").contains("In the baseline but not measured in this run: "
                + "`db-read.nginx.throughput`.");
    }

    @Test
    void errorsMakeTheRunInvalidAndAreListedBeforeTheRatios() {
        Report failed = new Report(RUN, List.of(CaseResult.failed("Cached read",
                new IllegalStateException("nginx is not installed"))), Baseline.none(), Baseline.DEFAULT_THRESHOLD);

        String markdown = failed.markdown();

        assertThat(failed.errors()).containsExactly("Cached read: java.lang.IllegalStateException: nginx is not "
                + "installed");
        assertThat(section(markdown, "## Errors")).contains("The run is not valid")
                .contains("- Cached read: java.lang.IllegalStateException: nginx is not installed");
        assertThat(markdown.indexOf("## Errors")).isLessThan(markdown.indexOf("## Ratios"));
    }

    @Test
    void theJsonReportNamesEveryFigureRatioLimitRegressionAndError(@TempDir Path directory) throws Exception {
        report.write(directory);

        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(directory.resolve("report.json")));

        assertThat(json.path("ratios").path("db-read.gateway.throughput").asDouble()).isEqualTo(0.4);
        assertThat(json.path("ratios").path("db-read.nginx.throughput").asDouble()).isEqualTo(0.88);
        assertThat(json.path("figures").path("db-read.direct.req-per-s").asDouble()).isEqualTo(800);
        assertThat(json.path("limits").path("startup-seconds").path("met").asBoolean()).isFalse();
        assertThat(json.path("regressions").valueStream().map(JsonNode::asString))
                .containsExactly("db-read.gateway.throughput");
        assertThat(json.path("errors").isEmpty()).isTrue();
        assertThat(Files.readString(directory.resolve("report.md"))).isEqualTo(report.markdown());
    }

    @Test
    void theCandidateBaselineHoldsThisRunsRatiosWithTheirDirections(@TempDir Path directory) throws Exception {
        report.write(directory);

        Baseline candidate = Baseline.read(directory.resolve("baseline-candidate.json"));

        assertThat(candidate.ratios()).containsOnly(
                Map.entry("db-read.gateway.throughput", new Baseline.Entry(0.40, Better.HIGHER)),
                Map.entry("db-read.nginx.throughput", new Baseline.Entry(0.88, Better.HIGHER)));
        assertThat(candidate.accepted()).contains("abc1234");
    }

    @Test
    void aFigureThatCouldNotBeMeasuredIsNullInTheJson() {
        Report unmeasured = new Report(RUN, List.of(new CaseResult("Read", "", List.of(new Figure("x", Double.NaN)),
                List.of(), List.of(), List.of())), Baseline.none(), Baseline.DEFAULT_THRESHOLD);

        assertThat(unmeasured.json()).contains("\"x\" : null");
    }

    /** From a heading to the next one of the same level. */
    private static String section(String markdown, String heading) {
        int start = markdown.indexOf(heading + "\n");
        assertThat(start).as("section " + heading).isNotNegative();
        int end = markdown.indexOf("\n## ", start + heading.length());
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }
}
