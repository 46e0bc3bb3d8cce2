package io.learnpath.notification.live;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.scheduling.TaskScheduler;

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
        // Started by LiveSubscription, which survives a Redis that is not there yet.
        container.setAutoStartup(false);
        return container;
    }

    @Bean
    LiveSubscription liveSubscription(RedisMessageListenerContainer liveNotificationSubscription,
            TaskScheduler taskScheduler, LiveProperties properties) {
        return new LiveSubscription(liveNotificationSubscription, taskScheduler, properties.resubscribeEvery());
    }
}
