package io.learnpath.notification.support;

import io.learnpath.auth.events.AuthEvents;
import io.learnpath.platform.messaging.EventsProperties;
import io.learnpath.progress.events.ProgressEvents;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topics this service reads. In a running system their publishers create them (with their DLTs); a test
 * has no publishers, so it declares them with the same shape.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestTopics {

    @Bean
    KafkaAdmin.NewTopics consumedTopics() {
        return new KafkaAdmin.NewTopics(
                TopicBuilder.name(ProgressEvents.TOPIC).partitions(3).build(),
                TopicBuilder.name(EventsProperties.deadLetterTopic(ProgressEvents.TOPIC)).partitions(3).build(),
                TopicBuilder.name(AuthEvents.TOPIC).partitions(3).build(),
                TopicBuilder.name(EventsProperties.deadLetterTopic(AuthEvents.TOPIC)).partitions(3).build());
    }
}
