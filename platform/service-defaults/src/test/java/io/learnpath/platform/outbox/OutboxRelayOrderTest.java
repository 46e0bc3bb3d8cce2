package io.learnpath.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
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
 * The relay's order: Modulith's externalizers are {@code @Async}, and Spring's async interceptor keeps the task's
 * thread until the future the externalizer returned (Kafka's acknowledgement) completes. Here an {@code @Async}
 * bean stands in for the externalizer: it does some work, sends in its turn, and returns an acknowledgement that
 * only the test completes.
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
    void sendsInTheOrderTheyWereHandedOverWithoutWaitingForAcknowledgements() {
        runner.run(context -> {
            Relay relay = context.getBean(Relay.class);
            List<Integer> expected = IntStream.range(0, 200).boxed().toList();

            expected.forEach(relay::relay);

            // Every send went out although Kafka acknowledged none of them: one waiting acknowledgement no longer
            // holds back the next event.
            await().atMost(Duration.ofSeconds(10)).until(() -> relay.sent().size() == expected.size());
            assertThat(relay.sent()).containsExactlyElementsOf(expected);
            assertThat(relay.threads()).allMatch(name -> name.startsWith("outbox-relay-"));
            relay.acknowledgeAll();
        });
    }

    @Test
    void aRelayThatFailsBeforeItsSendDoesNotHoldBackTheNext() {
        runner.run(context -> {
            Relay relay = context.getBean(Relay.class);
            relay.failBeforeSending(3);

            IntStream.range(0, 8).forEach(relay::relay);

            await().atMost(Duration.ofSeconds(10)).until(() -> relay.sent().size() == 7);
            assertThat(relay.sent()).containsExactly(0, 1, 2, 4, 5, 6, 7);
            relay.acknowledgeAll();
        });
    }

    @Test
    void theObservationCurrentWhereARelayIsHandedOverIsCurrentWhereItSends() {
        runner.run(context -> {
            Relay relay = context.getBean(Relay.class);
            ObservationRegistry registry = ObservationRegistry.create();
            registry.observationConfig().observationHandler(observation -> true);
            Observation request = Observation.start("http.server.requests", registry);

            // As on the request thread whose transaction just committed: its observation (and so its trace) is
            // current when Modulith hands the publication over.
            try (Observation.Scope scope = request.openScope()) {
                relay.relay(1);
            }
            relay.relay(2);

            await().atMost(Duration.ofSeconds(10)).until(() -> relay.sent().size() == 2);
            assertThat(relay.observedAtSend()).containsExactly(request, Relay.NONE);
            request.stop();
            relay.acknowledgeAll();
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
            // Acknowledged at once: the caller's thread waits for it here.
            relay.acknowledgeAtOnce();

            CompletableFuture<Integer> acknowledged = relay.relay(1);

            // The service's executor runs the caller's task on the caller's thread; ours would not. Without a
            // ticket the send goes at once.
            assertThat(context).doesNotHaveBean(OutboxRelayOrder.class);
            assertThat(acknowledged).isCompletedWithValue(1);
            assertThat(relay.threads()).containsExactly(Thread.currentThread().getName());
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAsync
    static class AsyncRelay {

        @Bean
        Relay relay(RelayTurns turns) {
            return new Relay(turns);
        }
    }

    static class Relay {

        static final String NONE = "no observation";

        private final RelayTurns turns;
        private final ObservationRegistry anyRegistry = ObservationRegistry.create();
        private final List<Object> observedAtSend = new CopyOnWriteArrayList<>();
        private final List<Integer> sent = new CopyOnWriteArrayList<>();
        private final List<String> threads = new CopyOnWriteArrayList<>();
        private final Map<Integer, CompletableFuture<Integer>> acknowledgements = new ConcurrentHashMap<>();
        private volatile int failing = -1;
        private volatile boolean acknowledgeAtOnce;

        Relay(RelayTurns turns) {
            this.turns = turns;
        }

        // Read through methods: the bean is an @Async proxy, whose own fields are empty.
        public List<Integer> sent() {
            return sent;
        }

        public List<String> threads() {
            return threads;
        }

        public List<Object> observedAtSend() {
            return observedAtSend;
        }

        public void failBeforeSending(int sequence) {
            failing = sequence;
        }

        public void acknowledgeAtOnce() {
            acknowledgeAtOnce = true;
        }

        public void acknowledgeAll() {
            acknowledgements.forEach((sequence, acknowledgement) -> acknowledgement.complete(sequence));
        }

        @Async
        public CompletableFuture<Integer> relay(int sequence) {
            threads.add(Thread.currentThread().getName());
            if (sequence == failing) {
                throw new IllegalStateException("the registry could not be reached");
            }
            return turns.inTurn(() -> {
                // The observation in scope on this thread (any registry reads the same thread-local scope).
                Observation current = anyRegistry.getCurrentObservation();
                observedAtSend.add(current == null ? NONE : current);
                sent.add(sequence);
                return acknowledgeAtOnce ? CompletableFuture.completedFuture(sequence)
                        : acknowledgements.computeIfAbsent(sequence, key -> new CompletableFuture<>());
            });
        }
    }
}
