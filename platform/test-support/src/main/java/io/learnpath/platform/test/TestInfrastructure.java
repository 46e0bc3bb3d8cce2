package io.learnpath.platform.test;

import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The servers tests run against: one PostgreSQL, one Kafka and one Redis per test JVM, started on first use and
 * stopped when the JVM exits. {@code LEARNPATH_TEST_INFRASTRUCTURE=embedded|containers} forces a choice;
 * otherwise containers are used when a Docker engine is reachable, embedded servers when not.
 */
public interface TestInfrastructure {

    String jdbcUrl(String database);

    String databaseUser();

    String databasePassword();

    void createDatabase(String database);

    String kafkaBootstrapServers();

    String redisHost();

    int redisPort();

    static TestInfrastructure shared() {
        return Holder.INSTANCE;
    }

    final class Holder {

        private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
        static final TestInfrastructure INSTANCE = start();

        private Holder() {
        }

        private static TestInfrastructure start() {
            String choice = System.getenv().getOrDefault("LEARNPATH_TEST_INFRASTRUCTURE", "auto");
            boolean containers = switch (choice) {
                case "containers" -> true;
                case "embedded" -> false;
                default -> dockerLooksReachable() && ContainerTestInfrastructure.dockerAvailable();
            };
            log.info("Tests use {} PostgreSQL, Kafka and Redis", containers ? "Testcontainers" : "embedded");
            TestInfrastructure infrastructure = containers ? ContainerTestInfrastructure.start()
                    : EmbeddedTestInfrastructure.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    ((AutoCloseable) infrastructure).close();
                } catch (Exception e) {
                    log.warn("Test infrastructure did not stop cleanly: {}", e.getMessage());
                }
            }, "test-infrastructure-shutdown"));
            return infrastructure;
        }

        // Asking Testcontainers costs seconds of probing when there is plainly no engine; look for one first.
        private static boolean dockerLooksReachable() {
            return System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"))
                    || Files.exists(Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock"));
        }
    }
}
