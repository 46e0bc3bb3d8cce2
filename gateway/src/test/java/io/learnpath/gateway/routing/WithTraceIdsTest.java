package io.learnpath.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.context.ContextRegistry;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The MDC's trace ids reach thread locals the way any registered thread-local does: through the Reactor context,
 * restored by a {@link ContextRegistry} accessor. A thread-local of the test's own stands in for the tracer's.
 */
class WithTraceIdsTest {

    private static final String KEY = "with-trace-ids-test";
    private static final ThreadLocal<String> CURRENT_TRACE = new ThreadLocal<>();

    @BeforeAll
    static void registerAccessor() {
        ContextRegistry.getInstance().registerThreadLocalAccessor(KEY, CURRENT_TRACE);
    }

    @AfterAll
    static void removeAccessor() {
        ContextRegistry.getInstance().removeThreadLocalAccessor(KEY);
    }

    @Test
    void theLogStatementSeesTheRequestsContextOnWhateverThreadItRuns() {
        AtomicReference<String> seen = new AtomicReference<>();

        WithTraceIds.log(() -> seen.set(CURRENT_TRACE.get()))
                .subscribeOn(Schedulers.single())
                .contextWrite(context -> context.put(KEY, "4bf92f3577b34da6a3ce929d0e0e4736"))
                .block();

        assertThat(seen).hasValue("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void theThreadIsLeftAsItWasAfterwards() {
        AtomicReference<String> after = new AtomicReference<>("not looked at");

        WithTraceIds.log(() -> { })
                .then(Mono.fromRunnable(() -> after.set(CURRENT_TRACE.get())))
                .contextWrite(context -> context.put(KEY, "4bf92f3577b34da6a3ce929d0e0e4736"))
                .block();

        assertThat(after.get()).isNull();
    }
}
