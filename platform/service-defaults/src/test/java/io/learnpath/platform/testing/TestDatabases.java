package io.learnpath.platform.testing;

import io.learnpath.platform.infrastructure.PostgresServer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Real PostgreSQL databases for this module's tests, each holding the platform's own tables as its migrations
 * ({@code classpath:db/platform}) create them. One server per test JVM, started on first use. Not the test
 * support's {@code @RealInfrastructure}: platform-test-support's own tests depend on this module, so depending on
 * it here would be a reactor cycle.
 */
public final class TestDatabases {

    private static PostgresServer server;

    private TestDatabases() {
    }

    /** A fresh database named {@code name} (lowercase, no quoting needed), migrated with the platform's tables. */
    public static DataSource migrated(String name) {
        PostgresServer postgres = server();
        postgres.createDatabaseIfMissing(name);
        DriverManagerDataSource dataSource =
                new DriverManagerDataSource(postgres.jdbcUrl(name), PostgresServer.USER, "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/platform").load().migrate();
        return dataSource;
    }

    private static synchronized PostgresServer server() {
        if (server == null) {
            server = PostgresServer.startTemporary();
            PostgresServer started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-test-postgres"));
        }
        return server;
    }
}
