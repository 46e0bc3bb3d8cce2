package io.learnpath.benchmarks.report;

import java.time.Instant;
import java.util.List;

/**
 * Under what conditions the figures were measured, at the top of the report: on two shared cores the machine's
 * own load decides as much as the code, so the report says how busy it was at the start and at the end.
 *
 * @param commit      the checkout's commit, or "unknown"
 * @param loadAtStart the machine's load averages (1, 5, 15 min) when the run started
 * @param loadAtEnd   the same when it ended
 * @param conditions  one line each: JVM options, load driver, rounds and connections, tracing, rate limit
 */
public record RunInfo(Instant at, String commit, int cores, String loadAtStart, String loadAtEnd,
        List<String> conditions) {

    public RunInfo {
        conditions = List.copyOf(conditions);
    }

    /** The same run, ended now: the load averages at its end. */
    public RunInfo ended(String loadAtEnd) {
        return new RunInfo(at, commit, cores, loadAtStart, loadAtEnd, conditions);
    }
}
