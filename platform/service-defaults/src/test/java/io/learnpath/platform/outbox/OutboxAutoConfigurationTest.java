package io.learnpath.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;

/** The outbox is on for a service that names its topic and has Spring Modulith's event registry. */
class OutboxAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(OutboxAutoConfiguration.class))
            .withPropertyValues("spring.application.name=progress-service")
            .withBean(IncompleteEventPublications.class, OutboxRoutingTest.NoIncompletePublications::new)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            // Not connected to: the backlog gauge queries only when sampled, and nothing samples it here.
            .withBean(JdbcTemplate.class, () -> new JdbcTemplate(new DriverManagerDataSource("jdbc:none")));

    @Test
    void aServiceNamingItsTopicGetsTheOutbox() {
        runner.withPropertyValues("learnpath.events.topic=learnpath.progress")
                .run(context -> assertThat(context).hasSingleBean(EventExternalizationConfiguration.class)
                        .hasSingleBean(OutboxRelayRetrier.class)
                        .getBeans(Gauge.class).containsOnlyKeys("outboxBacklog", "outboxOldestAge"));
    }

    @Test
    void withKafkaTheOutboxRelaysThroughItsOwnExternalizer() {
        // Not connected to: a producer is created on the first send only.
        KafkaTemplate<Object, Object> kafka = new KafkaTemplate<>(
                new DefaultKafkaProducerFactory<>(Map.of("bootstrap.servers", "localhost:1")));
        runner.withPropertyValues("learnpath.events.topic=learnpath.progress")
                .withBean(KafkaTemplate.class, () -> kafka)
                .run(context -> assertThat(context).hasSingleBean(DelegatingEventExternalizer.class)
                        .hasSingleBean(OutboxKafkaSender.class)
                        .hasSingleBean(OutboxRelayOrder.class));
    }

    @Test
    void modulithsOwnKafkaExternalizerIsLeftOutAndNothingElse() {
        String[] candidates = { ModulithKafkaExternalizerFilter.MODULITH_KAFKA_EXTERNALIZER,
                "org.springframework.modulith.events.kafka.KafkaJacksonConfiguration",
                OutboxAutoConfiguration.class.getName() };

        assertThat(new ModulithKafkaExternalizerFilter().match(candidates, null)).containsExactly(false, true, true);
    }

    @Test
    void aServiceThatOnlyConsumesGetsNone() {
        runner.withPropertyValues("learnpath.events.consumes=learnpath.content")
                .run(context -> assertThat(context).doesNotHaveBean(EventExternalizationConfiguration.class)
                        .doesNotHaveBean(OutboxRelayRetrier.class)
                        .doesNotHaveBean(Gauge.class));
    }

    @Test
    void withoutSpringModulithThereIsNoOutbox() {
        runner.withPropertyValues("learnpath.events.topic=learnpath.progress")
                .withClassLoader(new FilteredClassLoader(EventExternalizationConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(OutboxAutoConfiguration.class)
                        .doesNotHaveBean(OutboxRelayRetrier.class));
    }

    @Test
    void withoutJdbcThereIsNoOutbox() {
        runner.withPropertyValues("learnpath.events.topic=learnpath.progress")
                .withClassLoader(new FilteredClassLoader(JdbcTemplate.class))
                .run(context -> assertThat(context).doesNotHaveBean(OutboxAutoConfiguration.class)
                        .doesNotHaveBean(OutboxRelayRetrier.class));
    }
}
