package io.learnpath.content.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.content.ContentServiceIntegrationTest;
import io.learnpath.content.curriculum.SampleCurriculum;
import io.learnpath.platform.test.http.TestResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The public reads as a client sees them, over real HTTP without a token, on the test curriculum the service
 * imported at start-up (roadmap web: http with sub-topic dns at basic, caching at intermediate; project tiny-cache).
 */
class CatalogApiIntegrationTest extends ContentServiceIntegrationTest {

    @Test
    void listsRoadmapsWithTheirSizeAndEffort() {
        JsonNode page = ok(api.get("/api/content/roadmaps"));

        assertThat(page.get("totalItems").asLong()).isEqualTo(1);
        JsonNode web = page.get("items").get(0);
        assertThat(web.get("slug").asString()).isEqualTo("web");
        assertThat(web.get("id").asString()).isEqualTo(SampleCurriculum.ROADMAP_ID);
        assertThat(web.get("topicCount").asInt()).isEqualTo(3);
        assertThat(web.get("effortHours").asInt()).isEqualTo(9);
        assertThat(web.get("version").asInt()).isPositive();
    }

    @Test
    void servesARoadmapAsLevelsTopicsAndSubTopics() {
        JsonNode tree = ok(api.get("/api/content/roadmaps/web"));

        assertThat(tree.get("title").asString()).isEqualTo("The Web");
        assertThat(tree.get("topicCount").asInt()).isEqualTo(3);
        JsonNode levels = tree.get("levels");
        assertThat(levels).hasSize(2);
        assertThat(levels.get(0).get("level").asString()).isEqualTo("basic");
        assertThat(levels.get(0).get("effortHours").asInt()).isEqualTo(6);
        JsonNode http = levels.get(0).get("topics").get(0);
        assertThat(http.get("slug").asString()).isEqualTo("http");
        assertThat(http.get("id").asString()).isEqualTo(SampleCurriculum.HTTP_ID);
        assertThat(http.get("effortHours").asInt()).isEqualTo(3);
        assertThat(http.get("subtopics").get(0).get("slug").asString()).isEqualTo("dns");
        assertThat(http.get("subtopics").get(0).get("prerequisites").get(0).asString()).isEqualTo("http");
        assertThat(levels.get(1).get("level").asString()).isEqualTo("intermediate");
        assertThat(levels.get(1).get("topics").get(0).get("slug").asString()).isEqualTo("caching");
    }

    @Test
    void servesATopicWithBodyResourcesQuestionsAndWhereItBelongs() {
        JsonNode dns = ok(api.get("/api/content/topics/dns"));

        assertThat(dns.get("body").asString()).startsWith("## What it is");
        assertThat(dns.get("parent").get("slug").asString()).isEqualTo("http");
        assertThat(dns.get("prerequisites").get(0).get("slug").asString()).isEqualTo("http");
        assertThat(dns.get("resources")).hasSize(2);
        assertThat(dns.get("resources").get(0).get("type").asString()).isEqualTo("official-docs");
        assertThat(dns.get("resources").get(0).get("free").asBoolean()).isTrue();
        assertThat(dns.get("questions")).hasSize(3);
        JsonNode question = dns.get("questions").get(0);
        assertThat(question.get("id").asString()).isEqualTo("dns-purpose");
        assertThat(question.get("choices").get(1).get("key").asString()).isEqualTo("b");
        assertThat(question.toString()).doesNotContain("correct").doesNotContain("explanation");
        assertThat(dns.get("roadmaps").get(0).get("slug").asString()).isEqualTo("web");
        assertThat(dns.get("roadmaps").get(0).get("level").asString()).isEqualTo("basic");
        assertThat(dns.get("roadmaps").get(0).get("parent").asString()).isEqualTo("http");

        JsonNode caching = ok(api.get("/api/content/topics/caching"));
        assertThat(caching.get("projects").get(0).get("slug").asString()).isEqualTo("tiny-cache");
    }

    @Test
    void checksAnAnswerAndRevealsTheRightOneWithWhy() {
        JsonNode right = ok(answer("dns", "dns-purpose", "b"));
        JsonNode wrong = ok(answer("dns", "dns-purpose", "a"));

        assertThat(right.get("correct").asBoolean()).isTrue();
        assertThat(right.get("explanation").asString()).contains("resolves names");
        assertThat(wrong.get("correct").asBoolean()).isFalse();
        assertThat(wrong.get("correctChoice").asString()).isEqualTo("b");
    }

    @Test
    void refusesAChoiceTheQuestionDoesNotHave() {
        TestResponse response = answer("dns", "dns-purpose", "d");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("choice");
        assertThat(api.request("/api/content/topics/dns/questions/dns-purpose/answers").json(Map.of()).post()
                .status()).isEqualTo(400);
        assertThat(answer("dns", "no-such-question", "a").status()).isEqualTo(404);
    }

    @Test
    void filtersProjectIdeasByDifficultyAndTopic() {
        assertThat(ok(api.get("/api/content/projects?difficulty=intermediate")).get("totalItems").asLong())
                .isEqualTo(1);
        assertThat(ok(api.get("/api/content/projects?difficulty=beginner")).get("totalItems").asLong()).isZero();
        assertThat(ok(api.get("/api/content/projects?topic=caching")).get("items").get(0).get("slug").asString())
                .isEqualTo("tiny-cache");
        assertThat(ok(api.get("/api/content/projects?topic=dns")).get("totalItems").asLong()).isZero();
        JsonNode project = ok(api.get("/api/content/projects/tiny-cache"));
        assertThat(project.get("acceptanceCriteria")).hasSize(3);
        assertThat(project.get("topics").get(0).get("slug").asString()).isEqualTo("caching");
        assertThat(project.get("difficulty").asString()).isEqualTo("intermediate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/content/roadmaps/nope", "/api/content/topics/nope", "/api/content/projects/nope",
            "/api/content/roadmaps/web/versions/999"})
    void answersNotFoundAsAProblem(String path) {
        TestResponse response = api.get(path);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/content/roadmaps/Not_A_Slug", "/api/content/projects?difficulty=expert",
            "/api/content/projects?size=1000", "/api/content/roadmaps/web/versions/0", "/api/content/search?q=",
            "/api/content/roadmaps?page=%ff", "/api/content/projects?size=%c3%28", "/api/content/search?q=%ed%a0%80"})
    void answersBadInputAsAProblem(String path) {
        TestResponse response = api.get(path);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void keepsEveryVersionOfARoadmap() {
        JsonNode versions = ok(api.get("/api/content/roadmaps/web/versions"));
        int latest = versions.get(0).get("version").asInt();

        JsonNode first = ok(api.get("/api/content/roadmaps/web/versions/1"));
        assertThat(first.get("version").asInt()).isEqualTo(1);
        assertThat(versions.get(versions.size() - 1).get("changes").get("added")).hasSize(3);
        assertThat(latest).isGreaterThanOrEqualTo(1);
    }

    private TestResponse answer(String topic, String question, String choice) {
        return api.request("/api/content/topics/" + topic + "/questions/" + question + "/answers")
                .json(Map.of("choice", choice)).post();
    }

    private static JsonNode ok(TestResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    static List<String> slugs(JsonNode items) {
        return items.valueStream().map(item -> item.get("slug").asString()).toList();
    }
}
