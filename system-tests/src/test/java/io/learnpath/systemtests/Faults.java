package io.learnpath.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.platform.infrastructure.PostgresServer;
import io.learnpath.platform.test.http.TestHttp;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.JsonNode;

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

    /** The titles of the learner's topic-completed notices, newest first, as the inbox lists them. */
    static List<String> completedTopics(TestHttp gateway, String token) {
        JsonNode items = gateway.get("/api/notifications?size=50", token).json().path("items");
        return items.valueStream().filter(item -> item.path("kind").asString().equals("TOPIC_COMPLETED"))
                .map(item -> item.path("title").asString()).toList();
    }

    /**
     * Waits until the learner has one topic-completed notice per title, then checks they name the topics in the
     * order they were marked (the inbox lists newest first) and none twice.
     */
    static void awaitDeliveredInOrderOnce(TestHttp gateway, String token, List<String> titles) {
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertThat(completedTopics(gateway, token))
                .hasSize(titles.size()));
        List<String> delivered = completedTopics(gateway, token).reversed();
        for (int i = 0; i < titles.size(); i++) {
            assertThat(delivered.get(i)).contains(titles.get(i));
        }
    }
}
