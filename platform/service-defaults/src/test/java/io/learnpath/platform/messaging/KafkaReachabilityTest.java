package io.learnpath.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

/** Against a port where no broker listens: the outage is noticed, and counted on the gauge. */
class KafkaReachabilityTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void anUnreachableClusterIsNoticedAndShownOnTheGauge() {
        KafkaReachability reachability = new KafkaReachability(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + closedPort()),
                Duration.ofMillis(500), Clock.systemUTC(), meters);
        assertThat(meters.get("learnpath.kafka.down").tag("use", "events").gauge().value()).isZero();

        reachability.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(reachability::isDown);
            assertThat(meters.get("learnpath.kafka.down").tag("use", "events").gauge().value()).isEqualTo(1);
        } finally {
            reachability.stop();
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> !reachability.isRunning());
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
