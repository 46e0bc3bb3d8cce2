package io.learnpath.platform.test;

import io.learnpath.platform.infrastructure.FreePorts;
import io.learnpath.platform.infrastructure.PostgresServer;
import io.learnpath.platform.infrastructure.RedisServerProcess;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** Real servers from Maven Central, started side by side to keep the first test's wait short. */
final class EmbeddedTestInfrastructure implements TestInfrastructure, AutoCloseable {

    private final PostgresServer postgres;
    private final EmbeddedKafkaKraftBroker kafka;
    private final RedisServerProcess redis;

    private EmbeddedTestInfrastructure(PostgresServer postgres, EmbeddedKafkaKraftBroker kafka,
            RedisServerProcess redis) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.redis = redis;
    }

    static EmbeddedTestInfrastructure start() {
        CompletableFuture<PostgresServer> postgres = CompletableFuture.supplyAsync(PostgresServer::startTemporary);
        CompletableFuture<RedisServerProcess> redis =
                CompletableFuture.supplyAsync(() -> RedisServerProcess.start(FreePorts.any(), null));
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 3);
        kafka.brokerProperties(Map.of("auto.create.topics.enable", "true",
                        "group.initial.rebalance.delay.ms", "0"));
        kafka.afterPropertiesSet();
        return new EmbeddedTestInfrastructure(postgres.join(), kafka, redis.join());
    }

    @Override
    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
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
        postgres.createDatabaseIfMissing(database);
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    @Override
    public String redisHost() {
        return "127.0.0.1";
    }

    @Override
    public int redisPort() {
        return redis.port();
    }

    @Override
    public void close() {
        kafka.destroy();
        redis.close();
        postgres.close();
    }
}
