package io.learnpath.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * The relay's order: Modulith's externalizers are {@code @Async}, so what runs them decides whether one key's
 * events reach Kafka in commit order. Here an {@code @Async} bean stands in for the externalizer.
 */
class OutboxRelayOrderTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            // With Boot's task execution, as in a service: its executor (a virtual thread per task here) must not be
            // the one that runs the relay.
            .withConfiguration(AutoConfigurations.of(OutboxAutoConfiguration.class,
                    TaskExecutionAutoConfiguration.class))
            .withPropertyValues("spring.application.name=progress-service", "learnpath.events.topic=learnpath.test",
                    "spring.threads.virtual.enabled=true")
            .withBean(IncompleteEventPublications.class, OutboxRoutingTest.NoIncompletePublications::new)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            // Not connected to: nothing here samples the backlog gauge.
            .withBean(JdbcTemplate.class, () -> new JdbcTemplate(new DriverManagerDataSource("jdbc:none")))
            .withUserConfiguration(AsyncRelay.class);

    @Test
    void asynchronousRelaysRunInTheOrderTheyWereHandedOver() {
        runner.run(context -> {
            Relay relay = context.getBean(Relay.class);
            List<Integer> expected = IntStream.range(0, 200).boxed().toList();

            expected.forEach(relay::relay);

            await().atMost(Duration.ofSeconds(10)).until(() -> relay.relayed().size() == expected.size());
            assertThat(relay.relayed()).containsExactlyElementsOf(expected);
            assertThat(relay.threads()).allMatch(name -> name.startsWith("outbox-relay-"));
        });
    }

    @Test
    void aServiceWithItsOwnAsyncConfigurationKeepsIt() {
        AsyncConfigurer own = new AsyncConfigurer() {
            @Override
            public Executor getAsyncExecutor() {
                return Runnable::run;
            }
        };
        runner.withBean(AsyncConfigurer.class, () -> own).run(context -> {
            Relay relay = context.getBean(Relay.class);

            relay.relay(1);

            // The service's executor runs the caller's task on the caller's thread; ours would not.
            assertThat(context).doesNotHaveBean(OutboxRelayOrder.class);
            assertThat(relay.threads()).containsExactly(Thread.currentThread().getName());
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAsync
    static class AsyncRelay {

        @Bean
        Relay relay() {
            return new Relay();
        }
    }

    static class Relay {

        private final List<Integer> relayed = new CopyOnWriteArrayList<>();
        private final List<String> threads = new CopyOnWriteArrayList<>();

        // Read through methods: the bean is an @Async proxy, whose own fields are empty.
        public List<Integer> relayed() {
            return relayed;
        }

        public List<String> threads() {
            return threads;
        }

        @Async
        public void relay(int sequence) {
            threads.add(Thread.currentThread().getName());
            relayed.add(sequence);
        }
    }
}
