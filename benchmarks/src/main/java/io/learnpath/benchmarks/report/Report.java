package io.learnpath.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one report of a benchmark run: {@code report.md} for people (regressions and errors first, then every ratio
 * beside its accepted baseline and its target, every limit with its verdict, then each case's tables of figures
 * beside their same-run baselines), {@code report.json} for scripts (figures, ratios and limits by name), and
 * {@code baseline-candidate.json}, which becomes the baseline if this run is accepted.
 *
 * @param threshold worse than the baseline by more than this fraction is marked a regression
 */
public record Report(RunInfo run, List<CaseResult> cases, Baseline baseline, double threshold) {

    public static final String REGRESSION = "REGRESSION";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public Report {
        cases = List.copyOf(cases);
    }

    public List<Ratio> ratios() {
        return cases.stream().flatMap(result -> result.ratios().stream()).toList();
    }

    public List<Limit> limits() {
        return cases.stream().flatMap(result -> result.limits().stream()).toList();
    }

    public List<Figure> figures() {
        return cases.stream().flatMap(result -> result.figures().stream()).toList();
    }

    public List<String> errors() {
        return cases.stream().flatMap(result -> result.errors().stream()).toList();
    }

    public List<Comparison> comparisons() {
        return baseline.compare(ratios(), threshold);
    }

    public List<Comparison> regressions() {
        return comparisons().stream().filter(Comparison::regression).toList();
    }

    /** Writes report.md, report.json and baseline-candidate.json into {@code directory}. */
    public void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("report.md"), markdown());
        Files.writeString(directory.resolve("report.json"), json());
        Files.writeString(directory.resolve("baseline-candidate.json"),
                Baseline.of(ratios(), run.at() + ", commit " + run.commit()).json());
    }

    public String markdown() {
        StringBuilder out = new StringBuilder("# Benchmark report\n\n");
        out.append("%s, commit `%s`, %d cores; machine load (1, 5, 15 min) %s at the start, %s at the end.%n%n"
                .formatted(run.at(), run.commit(), run.cores(), run.loadAtStart(), run.loadAtEnd()));
        run.conditions().forEach(condition -> out.append("- ").append(condition).append('\n'));
        out.append('\n');
        regressionsSection(out);
        List<String> errors = errors();
        if (!errors.isEmpty()) {
            out.append("## Errors\n\nThe run is not valid: every request must succeed.\n\n");
            errors.forEach(error -> out.append("- ").append(error).append('\n'));
            out.append('\n');
        }
        ratiosSection(out);
        limitsSection(out);
        for (CaseResult result : cases) {
            out.append("## ").append(result.title()).append("\n\n").append(result.markdown());
            if (!result.markdown().endsWith("\n")) {
                out.append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private void regressionsSection(StringBuilder out) {
        out.append("## Regressions\n\nRatios worse than in the accepted baseline (%s) by more than %s.%n%n"
                .formatted(baseline.accepted(), Math.round(threshold * 100) + " %"));
        List<Comparison> regressions = regressions();
        if (regressions.isEmpty()) {
            out.append("None.\n");
        }
        for (Comparison regression : regressions) {
            Ratio ratio = regression.ratio();
            out.append("- **%s** `%s` (%s): %s against %s, %s%n".formatted(REGRESSION, ratio.name(), ratio.label(),
                    Numbers.format(ratio.value()), Numbers.format(regression.baseline()),
                    change(regression)));
        }
        List<String> missing = baseline.notMeasured(ratios());
        if (!missing.isEmpty()) {
            out.append("\nIn the baseline but not measured in this run: ")
                    .append(String.join(", ", missing.stream().map(name -> "`" + name + "`").toList()))
                    .append(".\n");
        }
        out.append('\n');
    }

    private void ratiosSection(StringBuilder out) {
        out.append("""
                ## Ratios

                Each against its baseline from the same run (named in the ratio), then against the accepted run's \
                value and against its target.

                | ratio | this run | accepted | change | target | verdict | |
                |---|---|---|---|---|---|---|
                """);
        for (Comparison comparison : comparisons()) {
            Ratio ratio = comparison.ratio();
            out.append("| `%s`: %s | %s | %s | %s | %s | %s | %s |%n".formatted(ratio.name(), ratio.label(),
                    Numbers.format(ratio.value()),
                    comparison.hasBaseline() ? Numbers.format(comparison.baseline()) : "none",
                    comparison.hasBaseline() ? change(comparison) : "–",
                    ratio.goal() == null ? "–" : ratio.goal().describe("×"),
                    ratio.goal() == null ? "–" : verdict(ratio.goal().metBy(ratio.value())),
                    comparison.regression() ? "**" + REGRESSION + "**" : ""));
        }
        out.append('\n');
    }

    private void limitsSection(StringBuilder out) {
        if (limits().isEmpty()) {
            return;
        }
        out.append("""
                ## Limits

                Figures with an absolute target (they move with the machine, so they are not compared with the \
                accepted run).

                | figure | this run | target | verdict |
                |---|---|---|---|
                """);
        for (Limit limit : limits()) {
            out.append("| `%s`: %s | %s %s | %s | %s |%n".formatted(limit.name(), limit.label(),
                    Numbers.format(limit.value()), limit.unit(), limit.goal().describe(limit.unit()),
                    verdict(limit.met())));
        }
        out.append('\n');
    }

    private static String change(Comparison comparison) {
        if (Double.isNaN(comparison.worseBy())) {
            return "not measured";
        }
        long percent = Math.round(Math.abs(comparison.worseBy()) * 100);
        if (percent == 0) {
            return "same";
        }
        return percent + " % " + (comparison.worseBy() > 0 ? "worse" : "better");
    }

    private static String verdict(boolean met) {
        return met ? "met" : "**missed**";
    }

    public String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("at", run.at().toString());
        root.put("commit", run.commit());
        root.put("cores", run.cores());
        root.putArray("conditions").addAll(run.conditions().stream()
                .map(condition -> JSON.getNodeFactory().stringNode(condition)).toList());
        ObjectNode figures = root.putObject("figures");
        figures().forEach(figure -> put(figures, figure.name(), figure.value()));
        ObjectNode ratios = root.putObject("ratios");
        ratios().forEach(ratio -> put(ratios, ratio.name(), ratio.value()));
        ObjectNode limits = root.putObject("limits");
        limits().forEach(limit -> put(limits.putObject(limit.name()), "value", limit.value())
                .put("unit", limit.unit()).put("target", limit.goal().describe(limit.unit()))
                .put("met", limit.met()));
        root.putArray("regressions").addAll(regressions().stream()
                .map(regression -> JSON.getNodeFactory().stringNode(regression.ratio().name())).toList());
        root.putArray("errors").addAll(errors().stream()
                .map(error -> JSON.getNodeFactory().stringNode(error)).toList());
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    /**
     * Three decimals are more than any of these figures can tell; a figure that could not be measured (NaN) is
     * null, since JSON has no NaN.
     */
    private static ObjectNode put(ObjectNode node, String name, double value) {
        return Double.isFinite(value) ? node.put(name, Math.round(value * 1000) / 1000.0) : node.putNull(name);
    }

    /** For a case's own tables: the same number format as the report's. */
    public static String format(double value) {
        return Numbers.format(value);
    }
}
