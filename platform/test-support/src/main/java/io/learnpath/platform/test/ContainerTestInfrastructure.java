package io.learnpath.platform.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The same three servers as Docker containers, each started on first use. Only on request
 * ({@code LEARNPATH_TEST_INFRASTRUCTURE=testcontainers}): it needs a Docker engine that can pull the images.
 */
final class ContainerTestInfrastructure implements TestInfrastructure, AutoCloseable {

    private static final int REDIS_PORT = 6379;

    private final Lazy<PostgreSQLContainer> postgresContainer = new Lazy<>(() ->
            started(new PostgreSQLContainer("postgres:18-alpine")));
    private final Lazy<KafkaContainer> kafkaContainer = new Lazy<>(() -> started(new KafkaContainer("apache/kafka:4.1.1")));
    private final Lazy<GenericContainer<?>> redisContainer = new Lazy<>(() ->
            started(new GenericContainer<>("redis:8-alpine").withExposedPorts(REDIS_PORT)));

    private static <C extends GenericContainer<?>> C started(C container) {
        container.start();
        return container;
    }

    static ContainerTestInfrastructure start() {
        return new ContainerTestInfrastructure();
    }

    @Override
    public String jdbcUrl(String database) {
        PostgreSQLContainer postgres = postgresContainer.get();
        return "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getFirstMappedPort() + "/" + database;
    }

    @Override
    public String databaseUser() {
        return postgresContainer.get().getUsername();
    }

    @Override
    public String databasePassword() {
        return postgresContainer.get().getPassword();
    }

    @Override
    public void createDatabase(String database) {
        try (Connection connection = DriverManager.getConnection(postgresContainer.get().getJdbcUrl(), databaseUser(),
                databasePassword()); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + database, e);
        }
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafkaContainer.get().getBootstrapServers();
    }

    @Override
    public String redisHost() {
        return redisContainer.get().getHost();
    }

    @Override
    public int redisPort() {
        return redisContainer.get().getMappedPort(REDIS_PORT);
    }

    @Override
    public void close() {
        redisContainer.ifStarted(GenericContainer::stop);
        kafkaContainer.ifStarted(GenericContainer::stop);
        postgresContainer.ifStarted(GenericContainer::stop);
    }
}
