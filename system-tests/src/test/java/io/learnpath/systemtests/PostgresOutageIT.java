package io.learnpath.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.platform.test.http.TestResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One service's database goes away (the progress-service's: PostgreSQL refuses every connection to it and drops
 * the open ones) while the rest of the system keeps running: that service turns not ready, the gateway answers its
 * paths with 503 problems within the read limit while the other services answer as usual, and once the database
 * accepts connections again the service recovers by itself, with every change accepted before the outage intact.
 */
@ExtendWith(SharedStack.class)
class PostgresOutageIT {

    private static final String DATABASE = "progress";
    private static final String SUMMARY = "/api/progress/roadmaps/backend";

    private final RunningStack stack;
    private final TestHttp gateway;

    PostgresOutageIT(RunningStack stack) {
        this.stack = stack;
        this.gateway = stack.gateway();
    }

    @Test
    void aServiceWhoseDatabaseIsGoneAnswers503ProblemsAndRecoversByItself() throws Exception {
        String token = BenchmarkAccounts.signUp(stack.stack().layout().ports(), 1).getFirst();
        String topic = gateway.get("/api/content/roadmaps/backend", null).json().path("levels").get(0)
                .path("topics").get(0).path("slug").asString();
        assertThat(gateway.request(SUMMARY + "/topics/" + topic).token(token).json("{\"status\": \"DONE\"}").put()
                .status()).isEqualTo(200);

        try {
            Faults.takeAway(stack, DATABASE);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                long started = System.nanoTime();
                TestResponse refused = gateway.get(SUMMARY, token);
                assertThat(refused.status()).isEqualTo(503);
                assertThat(refused.contentType()).startsWith("application/problem+json");
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
            });
            TestResponse write = gateway.request(SUMMARY + "/topics/" + topic).token(token)
                    .json("{\"status\": \"IN_PROGRESS\"}").put();
            assertThat(write.status()).as("a write is refused, not failed: " + write).isEqualTo(503);
            assertThat(gateway.get("/api/content/roadmaps/backend", null).status())
                    .as("the other services are not affected").isEqualTo(200);
        } finally {
            Faults.giveBack(stack, DATABASE);
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            TestResponse summary = gateway.get(SUMMARY, token);
            assertThat(summary.status()).isEqualTo(200);
            assertThat(summary.json().path("done").asInt()).as("the change made before the outage").isEqualTo(1);
        });
    }

}
