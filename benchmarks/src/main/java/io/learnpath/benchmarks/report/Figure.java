package io.learnpath.benchmarks.report;

/** One measured number, by a stable name, as report.json lists them ({@code db-read.gateway.p99-ms}). */
public record Figure(String name, double value) {
}
