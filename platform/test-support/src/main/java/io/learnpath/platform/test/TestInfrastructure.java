package io.learnpath.platform.test;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The servers tests run against: one PostgreSQL, one Kafka and one Redis per test JVM, started on first use and
 * stopped when the JVM exits. Embedded real servers by default, on every machine; Testcontainers only when asked
 * for with {@code LEARNPATH_TEST_INFRASTRUCTURE=testcontainers} (or {@code -Dlearnpath.test.infrastructure=
 * testcontainers}). Any other value fails the first test that needs a server, naming the allowed values.
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
        /** The thread name of {@code AbstractApplicationContext.registerShutdownHook()}. */
        private static final String SPRING_SHUTDOWN_HOOK = "SpringContextShutdownHook";
        static final TestInfrastructure INSTANCE = start();

        private Holder() {
        }

        private static TestInfrastructure start() {
            InfrastructureChoice choice = InfrastructureChoice.configured();
            log.info("Tests use {} PostgreSQL, Kafka and Redis", choice.setting());
            TestInfrastructure infrastructure = switch (choice) {
                case EMBEDDED -> EmbeddedTestInfrastructure.start();
                case TESTCONTAINERS -> ContainerTestInfrastructure.start();
            };
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfterSpring((AutoCloseable) infrastructure),
                    "test-infrastructure-shutdown"));
            return infrastructure;
        }

        /**
         * JVM shutdown hooks run concurrently. Stopping the servers while Spring's hooks still close the test
         * contexts leaves Kafka consumers waiting 30 s for a broker that is gone and pools complaining about
         * closed connections; so this hook first waits for Spring's to finish.
         */
        private static void stopAfterSpring(AutoCloseable infrastructure) {
            Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> thread.getName().equals(SPRING_SHUTDOWN_HOOK) && thread != Thread.currentThread())
                    .forEach(thread -> {
                        try {
                            thread.join(20_000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
            try {
                infrastructure.close();
            } catch (Exception e) {
                log.warn("Test infrastructure did not stop cleanly: {}", e.getMessage());
            }
        }
    }
}
