package io.learnpath.systemtests;

import io.learnpath.platform.infrastructure.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** What the fault tests share: PostgreSQL's superuser, to take a database away and give it back. */
final class Faults {

    private Faults() {
    }

    /** Runs statements as PostgreSQL's superuser, connected to the maintenance database. */
    static void administer(RunningStack stack, String... statements) throws SQLException {
        String url = "jdbc:postgresql://localhost:" + stack.stack().layout().ports().postgres() + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, PostgresServer.USER, "");
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Makes PostgreSQL refuse every new connection to {@code database} and end the open ones. */
    static void takeAway(RunningStack stack, String database) throws SQLException {
        administer(stack, "ALTER DATABASE " + database + " ALLOW_CONNECTIONS false",
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
    }

    static void giveBack(RunningStack stack, String database) throws SQLException {
        administer(stack, "ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
    }
}
