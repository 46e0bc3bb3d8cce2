package io.learnpath.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.platform.test.http.TestResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The curriculum as a learner meets it through the gateway, on the repository's own files imported at start-up:
 * the three roadmaps, a topic with resources and questions, an answer check, search with a typo, project ideas,
 * revalidation with ETags; the draft closed to learners; and an editor's change published end to end (the admin
 * the launcher makes sure of, as in the README); and the progress-service's catalogue holding every roadmap.
 */
@ExtendWith(SharedStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CurriculumFlowIT {

    private final RunningStack stack;
    private final TestHttp gateway;

    CurriculumFlowIT(RunningStack stack) {
        this.stack = stack;
        this.gateway = stack.gateway();
    }

    @Test
    void threeRoadmapsShareTheirTopics() {
        JsonNode roadmaps = ok(gateway.get("/api/content/roadmaps", null));

        assertThat(roadmaps.path("items").valueStream().map(roadmap -> roadmap.path("slug").asString()))
                .containsExactlyInAnyOrder("apis-and-system-design", "backend", "backend-foundations");
        String httpInBackend = topicId(ok(gateway.get("/api/content/roadmaps/backend", null)), "http");
        String httpInFoundations = topicId(ok(gateway.get("/api/content/roadmaps/backend-foundations", null)), "http");
        assertThat(httpInBackend).isNotNull().isEqualTo(httpInFoundations);
    }

    @Test
    void aTopicTeachesAndChecks() {
        JsonNode topic = ok(gateway.get("/api/content/topics/http-2", null));

        assertThat(topic.path("body").asString().length()).isGreaterThan(1_000);
        assertThat(topic.path("resources").size()).isGreaterThanOrEqualTo(2);
        assertThat(topic.path("parent").path("slug").asString()).isEqualTo("http");
        JsonNode question = topic.path("questions").get(0);
        assertThat(question.toString()).doesNotContain("correct");

        JsonNode checked = ok(gateway.request("/api/content/topics/http-2/questions/" + question.path("id").asString()
                + "/answers").json(Map.of("choice", "a")).post());
        assertThat(checked.path("correctChoice").asString()).isNotBlank();
        assertThat(checked.path("explanation").asString()).isNotBlank();
    }

    @Test
    void searchForgivesATypoAndFindsProjectIdeasToo() {
        JsonNode results = ok(gateway.get("/api/content/search?q=kubernets", null));
        JsonNode projects = ok(gateway.get("/api/content/search?q=shortener", null));

        assertThat(results.path("searchedFor").asString()).isEqualTo("kubernetes");
        assertThat(results.path("items").get(0).path("slug").asString()).isEqualTo("kubernetes");
        assertThat(results.path("items").get(0).path("snippet").asString()).contains("<mark>");
        assertThat(projects.path("items").valueStream().map(item -> item.path("kind").asString()))
                .contains("PROJECT");
    }

    @Test
    void projectIdeasFilterByDifficultyAndTopic() {
        JsonNode beginner = ok(gateway.get("/api/content/projects?difficulty=beginner&size=100", null));

        assertThat(beginner.path("totalItems").asLong()).isPositive();
        assertThat(beginner.path("items").valueStream().map(item -> item.path("difficulty").asString()))
                .containsOnly("beginner");
        assertThat(ok(gateway.get("/api/content/projects?topic=websockets", null)).path("items").valueStream()
                .map(item -> item.path("slug").asString())).contains("real-time-chat");
    }

    @Test
    void readsRevalidateWithETagsThroughTheGateway() {
        TestResponse first = gateway.get("/api/content/roadmaps/backend", null);
        TestResponse again = gateway.request("/api/content/roadmaps/backend")
                .header("If-None-Match", first.header("ETag")).get();

        assertThat(first.header("Cache-Control")).contains("max-age");
        assertThat(again.status()).isEqualTo(304);
    }

    @Test
    void theDraftIsClosedToLearners() {
        String learner = signUp();

        assertThat(gateway.get("/api/content/draft/diff", null).status()).isEqualTo(401);
        TestResponse refused = gateway.get("/api/content/draft/diff", learner);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theProgressCatalogueHoldsEveryTopicOfEachRoadmapSharedTopicsIncluded() {
        String learner = signUp();
        for (String roadmap : new String[] {"backend", "backend-foundations", "apis-and-system-design"}) {
            int topics = ok(gateway.get("/api/content/roadmaps/" + roadmap, null)).path("topicCount").asInt();
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(gateway.get("/api/progress/roadmaps/" + roadmap, learner).json().path("total").asInt())
                            .as(roadmap).isEqualTo(topics));
        }
    }

    @Test
    void anEditorsPublishedChangeIsServedAtOnceWithItsDiff() {
        var admin = stack.stack().admin().orElseThrow();
        String token = ok(gateway.request("/api/auth/login").json(Map.of("email", admin.email(),
                "password", admin.password())).post()).path("accessToken").asString();
        int before = ok(gateway.get("/api/content/roadmaps/backend", null)).path("version").asInt();
        TestResponse read = gateway.get("/api/content/draft/topics/dns", token);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        var topic = (tools.jackson.databind.node.ObjectNode) read.json();
        int effort = topic.path("effortHours").asInt() + 1;
        topic.put("effortHours", effort);

        TestResponse stale = gateway.request("/api/content/draft/topics/dns").token(token)
                .header("If-Match", "\"999\"").json(topic).put();
        TestResponse changed = gateway.request("/api/content/draft/topics/dns").token(token)
                .header("If-Match", read.header("ETag")).json(topic).put();
        JsonNode release = ok(gateway.request("/api/content/draft/publish").token(token)
                .json(Map.of("note", "System test: DNS takes longer")).post());

        assertThat(stale.status()).isEqualTo(412);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        // DNS is in two of the three roadmaps: only those get a new version.
        assertThat(release.path("roadmaps").valueStream().map(roadmap -> roadmap.path("slug").asString()))
                .containsExactlyInAnyOrder("backend", "backend-foundations");
        JsonNode backend = ok(gateway.get("/api/content/roadmaps/backend", null));
        assertThat(backend.path("version").asInt()).isEqualTo(before + 1);
        assertThat(ok(gateway.get("/api/content/topics/dns", null)).path("effortHours").asInt()).isEqualTo(effort);
        assertThat(ok(gateway.get("/api/content/roadmaps/backend/versions", null)).get(0).path("changes")
                .path("updated").valueStream().map(JsonNode::asString)).contains(topicId(backend, "dns"));
    }

    private String signUp() {
        String email = "grace." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String password = "a long and private passphrase";
        assertThat(gateway.request("/api/auth/register").json(Map.of("email", email, "password", password,
                "displayName", "Grace")).post().status()).isEqualTo(202);
        return ok(gateway.request("/api/auth/login").json(Map.of("email", email, "password", password)).post())
                .path("accessToken").asString();
    }

    private static String topicId(JsonNode tree, String slug) {
        return tree.path("levels").valueStream().flatMap(level -> level.path("topics").valueStream())
                .flatMap(topic -> java.util.stream.Stream.concat(java.util.stream.Stream.of(topic),
                        topic.path("subtopics").valueStream()))
                .filter(topic -> topic.path("slug").asString().equals(slug)).map(topic -> topic.path("id").asString())
                .findFirst().orElse(null);
    }

    private static JsonNode ok(TestResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
