package io.learnpath.benchmarks.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ratios of the last accepted run ({@code benchmarks/baseline.json}, committed), each with the way it improves,
 * so that a later run shows at once which ratio got worse and by how much. A run is accepted by copying its
 * {@code baseline-candidate.json} over the committed file (docs/performance.md).
 *
 * @param accepted when and from what the accepted run was, for people
 */
public record Baseline(String accepted, Map<String, Entry> ratios) {

    /** Worse than its baseline by more than this fraction is a regression (issue 12: 20 %). */
    public static final double DEFAULT_THRESHOLD = 0.20;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public Baseline {
        ratios = Map.copyOf(ratios);
    }

    /** One accepted ratio. */
    public record Entry(double value, Better better) {
    }

    public static Baseline none() {
        return new Baseline("none", Map.of());
    }

    /** The baseline in {@code file}, or {@link #none()} when there is no such file. */
    public static Baseline read(Path file) {
        if (!Files.isRegularFile(file)) {
            return none();
        }
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the baseline " + file, e);
        }
    }

    static Baseline parse(String json) {
        JsonNode root = JSON.readTree(json);
        Map<String, Entry> ratios = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> ratio : root.path("ratios").properties()) {
            JsonNode entry = ratio.getValue();
            if (!entry.path("value").isNumber() || !entry.path("better").isString()) {
                throw new IllegalArgumentException("Baseline ratio " + ratio.getKey()
                        + " needs a numeric \"value\" and \"better\": \"higher\" or \"lower\", got " + entry);
            }
            ratios.put(ratio.getKey(), new Entry(entry.path("value").asDouble(),
                    Better.ofKey(entry.path("better").asString())));
        }
        return new Baseline(root.path("accepted").asString("unknown"), ratios);
    }

    /** This run's ratios as the next baseline, should the run be accepted. */
    public static Baseline of(List<Ratio> ratios, String accepted) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        ratios.stream().filter(ratio -> Double.isFinite(ratio.value()))
                .forEach(ratio -> entries.put(ratio.name(), new Entry(ratio.value(), ratio.better())));
        return new Baseline(accepted, entries);
    }

    /**
     * Each ratio beside its accepted value. A ratio the baseline lacks, or holds with the other direction, has
     * nothing to be compared with (it is new, or its meaning changed) and is never a regression.
     */
    public List<Comparison> compare(List<Ratio> run, double threshold) {
        List<Comparison> comparisons = new ArrayList<>();
        for (Ratio ratio : run) {
            Entry accepted = ratios.get(ratio.name());
            if (accepted == null || accepted.better() != ratio.better()) {
                comparisons.add(new Comparison(ratio, Double.NaN, Double.NaN, false));
                continue;
            }
            double worseBy = ratio.better().worseBy(ratio.value(), accepted.value());
            // A ratio that could not be measured (NaN) against an accepted one is as bad as it gets.
            boolean regression = Double.isNaN(ratio.value()) || worseBy > threshold;
            comparisons.add(new Comparison(ratio, accepted.value(), worseBy, regression));
        }
        return comparisons;
    }

    /** Accepted ratios this run did not measure: a case that went missing should not pass unnoticed. */
    public List<String> notMeasured(List<Ratio> run) {
        List<String> names = new ArrayList<>(ratios.keySet());
        run.forEach(ratio -> names.remove(ratio.name()));
        return names.stream().sorted().toList();
    }

    public String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("accepted", accepted);
        ObjectNode entries = root.putObject("ratios");
        ratios.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> entries
                .putObject(entry.getKey())
                .put("value", Math.round(entry.getValue().value() * 1000) / 1000.0)
                .put("better", entry.getValue().better().key()));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }
}
