package io.learnpath.platform.test.contract;

import io.learnpath.platform.events.IntegrationEvent;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The test every contracts module runs, by extending this class with its service, topic and package:
 * <pre>{@code
 * class ProgressEventsContractTest extends EventContractTest {
 *     ProgressEventsContractTest() {
 *         super("progress-service", ProgressEvents.TOPIC, ProgressEvents.class.getPackageName());
 *     }
 * }
 * }</pre>
 * Every {@code @EventType} record in the package needs a contract example that fills it and that it writes back
 * unchanged, and the service's AsyncAPI document must describe exactly those records.
 */
public abstract class EventContractTest {

    private final String service;
    private final String topic;
    private final String eventPackage;

    /**
     * @param service      the publishing service; its document is {@code asyncapi/<service>.asyncapi.yaml}
     * @param topic        the topic it publishes to
     * @param eventPackage the package of its contract records
     */
    protected EventContractTest(String service, String topic, String eventPackage) {
        this.service = service;
        this.topic = topic;
        this.eventPackage = eventPackage;
    }

    @TestFactory
    Stream<DynamicTest> everyEventTypeHasAnExampleThatFillsItsRecordAndIsWhatTheRecordWrites() {
        List<Class<? extends IntegrationEvent>> events = AsyncApiContract.eventTypesIn(eventPackage);
        if (events.isEmpty()) {
            throw new AssertionError("No @EventType records in " + eventPackage);
        }
        return events.stream().map(event -> DynamicTest.dynamicTest(event.getSimpleName(),
                () -> ContractExample.of(event).assertRoundTrip()));
    }

    @Test
    void theAsyncApiDocumentDescribesTheTopicAndEveryEventType() {
        AsyncApiContract.of(service).assertDescribes(topic, AsyncApiContract.eventTypesIn(eventPackage));
    }
}
