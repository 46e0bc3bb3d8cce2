package io.learnpath.notification.live;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LiveProperties.class)
/** The relays' subscriptions to the shared channels, and the live settings. */
class LiveRelayConfiguration {

    @Bean
    RedisMessageListenerContainer liveNotificationSubscription(RedisConnectionFactory redis,
            LiveNotificationRelay relay, ErasedLearnerStreams erasures, LiveProperties properties) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(redis);
        // Dispatch on the subscription thread, in arrival order: the relay only parses and queues on each stream's
        // own writer, so nothing slow runs here, and a learner's notifications are not reordered.
        container.setTaskExecutor(new SyncTaskExecutor());
        container.addMessageListener(relay, ChannelTopic.of(properties.channel()));
        container.addMessageListener(erasures, ChannelTopic.of(properties.erasureChannel()));
        return container;
    }
}
