package io.learnpath.gateway.routing;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import reactor.core.publisher.Mono;

/**
 * Runs a log statement with the request's trace in the thread's MDC, so the line carries its trace and span ids.
 *
 * <p>Why: the gateway runs Reactor's context propagation in {@code limited} mode (application.yml), which does not
 * copy the request's observation into thread locals at every operator: that copying was 18 % of the gateway's CPU
 * per proxied request in the profile (docs/performance.md). Traces are unaffected (the HTTP client and Redis spans
 * find their parent in the Reactor context), but a log line written inside the chain would lack its ids. The few
 * lines the gateway writes per request (a failed route, a fallback) restore them here, once, where they are logged.
 */
public final class WithTraceIds {

    private static final ContextSnapshotFactory SNAPSHOTS = ContextSnapshotFactory.builder().build();

    private WithTraceIds() {
    }

    /** Completes empty after {@code logging} ran with the subscriber's context in thread locals. */
    public static Mono<Void> log(Runnable logging) {
        return Mono.deferContextual(context -> {
            try (ContextSnapshot.Scope ignored = SNAPSHOTS.setThreadLocalsFrom(context)) {
                logging.run();
            }
            return Mono.empty();
        });
    }
}
