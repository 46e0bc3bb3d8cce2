package io.learnpath.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.platform.infrastructure.PostgresServer;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What the fault tests share: PostgreSQL's superuser, to take a database away and give it back, and signals to
 * freeze a process and let it go.
 */
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

    /** Sends {@code signal} ({@code STOP}, {@code CONT}) to the process, as {@code kill -STOP <pid>} would. */
    static void signal(String signal, long pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        assertThat(kill.waitFor()).as("kill -" + signal + " " + pid).isZero();
    }
}
