package io.learnpath.launcher;

import io.learnpath.platform.infrastructure.KafkaBrokerProcess;
import io.learnpath.platform.infrastructure.PostgresServer;
import io.learnpath.platform.infrastructure.RedisServerProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * PostgreSQL, Redis and Kafka for the local stack: real servers, started side by side, with their data under
 * the stack's home folder so accounts and progress survive a restart; and a real SMTP server that catches every
 * mail ({@link MailCatcher}, in this process, in memory).
 */
final class Infrastructure implements AutoCloseable {

    private PostgresServer postgres;
    private RedisServerProcess redis;
    private KafkaBrokerProcess kafka;
    private MailCatcher mail;

    static Infrastructure start(StackLayout layout) {
        Infrastructure infrastructure = new Infrastructure();
        try {
            Files.createDirectories(layout.logsDirectory());
            Ports ports = layout.ports();
            CompletableFuture<PostgresServer> postgres = CompletableFuture.supplyAsync(() -> {
                PostgresServer server = PostgresServer.startPersistent(ports.postgres(), layout.dataDirectory("postgres"));
                Component.databases().forEach(server::createDatabaseIfMissing);
                return server;
            });
            CompletableFuture<RedisServerProcess> redis = CompletableFuture.supplyAsync(() ->
                    RedisServerProcess.start(ports.redis(), layout.dataDirectory("redis"), layout.logFile("redis")));
            CompletableFuture<KafkaBrokerProcess> kafka = CompletableFuture.supplyAsync(
                    () -> KafkaBrokerProcess.start(ports.kafka(), ports.kafkaController(), layout.dataDirectory("kafka"),
                            layout.logFile("kafka"), Duration.ofSeconds(120)));
            // Keep whatever did start, so that close() stops it even if another server failed.
            infrastructure.postgres = postgres.exceptionally(failure -> null).join();
            infrastructure.redis = redis.exceptionally(failure -> null).join();
            infrastructure.kafka = kafka.exceptionally(failure -> null).join();
            postgres.join();
            redis.join();
            kafka.join();
            infrastructure.mail = MailCatcher.start(ports.smtp(), ports.mailPage());
            return infrastructure;
        } catch (CompletionException e) {
            infrastructure.close();
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (IOException e) {
            infrastructure.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // The mail catcher could not start (its port taken since the preflight): stop what did start.
            infrastructure.close();
            throw e;
        }
    }

    String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    long kafkaPid() {
        return kafka.pid();
    }

    /** Stops every server that started, each even if stopping another failed. */
    @Override
    public void close() {
        stopQuietly("the mail catcher", mail);
        stopQuietly("Kafka", kafka);
        stopQuietly("Redis", redis);
        stopQuietly("PostgreSQL", postgres);
    }

    private static void stopQuietly(String name, AutoCloseable server) {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (Exception e) {
            System.err.println(name + " did not stop cleanly: " + e.getMessage());
        }
    }
}
