package io.learnpath.platform.test;

import io.learnpath.platform.infrastructure.FreePorts;
import io.learnpath.platform.infrastructure.PostgresServer;
import io.learnpath.platform.infrastructure.RedisServerProcess;
import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The default: real servers from Maven Central, each started the first time a test needs it and kept for the JVM.
 * Needs nothing but a JDK, so every machine runs the tests the same way.
 */
final class EmbeddedTestInfrastructure implements TestInfrastructure, AutoCloseable {

    private final Lazy<PostgresServer> postgres = new Lazy<>(PostgresServer::startTemporary);
    private final Lazy<RedisServerProcess> redis =
            new Lazy<>(() -> RedisServerProcess.start(FreePorts.any(), null, null));
    private final Lazy<EmbeddedKafkaKraftBroker> kafka = new Lazy<>(EmbeddedTestInfrastructure::startKafka);

    static EmbeddedTestInfrastructure start() {
        return new EmbeddedTestInfrastructure();
    }

    private static EmbeddedKafkaKraftBroker startKafka() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        // Topics a consumer subscribes to before their publisher declares them get three partitions, as in production.
        broker.brokerProperties(Map.of("auto.create.topics.enable", "true", "num.partitions", "3",
                "group.initial.rebalance.delay.ms", "0"));
        broker.afterPropertiesSet();
        return broker;
    }

    @Override
    public String jdbcUrl(String database) {
        return postgres.get().jdbcUrl(database);
    }

    @Override
    public String databaseUser() {
        return PostgresServer.USER;
    }

    @Override
    public String databasePassword() {
        return "";
    }

    @Override
    public void createDatabase(String database) {
        postgres.get().createDatabaseIfMissing(database);
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.get().getBrokersAsString();
    }

    @Override
    public String redisHost() {
        return "127.0.0.1";
    }

    @Override
    public int redisPort() {
        return redis.get().port();
    }

    @Override
    public void close() {
        kafka.ifStarted(EmbeddedKafkaKraftBroker::destroy);
        redis.ifStarted(RedisServerProcess::close);
        postgres.ifStarted(PostgresServer::close);
    }
}
