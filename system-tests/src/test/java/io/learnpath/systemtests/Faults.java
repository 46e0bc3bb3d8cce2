package io.learnpath.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.platform.infrastructure.PostgresServer;
import io.learnpath.platform.test.http.TestHttp;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** What the fault tests share: a fresh learner to act as, and PostgreSQL's superuser to take a database away. */
final class Faults {

    private Faults() {
    }

    /** Signs a new learner up and in through the gateway; answers the access token. */
    static String signedUpLearner(TestHttp gateway, String name) {
        String email = name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String password = "correct horse battery staple";
        assertThat(gateway.request("/api/auth/register").json("""
                {"email": "%s", "password": "%s", "displayName": "%s"}""".formatted(email, password, name))
                .post().status()).isEqualTo(202);
        var signedIn = gateway.request("/api/auth/login").json("""
                {"email": "%s", "password": "%s"}""".formatted(email, password)).post();
        assertThat(signedIn.status()).isEqualTo(200);
        return signedIn.json().path("accessToken").asString();
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
