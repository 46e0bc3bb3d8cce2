package io.learnpath.platform.outbox;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

/**
 * What the outbox's externalizer does with a publication: the record Modulith's own Kafka externalizer would send
 * (the event as JSON through the template's message converter, the CloudEvents headers, keyed and routed by the
 * {@link EventExternalizationConfiguration}), sent in the publication's turn ({@link RelayTurns}).
 *
 * <p>The acknowledgement is handed to a thread of the outbox's own before Modulith's bookkeeping runs on it: that
 * bookkeeping deletes the publication's row, and on the producer's I/O thread, where the template completes its
 * futures, each delete would hold up every other record's sending and acknowledgement.
 */
class OutboxKafkaSender implements BiFunction<RoutingTarget, Object, CompletableFuture<?>> {

    private static final Duration DRAIN = Duration.ofSeconds(10);

    private final EventExternalizationConfiguration configuration;
    private final KafkaOperations<Object, Object> kafka;
    private final RelayTurns turns;
    private final ExecutorService acknowledgements = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("outbox-acknowledged-", 0).daemon().factory());

    OutboxKafkaSender(EventExternalizationConfiguration configuration, KafkaOperations<Object, Object> kafka,
            RelayTurns turns) {
        this.configuration = configuration;
        this.kafka = kafka;
        this.turns = turns;
    }

    @Override
    public CompletableFuture<?> apply(RoutingTarget target, Object payload) {
        var record = MessageBuilder.withPayload(payload)
                .copyHeaders(configuration.getHeadersFor(payload))
                .setHeader(KafkaHeaders.TOPIC, target.getTarget())
                .setHeader(KafkaHeaders.KEY, target.getKey())
                .build();
        return turns.inTurn(() -> kafka.send(record)).thenApplyAsync(Function.identity(), acknowledgements);
    }

    /** Lets the bookkeeping of what Kafka acknowledged already finish (what it misses is relayed again later). */
    void shutdown() throws InterruptedException {
        acknowledgements.shutdown();
        if (!acknowledgements.awaitTermination(DRAIN.toMillis(), TimeUnit.MILLISECONDS)) {
            acknowledgements.shutdownNow();
        }
    }
}
