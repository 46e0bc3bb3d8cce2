package io.learnpath.notification.live;

import static io.learnpath.notification.support.Fixtures.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.notification.support.ServiceTest;
import io.learnpath.notification.support.SecondInstance;
import io.learnpath.notification.support.SseConnection;
import io.learnpath.platform.test.TestTokens;
import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.progress.events.ProgressEvents;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Two real instances of the service: the test's own consumes the event and stores the notification; the other,
 * which consumes nothing, holds the learner's stream and hears of it through Redis.
 */
class LiveStreamsAcrossInstancesIntegrationTest extends ServiceTest {

    private static SecondInstance second;

    @Autowired
    ConfigurableEnvironment environment;

    private final UUID ada = UUID.randomUUID();

    @BeforeEach
    void startTheSecondInstance() {
        if (second == null) {
            second = SecondInstance.beside(environment);
        }
    }

    @AfterAll
    static void stopTheSecondInstance() {
        if (second != null) {
            second.close();
            second = null;
        }
    }

    @Test
    void aNotificationStoredByOneInstanceReachesStreamsOnBoth() {
        TestHttp there = TestHttp.at(second.port()).withJsonMapper(json);
        TestHttp here = TestHttp.at(port).withJsonMapper(json);
        String token = TestTokens.shared().learner(ada);
        try (SseConnection onTheOther = SseConnection.open(there, token, null);
                SseConnection onThisOne = SseConnection.open(here, token, null)) {

            events.publish(ProgressEvents.TOPIC, done(ada, "Fanned out"));

            await().atMost(PATIENCE).until(() -> onTheOther.notifications().size() == 1
                    && onThisOne.notifications().size() == 1);
            assertThat(onTheOther.notifications().getFirst().data()).contains("Fanned out");
            assertThat(onTheOther.notifications().getFirst().id())
                    .isEqualTo(onThisOne.notifications().getFirst().id());

            // A reconnect to the other instance with the last id it saw replays nothing it already had.
            String lastSeen = onTheOther.notifications().getFirst().id();
            try (SseConnection reconnected = SseConnection.open(there, token, lastSeen)) {
                events.publish(ProgressEvents.TOPIC, done(ada, "After the reconnect"));
                await().atMost(PATIENCE).until(() -> reconnected.notifications().size() == 1);
                assertThat(reconnected.notifications().getFirst().data()).contains("After the reconnect");
            }
        }
    }
}
