package io.learnpath.notification.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import io.learnpath.platform.infrastructure.FreePorts;
import io.learnpath.platform.infrastructure.RedisServerProcess;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The live subscription when Redis is not there yet as the service starts: a real Redis server started afterwards
 * on the port the service was pointed at, a real listener container and scheduler.
 */
class LiveSubscriptionTest {

    private static final String CHANNEL = "learnpath:test:live";

    private final int port = FreePorts.any();
    private final LettuceConnectionFactory connections = new LettuceConnectionFactory(
            new RedisStandaloneConfiguration("127.0.0.1", port),
            LettuceClientConfiguration.builder().commandTimeout(Duration.ofMillis(500)).build());
    private final RedisMessageListenerContainer container = new RedisMessageListenerContainer();
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private RedisServerProcess redis;
    private LiveSubscription subscription;

    @AfterEach
    void stopEverything() {
        if (subscription != null) {
            subscription.stop();
        }
        scheduler.shutdown();
        connections.destroy();
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void aServiceStartsWithoutRedisAndSubscribesOnceRedisIsThere() {
        subscription = subscriptionRetryingEvery(Duration.ofMillis(100));

        assertThatCode(subscription::start).doesNotThrowAnyException();
        assertThat(subscription.isRunning()).isTrue();
        assertThat(subscription.isSubscribed()).isFalse();

        redis = RedisServerProcess.start(port, null, null);

        await().atMost(Duration.ofSeconds(20)).until(subscription::isSubscribed);
        connections.getConnection().publish(CHANNEL.getBytes(StandardCharsets.UTF_8),
                "hello".getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(5)).until(() -> received.contains("hello"));
    }

    @Test
    void withRedisThereItSubscribesAtStartAndStopsCleanly() {
        redis = RedisServerProcess.start(port, null, null);
        subscription = subscriptionRetryingEvery(Duration.ofSeconds(30));

        subscription.start();

        assertThat(subscription.isSubscribed()).isTrue();
        subscription.stop();
        assertThat(subscription.isRunning()).isFalse();
        assertThat(subscription.isSubscribed()).isFalse();
    }

    private LiveSubscription subscriptionRetryingEvery(Duration interval) {
        connections.afterPropertiesSet();
        connections.start();
        container.setConnectionFactory(connections);
        container.setTaskExecutor(new SyncTaskExecutor());
        container.addMessageListener((message, pattern) -> received.add(
                new String(message.getBody(), StandardCharsets.UTF_8)), ChannelTopic.of(CHANNEL));
        container.setAutoStartup(false);
        container.afterPropertiesSet();
        scheduler.initialize();
        return new LiveSubscription(container, scheduler, interval);
    }
}
