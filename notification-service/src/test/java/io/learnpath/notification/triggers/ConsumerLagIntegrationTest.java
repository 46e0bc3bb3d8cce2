package io.learnpath.notification.triggers;

import static io.learnpath.notification.support.Fixtures.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.notification.support.ServiceTest;
import io.learnpath.progress.events.ProgressEvents;
import io.learnpath.platform.test.TestTokens;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * The platform's consumer-lag gauge against the real broker: records published while the service's progress
 * consumer is paused show as its group's lag on that topic (counted from the group's committed offset), one series
 * per partition, and the lag goes back to 0 once the consumer has caught up. (The test context reads the lag every half second.)
 */
class ConsumerLagIntegrationTest extends ServiceTest {

    private static final String GROUP = "notification-service";
    private static final int RECORDS = 3;

    @Autowired
    MeterRegistry meters;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void recordsNotYetConsumedAreTheGroupsLagUntilItCatchesUp() {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(lagSeries())
                .extracting(gauge -> gauge.getId().getTag("partition")).containsExactlyInAnyOrder("0", "1", "2"));
        MessageListenerContainer consumer = listeners.getListenerContainer(ProgressNotifier.CONSUMER);
        // One record of the learner consumed first: the group has then committed an offset on the learner's
        // partition, and the lag below is counted from that commit, not from the partition's start.
        UUID learner = UUID.randomUUID();
        events.publish(ProgressEvents.TOPIC, done(learner, "Warm-up topic"));
        await().atMost(PATIENCE).until(() -> http.get("/api/notifications", TestTokens.shared().learner(learner))
                .body().contains("Warm-up topic"));
        await().atMost(PATIENCE).until(() -> lag() == 0);

        consumer.pause();
        try {
            await().atMost(PATIENCE).until(consumer::isContainerPaused);
            for (int i = 0; i < RECORDS; i++) {
                events.publish(ProgressEvents.TOPIC, done(learner, "Lagging topic " + i));
            }

            await().atMost(PATIENCE).until(() -> lag() == RECORDS);
        } finally {
            consumer.resume();
        }
        await().atMost(PATIENCE).until(() -> lag() == 0);
    }

    private Collection<Gauge> lagSeries() {
        return meters.find("learnpath.events.consumer.lag").tag("group", GROUP).tag("topic", ProgressEvents.TOPIC)
                .gauges();
    }

    private double lag() {
        return lagSeries().stream().mapToDouble(Gauge::value).sum();
    }
}
