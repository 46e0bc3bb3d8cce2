package io.learnpath.content.roadmap;

import static io.learnpath.content.TestRoadmaps.BACKEND_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import io.learnpath.content.TestRoadmaps;
import io.learnpath.platform.test.RealInfrastructure;
import io.learnpath.platform.test.TestTokens;
import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.platform.test.http.TestResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The public roadmap API as a client sees it: no token, real HTTP, real PostgreSQL and Redis behind it. */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@RealInfrastructure
class RoadmapApiIntegrationTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String BACKEND_ETAG = "\"" + BACKEND_ID + "-v1\"";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    TestHttp api;
    TestRoadmaps roadmaps;

    @BeforeEach
    void setUp() {
        api = TestHttp.at(port);
        roadmaps = new TestRoadmaps(jdbc);
    }

    @AfterEach
    void removeTestRoadmaps() {
        roadmaps.removeAllButSeed();
    }

    @Test
    void listsTheBackendRoadmapWithoutAToken() {
        TestResponse response = api.get("/api/content/roadmaps");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode page = response.json();
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(20);
        assertThat(page.get("totalItems").asLong()).isEqualTo(1);
        assertThat(page.get("totalPages").asLong()).isEqualTo(1);
        JsonNode backend = page.get("items").get(0);
        assertThat(backend.get("id").asString()).isEqualTo(BACKEND_ID.toString());
        assertThat(backend.get("slug").asString()).isEqualTo("backend");
        assertThat(backend.get("title").asString()).isEqualTo("Backend Developer");
        assertThat(backend.get("description").asString()).isNotBlank();
        assertThat(backend.get("version").asInt()).isEqualTo(1);
        assertThat(backend.get("topicCount").asInt()).isEqualTo(16);
    }

    @Test
    void showsTheBackendRoadmapWithItsTopicsInOrderWithoutAToken() {
        TestResponse response = api.get("/api/content/roadmaps/backend");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode roadmap = response.json();
        assertThat(roadmap.get("id").asString()).isEqualTo(BACKEND_ID.toString());
        assertThat(roadmap.get("slug").asString()).isEqualTo("backend");
        assertThat(roadmap.get("title").asString()).isEqualTo("Backend Developer");
        assertThat(roadmap.get("version").asInt()).isEqualTo(1);
        assertThat(Instant.parse(roadmap.get("updatedAt").asString())).isBefore(Instant.now());
        List<JsonNode> topics = new ArrayList<>();
        roadmap.get("topics").forEach(topics::add);
        assertThat(topics).hasSize(16);
        assertThat(topics).extracting(topic -> topic.get("order").asInt())
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
        JsonNode first = topics.getFirst();
        assertThat(first.get("slug").asString()).isEqualTo("programming-language");
        assertThat(first.get("id").asString()).isEqualTo("344fc060-d2e7-423a-a91e-cd8184092f5f");
        assertThat(first.get("title").asString()).isNotBlank();
        assertThat(first.get("summary").asString()).isNotBlank();
        assertThat(first.get("level").asString()).isEqualTo("BEGINNER");
        assertThat(topics.getLast().get("slug").asString()).isEqualTo("observability");
    }

    @Test
    void pagesThroughRoadmapsSortedBySlug() {
        roadmaps.add("paging-c", "Paging C", 0);
        roadmaps.add("paging-a", "Paging A", 2);
        roadmaps.add("paging-b", "Paging B", 1);

        JsonNode first = api.get("/api/content/roadmaps?page=0&size=2").json();
        JsonNode second = api.get("/api/content/roadmaps?page=1&size=2").json();
        JsonNode beyond = api.get("/api/content/roadmaps?page=7&size=2").json();

        assertThat(slugs(first)).containsExactly("backend", "paging-a");
        assertThat(slugs(second)).containsExactly("paging-b", "paging-c");
        assertThat(second.get("items").get(0).get("topicCount").asInt()).isEqualTo(1);
        assertThat(second.get("items").get(1).get("topicCount").asInt()).isZero();
        for (JsonNode page : List.of(first, second, beyond)) {
            assertThat(page.get("size").asInt()).isEqualTo(2);
            assertThat(page.get("totalItems").asLong()).isEqualTo(4);
            assertThat(page.get("totalPages").asLong()).isEqualTo(2);
        }
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(slugs(beyond)).isEmpty();
    }

    @Test
    void aPageFarPastTheEndIsEmptyRatherThanAnError() {
        TestResponse response = api.get("/api/content/roadmaps?page=" + Integer.MAX_VALUE + "&size=100");

        assertThat(response.status()).isEqualTo(200);
        assertThat(slugs(response.json())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "page=-1, page",
            "size=0, size",
            "size=101, size",
            "page=abc, page",
            "size=1.5, size",
            "page=99999999999, page" })
    void rejectsInvalidPagingWithAValidationProblem(String query, String field) {
        TestResponse response = api.get("/api/content/roadmaps?" + query);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        JsonNode problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo("https://learnpath.io/problems/validation");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(problem.has("trace")).isFalse();
    }

    @Test
    void sendsAStrongETagAndPublicCaching() {
        TestResponse response = api.get("/api/content/roadmaps/backend");

        assertThat(response.header("ETag")).isEqualTo(BACKEND_ETAG);
        assertThat(directives(response)).containsExactlyInAnyOrder("public", "max-age=60");
    }

    @Test
    void answersNotModifiedWhenTheClientHasTheCurrentVersion() {
        TestResponse response = api.request("/api/content/roadmaps/backend")
                .header("If-None-Match", BACKEND_ETAG).get();

        assertThat(response.status()).isEqualTo(304);
        assertThat(response.body()).isEmpty();
        assertThat(response.header("ETag")).isEqualTo(BACKEND_ETAG);
        assertThat(directives(response)).containsExactlyInAnyOrder("public", "max-age=60");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"other\", \"96eb5339-247d-493b-a920-7a0b989e1024-v1\"",
            "W/\"96eb5339-247d-493b-a920-7a0b989e1024-v1\"" })
    void matchesTagListsAndWeakTagsAsRfc9110Says(String ifNoneMatch) {
        assertThat(api.request("/api/content/roadmaps/backend").header("If-None-Match", ifNoneMatch).get().status())
                .isEqualTo(304);
    }

    @Test
    void sendsTheRoadmapAgainWhenTheClientHasAnOlderVersion() {
        TestResponse response = api.request("/api/content/roadmaps/backend")
                .header("If-None-Match", "\"" + BACKEND_ID + "-v0\"").get();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("slug").asString()).isEqualTo("backend");
    }

    @Test
    void answersAnUnknownRoadmapWithANotFoundProblem() {
        TestResponse response = api.get("/api/content/roadmaps/no-such-roadmap");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.json().get("type").asString()).isEqualTo("https://learnpath.io/problems/not-found");
        assertThat(response.json().get("detail").asString()).contains("no-such-roadmap");
    }

    @ParameterizedTest
    @CsvSource({ "Backend", "back_end", "back--end", "-backend", "backend-", "b%C3%A4ckend" })
    void rejectsAMalformedSlugWithAValidationProblem(String slug) {
        assertSlugRejected(slug);
    }

    @Test
    void rejectsASlugLongerThan64Characters() {
        assertSlugRejected("a".repeat(65));
    }

    @Test
    void acceptsASlugOf64CharactersAndAnswersNotFound() {
        assertThat(api.get("/api/content/roadmaps/" + "a".repeat(64)).status()).isEqualTo(404);
    }

    @Test
    void answersAnUnknownPathWithANotFoundProblem() {
        TestResponse response = api.get("/api/content/nothing-here");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.json().get("type").asString()).isEqualTo("https://learnpath.io/problems/not-found");
    }

    @Test
    void refusesWritesWithoutATokenAsUnauthorized() {
        TestResponse response = api.request("/api/content/roadmaps").json("{}").post();

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.json().get("type").asString()).isEqualTo("https://learnpath.io/problems/unauthorized");
    }

    @Test
    void answersAWriteToTheReadOnlyApiWithMethodNotAllowed() {
        String token = TestTokens.shared().withRoles(UUID.randomUUID(), "EDITOR");

        TestResponse response = api.request("/api/content/roadmaps").token(token).json("{}").post();

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.json().get("type").asString())
                .isEqualTo("https://learnpath.io/problems/method-not-allowed");
    }

    private void assertSlugRejected(String slug) {
        TestResponse response = api.get("/api/content/roadmaps/" + slug);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        JsonNode problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo("https://learnpath.io/problems/validation");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("slug");
    }

    private static List<String> slugs(JsonNode page) {
        List<String> slugs = new ArrayList<>();
        page.get("items").forEach(item -> slugs.add(item.get("slug").asString()));
        return slugs;
    }

    private static Set<String> directives(TestResponse response) {
        return Arrays.stream(Objects.requireNonNullElse(response.header("Cache-Control"), "").split(","))
                .map(String::trim).collect(Collectors.toSet());
    }
}
