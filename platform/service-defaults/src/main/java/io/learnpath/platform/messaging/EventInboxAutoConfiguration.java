package io.learnpath.platform.messaging;

import io.learnpath.platform.defaults.ClockAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Offers {@link EventInbox} to every service that has both Kafka and a database. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" },
        after = ClockAutoConfiguration.class)
@ConditionalOnClass({ KafkaOperations.class, JdbcTemplate.class })
@ConditionalOnBean({ JdbcTemplate.class, PlatformTransactionManager.class })
public class EventInboxAutoConfiguration {

    @Bean
    EventInbox eventInbox(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, JsonMapper json,
            ObjectProvider<EventMeters> eventMeters, MeterRegistry meters, Clock clock) {
        return new EventInbox(jdbc, new TransactionTemplate(transactionManager), json,
                eventMeters.getIfAvailable(() -> new EventMeters(meters)), clock);
    }
}
