package io.learnpath.launcher;

import io.learnpath.platform.infrastructure.KafkaBrokerProcess;
import io.learnpath.platform.infrastructure.PostgresServer;
import io.learnpath.platform.infrastructure.RedisServerProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * PostgreSQL, Redis and Kafka for the local stack: real servers, started side by side, with their data under
 * the stack's home folder so accounts and progress survive a restart. Next to them an SMTP server that catches
 * every mail ({@link MailCatcher}) and the page that shows it ({@link MailPage}), both in the launcher's JVM.
 */
final class Infrastructure implements AutoCloseable {

    private PostgresServer postgres;
    private RedisServerProcess redis;
    private KafkaBrokerProcess kafka;
    private final Optional<KafkaAotCache> kafkaCache = KafkaAotCache.of(
            AotCache.fromSettings(System.getenv(), System.getProperties()), System.getProperty("java.class.path"),
            AotCache.currentRuntime());
    private MailCatcher mail;
    private MailPage mailPage;

    static Infrastructure start(StackLayout layout) {
        Infrastructure infrastructure = new Infrastructure();
        try {
            Files.createDirectories(layout.logsDirectory());
            Ports ports = layout.ports();
            // Quick to start and in this JVM: first, so that if it cannot start nothing slow has begun.
            infrastructure.mail = MailCatcher.start(ports.smtp());
            infrastructure.mailPage = MailPage.start(ports.mailPage(), infrastructure.mail);
            CompletableFuture<PostgresServer> postgres = CompletableFuture.supplyAsync(() -> {
                PostgresServer server = PostgresServer.startPersistent(ports.postgres(), layout.dataDirectory("postgres"));
                Component.databases().forEach(server::createDatabaseIfMissing);
                return server;
            });
            CompletableFuture<RedisServerProcess> redis = CompletableFuture.supplyAsync(() ->
                    RedisServerProcess.start(ports.redis(), layout.dataDirectory("redis"), layout.logFile("redis")));
            CompletableFuture<KafkaBrokerProcess> kafka = CompletableFuture.supplyAsync(
                    () -> infrastructure.startKafka(layout));
            // Keep whatever did start, so that close() stops it even if another server failed.
            infrastructure.postgres = postgres.exceptionally(failure -> null).join();
            infrastructure.redis = redis.exceptionally(failure -> null).join();
            infrastructure.kafka = kafka.exceptionally(failure -> null).join();
            postgres.join();
            redis.join();
            kafka.join();
            return infrastructure;
        } catch (CompletionException e) {
            infrastructure.close();
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (IOException e) {
            infrastructure.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            infrastructure.close();
            throw e;
        }
    }

    /**
     * Starts again, on the same ports and data, the Kafka broker or Redis server if its process has exited (killed,
     * crashed, out of memory): the services reconnect by themselves, and the events their outboxes held meanwhile
     * go out. Says what it found and did, one line each; nothing when both are running.
     */
    synchronized List<String> restartWhatHasExited(StackLayout layout) {
        List<String> said = new ArrayList<>();
        Ports ports = layout.ports();
        if (kafka != null && !kafka.isAlive()) {
            said.add("Kafka has exited (exit code " + kafka.exitValue() + "); starting it again on its data ...");
            try {
                kafka = startKafka(layout);
                said.add("Kafka is running again (pid " + kafka.pid() + ")");
            } catch (RuntimeException e) {
                said.add("Kafka could not be started again: " + e.getMessage() + "; see " + layout.logFile("kafka"));
            }
        }
        if (redis != null && !redis.isAlive()) {
            said.add("Redis has exited (exit code " + redis.exitValue() + "); starting it again ...");
            try {
                redis = RedisServerProcess.start(ports.redis(), layout.dataDirectory("redis"), layout.logFile("redis"));
                said.add("Redis is running again");
            } catch (RuntimeException e) {
                said.add("Redis could not be started again: " + e.getMessage() + "; see " + layout.logFile("redis"));
            }
        }
        return said;
    }

    private KafkaBrokerProcess startKafka(StackLayout layout) {
        return KafkaBrokerProcess.start(layout.ports().kafka(), layout.ports().kafkaController(),
                layout.dataDirectory("kafka"), layout.logFile("kafka"), Duration.ofSeconds(120),
                kafkaCache.map(KafkaAotCache::jvmOptions).orElse(List.of()));
    }

    String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    synchronized long redisPid() {
        return redis.pid();
    }

    synchronized long kafkaPid() {
        return kafka.pid();
    }

    /** Stops every server that started, each even if stopping another failed. */
    @Override
    public synchronized void close() {
        stopQuietly("Kafka", kafka);
        kafkaCache.ifPresent(KafkaAotCache::brokerStopped);
        stopQuietly("Redis", redis);
        stopQuietly("PostgreSQL", postgres);
        stopQuietly("mail page", mailPage);
        stopQuietly("GreenMail", mail);
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
