package io.learnpath.notification.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.notification.inbox.NewNotification;
import io.learnpath.notification.inbox.NotificationInbox;
import io.learnpath.notification.inbox.NotificationKind;
import io.learnpath.notification.support.SecondInstance;
import io.learnpath.notification.support.ServiceTest;
import io.learnpath.notification.support.SseConnection;
import io.learnpath.platform.infrastructure.FreePorts;
import io.learnpath.platform.test.TestTokens;
import io.learnpath.platform.test.http.TestHttp;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * An instance whose Redis is down (its client points at a port where nothing listens): the live fan-out between
 * instances is gone, but a notice it stores still reaches the streams open on it, with the unread count, and the
 * inbox has it. That Redis coming back restores the fan-out is {@link LiveSubscriptionTest}'s and the system test's
 * (RedisOutageIT) to show.
 */
class LiveWithoutRedisIntegrationTest extends ServiceTest {

    private static SecondInstance withoutRedis;

    @Autowired
    ConfigurableEnvironment environment;

    private final UUID ada = UUID.randomUUID();

    @BeforeEach
    void startTheInstanceWithoutRedis() {
        if (withoutRedis == null) {
            withoutRedis = SecondInstance.beside(environment, Map.of("spring.data.redis.port", FreePorts.any()));
        }
    }

    @AfterAll
    static void stopIt() {
        if (withoutRedis != null) {
            withoutRedis.close();
            withoutRedis = null;
        }
    }

    @Test
    void aNoticeStoredWhileRedisIsDownReachesTheStreamsOnThatInstanceAndTheInbox() {
        TestHttp there = TestHttp.at(withoutRedis.port()).withJsonMapper(json);
        String token = TestTokens.shared().learner(ada);
        try (SseConnection stream = SseConnection.open(there, token, null)) {
            NotificationInbox inbox = withoutRedis.bean(NotificationInbox.class);
            UUID stored = inbox.deliver(new NewNotification(ada, NotificationKind.TOPIC_COMPLETED,
                    "Without Redis", "Delivered on this instance", Map.of(), UUID.randomUUID())).orElseThrow().id();

            await().atMost(PATIENCE).until(() -> stream.notifications().size() == 1);
            assertThat(stream.notifications().getFirst().id()).isEqualTo(stored.toString());
            assertThat(stream.notifications().getFirst().data()).contains("Without Redis");
            await().atMost(PATIENCE).until(() -> stream.events().stream()
                    .anyMatch(event -> event.name().equals("unread-count") && event.data().contains("\"unread\":1")));

            var listed = there.get("/api/notifications", token);
            assertThat(listed.status()).isEqualTo(200);
            assertThat(listed.json().path("items").get(0).path("id").asString()).isEqualTo(stored.toString());
        }
        assertThat(withoutRedis.bean(MeterRegistry.class).get("learnpath.redis.down").tag("use", "live-fan-out")
                .gauge().value()).isEqualTo(1);
    }
}
