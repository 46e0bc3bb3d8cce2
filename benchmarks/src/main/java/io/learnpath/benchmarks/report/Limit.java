package io.learnpath.benchmarks.report;

import java.util.Objects;

/**
 * A figure judged against an absolute target rather than a same-run baseline (start-up ≤ 30 s, RSS ≤ 300 MB, p99
 * added ≤ 5 ms). Reported with its verdict; not compared with the last accepted run, because an absolute figure
 * moves with the machine.
 */
public record Limit(String name, String label, double value, String unit, Goal goal) {

    public Limit {
        Objects.requireNonNull(name);
        Objects.requireNonNull(label);
        Objects.requireNonNull(unit);
        Objects.requireNonNull(goal);
    }

    public boolean met() {
        return goal.metBy(value);
    }
}
