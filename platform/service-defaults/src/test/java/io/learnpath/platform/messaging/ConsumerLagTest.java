package io.learnpath.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.platform.messaging.ConsumerLag.Partition;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.Test;

/**
 * What the gauge shows of each reading, scraped as Prometheus scrapes it. Reading the real cluster: the
 * notification-service's {@code ConsumerLagIntegrationTest}.
 */
class ConsumerLagTest {

    private static final Partition PROGRESS_0 = new Partition("notification-service", "learnpath.progress.events", 0);
    private static final Partition PROGRESS_1 = new Partition("notification-service", "learnpath.progress.events", 1);

    private final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final ConsumerLag lag = new ConsumerLag(Map.of(), Map::of, Duration.ofSeconds(10), meters);

    @Test
    void eachPartitionOfEachGroupIsASeriesInRecords() throws InterruptedException {
        lag.refresh(() -> Map.of(PROGRESS_0, 3L, PROGRESS_1, 0L));

        // The name the alert rules and dashboards query, labels in Prometheus's order.
        String series = "learnpath_events_consumer_lag_records{group=\"notification-service\",partition=\"%d\","
                + "topic=\"learnpath.progress.events\"} ";
        assertThat(scraped(series.formatted(0))).isEqualTo(3);
        assertThat(scraped(series.formatted(1))).isZero();
    }

    @Test
    void aNewReadingReplacesTheLastOne() throws InterruptedException {
        lag.refresh(() -> Map.of(PROGRESS_0, 3L));
        lag.refresh(() -> Map.of(PROGRESS_0, 1L));

        assertThat(value(PROGRESS_0)).isEqualTo(1);
    }

    @Test
    void whileKafkaCannotBeReadTheLastValuesStay() throws InterruptedException {
        lag.refresh(() -> Map.of(PROGRESS_0, 5L));

        lag.refresh(() -> {
            throw new ExecutionException(new KafkaException("Timed out waiting for a node assignment"));
        });
        lag.refresh(() -> {
            throw new TimeoutException();
        });
        lag.refresh(() -> {
            throw new KafkaException("no broker");
        });

        assertThat(value(PROGRESS_0)).isEqualTo(5);
    }

    @Test
    void aServiceWithoutConsumerGroupsHasNoSeries() throws InterruptedException {
        lag.refresh(Map::of);

        assertThat(meters.find("learnpath.events.consumer.lag").gauges()).isEmpty();
    }

    private double scraped(String series) {
        String scrape = meters.scrape();
        return scrape.lines().filter(line -> line.startsWith(series))
                .mapToDouble(line -> Double.parseDouble(line.substring(series.length()))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + series + "in\n" + scrape));
    }

    private double value(Partition partition) {
        return meters.get("learnpath.events.consumer.lag").tags("group", partition.group(), "topic",
                partition.topic(), "partition", Integer.toString(partition.partition())).gauge().value();
    }
}
