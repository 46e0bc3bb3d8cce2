package io.learnpath.platform.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The same three servers as Docker containers, for machines (and CI) with a Docker engine. */
final class ContainerTestInfrastructure implements TestInfrastructure, AutoCloseable {

    private static final int REDIS_PORT = 6379;

    private final PostgreSQLContainer postgres;
    private final KafkaContainer kafka;
    private final GenericContainer<?> redis;

    private ContainerTestInfrastructure(PostgreSQLContainer postgres, KafkaContainer kafka, GenericContainer<?> redis) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.redis = redis;
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    static ContainerTestInfrastructure start() {
        PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:18-alpine");
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
        GenericContainer<?> redis = new GenericContainer<>("redis:8-alpine").withExposedPorts(REDIS_PORT);
        postgres.start();
        kafka.start();
        redis.start();
        return new ContainerTestInfrastructure(postgres, kafka, redis);
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getFirstMappedPort() + "/" + database;
    }

    @Override
    public String databaseUser() {
        return postgres.getUsername();
    }

    @Override
    public String databasePassword() {
        return postgres.getPassword();
    }

    @Override
    public void createDatabase(String database) {
        try (Connection connection = DriverManager.getConnection(postgres.getJdbcUrl(), databaseUser(),
                databasePassword()); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + database, e);
        }
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String redisHost() {
        return redis.getHost();
    }

    @Override
    public int redisPort() {
        return redis.getMappedPort(REDIS_PORT);
    }

    @Override
    public void close() {
        redis.stop();
        kafka.stop();
        postgres.stop();
    }
}
