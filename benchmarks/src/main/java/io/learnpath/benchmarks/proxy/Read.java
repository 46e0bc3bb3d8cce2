package io.learnpath.benchmarks.proxy;

import io.learnpath.benchmarks.report.Goal;
import io.learnpath.launcher.Component;
import java.util.Map;

/**
 * A read the proxy comparison measures on every route.
 *
 * @param name          for figure names ({@code db-read})
 * @param title         for the report
 * @param service       the component behind the gateway and nginx
 * @param path          the request
 * @param headers       sent with every request, beside the learner's token
 * @param throughputGoal the least gateway ÷ direct throughput allowed, or null where no target is stated
 * @param addedP99Goal  the most the gateway may add to the p99 (ms), or null where no target is stated
 * @param signedIn      sent with the learners' tokens in turn, or anonymous
 * @param about         what the read is, for the report
 */
public record Read(String name, String title, Component service, String path, Map<String, String> headers,
        Goal throughputGoal, Goal addedP99Goal, boolean signedIn, String about) {

    public Read {
        headers = Map.copyOf(headers);
    }

    /**
     * The learner's progress summary: an index-only scan of their statuses, the roadmap's topics (kept in memory per
     * version) and 177 topics of JSON. The gateway-overhead target (≥ 0.8 × throughput, ≤ 5 ms p99 added) is stated
     * for a database-backed read: this one.
     */
    public static Read progressSummary() {
        return new Read("db-read", "Database-backed read: `GET /api/progress/roadmaps/backend`", Component.PROGRESS,
                "/api/progress/roadmaps/backend", Map.of(), Goal.atLeast(0.8), Goal.atMost(5), true,
                "The learner's progress summary of the backend roadmap: their statuses read from PostgreSQL, "
                        + "answered as 177 topics of JSON.");
    }

    /**
     * The roadmap tree from the content-service's cache, gzipped as browsers ask for it (12 kB), anonymous as a
     * visitor reads it. (A token would not help with the gateway's rate limit: on a public path the gateway does
     * not authenticate, so it limits by address, and every request here comes from 127.0.0.1. StackBenchmark
     * raises the budget for its stack; the smoke run stays below it.)
     */
    public static Read cachedRoadmapTree() {
        return new Read("cached-read", "Cached read: `GET /api/content/roadmaps/backend`", Component.CONTENT,
                "/api/content/roadmaps/backend", Map.of("Accept-Encoding", "gzip"), null, null, false,
                "The backend roadmap's tree (177 topics) from the content-service's cache, gzipped (`Accept-"
                        + "Encoding: gzip`, 12 kB), anonymous as a visitor reads it.");
    }
}
