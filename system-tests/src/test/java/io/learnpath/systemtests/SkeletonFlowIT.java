package io.learnpath.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.launcher.Component;
import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.platform.test.http.TestResponse;
import java.time.Duration;
import java.util.Queue;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The walking skeleton end to end, through the gateway only, against six real JVMs and real PostgreSQL, Redis
 * and Kafka: register, sign in, read the roadmap, mark a topic done, watch the percent change, receive the
 * notification live, and be refused politely without a token or with bad input. Then a restart: the account
 * still signs in and the progress is still there. (The API documents and Swagger UI: {@link ApiDocumentsIT}.)
 */
@ExtendWith(SharedStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SkeletonFlowIT {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final RunningStack stack;
    private TestHttp gateway;

    private final String email = "ada." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    private final String password = "correct horse battery staple";
    private String accessToken;
    private String topicSlug;
    private String topicTitle;

    SkeletonFlowIT(RunningStack stack) {
        this.stack = stack;
        this.gateway = stack.gateway();
    }

    @Test
    @Order(1)
    void aNewLearnerRegisters() {
        var reply = gateway.request("/api/auth/register").json("""
                {"email": "%s", "password": "%s", "displayName": "Ada"}""".formatted(email, password)).post();

        // 202 whether or not the address was taken: registration does not reveal who has an account.
        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.json().path("email").asString()).isEqualTo(email);
    }

    @Test
    @Order(2)
    void theLearnerSignsInAndGetsTokens() {
        var reply = gateway.request("/api/auth/login").json("""
                {"email": "%s", "password": "%s"}""".formatted(email, password)).post();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("tokenType").asString()).isEqualTo("Bearer");
        assertThat(reply.json().path("refreshToken").asString()).isNotBlank();
        accessToken = reply.json().path("accessToken").asString();
        assertThat(accessToken.split("\\.")).hasSize(3);
    }

    @Test
    @Order(3)
    void anyoneReadsTheBackendRoadmap() {
        var reply = gateway.get("/api/content/roadmaps/backend", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("topicCount").asInt()).isGreaterThanOrEqualTo(150);
        JsonNode levels = reply.json().path("levels");
        assertThat(levels.valueStream().map(level -> level.path("level").asString()))
                .containsExactly("basic", "intermediate", "advanced");
        JsonNode first = levels.get(0).path("topics").get(0);
        assertThat(first.path("id").asText()).isNotBlank();
        assertThat(first.path("subtopics").size()).isPositive();
        topicSlug = first.path("slug").asText();
        topicTitle = first.path("title").asText();
    }

    @Test
    @Order(4)
    void markingATopicDoneMovesThePercentAndNotifiesTheLearnerLive() {
        var before = gateway.get("/api/progress/roadmaps/backend", accessToken);
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.json().path("done").asInt()).isZero();
        assertThat(before.json().path("percent").asDouble()).isZero();
        int total = before.json().path("total").asInt();
        assertThat(total).isGreaterThanOrEqualTo(10);

        Queue<String> stream = NotificationStreams.open(gateway, accessToken);
        await().atMost(Duration.ofSeconds(10)).until(() -> stream.contains("HTTP 200"));

        var update = gateway.request("/api/progress/roadmaps/backend/topics/" + topicSlug).token(accessToken).json(
                "{\"status\": \"DONE\"}").put();
        assertThat(update.status()).isEqualTo(200);
        assertThat(update.json().path("status").asString()).isEqualTo("DONE");

        var after = gateway.get("/api/progress/roadmaps/backend", accessToken);
        assertThat(after.json().path("done").asInt()).isEqualTo(1);
        assertThat(after.json().path("percent").asDouble())
                .isCloseTo(100.0 / total, org.assertj.core.data.Offset.offset(0.06));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(stream).anyMatch(line -> line.replace(" ", "").equals("event:notification"));
            assertThat(stream).anyMatch(line -> line.startsWith("data:") && line.contains(topicTitle));
        });
        var inbox = gateway.get("/api/notifications", accessToken);
        assertThat(inbox.status()).isEqualTo(200);
        assertThat(inbox.json().path("items").toString()).contains(topicTitle);
        // The first topic done is a milestone: progress publishes MilestoneReached, the inbox gets its notice.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                gateway.get("/api/notifications", accessToken).json().path("items").toString())
                .contains("MILESTONE_REACHED").contains("Your first topic is done"));
    }

    @Test
    @Order(5)
    void withoutATokenTheGatewayAnswers401ProblemJson() {
        var progress = gateway.get("/api/progress/roadmaps/backend", null);
        var notifications = gateway.get("/api/notifications", null);
        var forged = gateway.get("/api/progress/roadmaps/backend", accessToken.substring(0, accessToken.length() - 4)
                + "AAAA");

        for (var reply : new TestResponse[] {progress, notifications, forged}) {
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.contentType()).startsWith(PROBLEM_JSON);
        }
    }

    @Test
    @Order(6)
    void badInputGets4xxProblemJsonNever5xx() {
        String topics = "/api/progress/roadmaps/backend/topics/";
        var unknownStatus = gateway.request(topics + topicSlug).token(accessToken).json(
                "{\"status\": \"FINISHED\"}").put();
        var malformed = gateway.request(topics + topicSlug).token(accessToken).json("{\"status\":").put();
        var unknownTopic = gateway.request(topics + "no-such-topic").token(accessToken).json(
                "{\"status\": \"DONE\"}").put();
        var unknownRoadmap = gateway.get("/api/content/roadmaps/no-such-roadmap", null);
        var badEmail = gateway.request("/api/auth/register").json(
                "{\"email\": \"not-an-email\", \"password\": \"long enough password\", \"displayName\": \"X\"}").post();
        var wrongPassword = gateway.request("/api/auth/login").json(
                "{\"email\": \"%s\", \"password\": \"not the password at all\"}".formatted(email)).post();

        assertThat(unknownStatus.status()).isEqualTo(400);
        assertThat(unknownStatus.json().toString()).contains("status");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(unknownTopic.status()).isEqualTo(404);
        assertThat(unknownRoadmap.status()).isEqualTo(404);
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.json().path("errors").toString()).contains("email");
        assertThat(wrongPassword.status()).isEqualTo(401);
        for (var reply : new TestResponse[] {unknownStatus, malformed, unknownTopic, unknownRoadmap, badEmail,
                wrongPassword}) {
            assertThat(reply.contentType()).startsWith(PROBLEM_JSON);
            assertThat(reply.json().path("type").asText()).startsWith("https://");
            assertThat(reply.json().toString()).doesNotContain("Exception").doesNotContain("at io.learnpath");
        }
    }

    @Test
    @Order(7)
    void afterARestartTheAccountStillSignsInAndTheProgressIsKept() {
        stack.restart();
        gateway = stack.gateway();

        var login = gateway.request("/api/auth/login").json("""
                {"email": "%s", "password": "%s"}""".formatted(email, password)).post();
        assertThat(login.status()).isEqualTo(200);
        var progress = gateway.get("/api/progress/roadmaps/backend", login.json().path("accessToken").asString());
        assertThat(progress.status()).isEqualTo(200);
        assertThat(progress.json().path("done").asInt()).isEqualTo(1);
        // A token issued before the restart is still accepted: the signing key is persisted.
        assertThat(gateway.get("/api/progress/roadmaps/backend", accessToken).status()).isEqualTo(200);
        assertThat(stack.stack().services()).containsKeys(Component.values());
    }
}
