package io.learnpath.progress.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.auth.events.AuthEvents;
import io.learnpath.auth.events.UserDeleted;
import io.learnpath.platform.test.contract.ContractExample;
import io.learnpath.platform.test.http.TestResponse;
import io.learnpath.progress.ProgressIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Private notes: written, read, listed and searched by their owner only; shared topics share the note. */
class NotesIntegrationTest extends ProgressIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private final UUID http1 = UUID.randomUUID();
    private final UUID dns = UUID.randomUUID();
    private String web;
    private String foundations;

    @BeforeEach
    void publishTwoRoadmapsSharingATopic() {
        web = uniqueSlug("web");
        foundations = uniqueSlug("foundations");
        publishAndAwait(roadmap(UUID.randomUUID(), web, "Web", 1, topic(http1, "http-" + web, "BASIC", 0),
                topic(dns, "dns-" + web, "BASIC", 1)));
        publishAndAwait(roadmap(UUID.randomUUID(), foundations, "Foundations", 1,
                topic(http1, "http-" + web, "BASIC", 0)));
    }

    @Test
    void aNoteIsWrittenReadReplacedAndDeletedAndBelongsToTheTopicInEveryRoadmap() {
        UUID ada = UUID.randomUUID();

        TestResponse written = save(ada, web, "http-" + web, "# HTTP\nRead [RFC 9110](https://www.rfc-editor.org/rfc/rfc9110).");
        TestResponse viaOtherRoadmap = read(ada, foundations, "http-" + web);
        TestResponse replaced = save(ada, web, "http-" + web, "Methods are safe or idempotent.");

        assertThat(written.status()).as(written.toString()).isEqualTo(200);
        assertThat(written.json().get("topicId").asString()).isEqualTo(http1.toString());
        assertThat(written.json().get("topicTitle").asString()).isEqualTo("Title of http-" + web);
        assertThat(viaOtherRoadmap.status()).isEqualTo(200);
        assertThat(viaOtherRoadmap.json().get("body").asString()).startsWith("# HTTP\nRead [RFC 9110]");
        assertThat(replaced.json().get("body").asString()).isEqualTo("Methods are safe or idempotent.");
        assertThat(replaced.json().get("createdAt").asString()).isEqualTo(written.json().get("createdAt").asString());
        assertThat(delete(ada, foundations, "http-" + web).status()).isEqualTo(204);
        assertThat(delete(ada, foundations, "http-" + web).status()).as("idempotent").isEqualTo(204);
        assertThat(read(ada, web, "http-" + web).status()).isEqualTo(404);
    }

    @Test
    void refusesWhatCannotBeANoteNamingTheBodyAndUnknownTopicsAsNotFound() {
        UUID ada = UUID.randomUUID();
        for (String body : List.of("", "   ", "x".repeat(10_001), "nul \u0000 inside", "bell \u0007")) {
            TestResponse refused = save(ada, web, "http-" + web, body);
            assertThat(refused.status()).as(body.length() + " chars").isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("body");
        }
        TestResponse loneSurrogate = put(TOKENS.learner(ada), notePath(web, "http-" + web),
                "{\"body\": \"half an emoji \\ud83d\"}");
        assertThat(loneSurrogate.status()).isEqualTo(400);
        assertThat(save(ada, web, "http-" + web, "x".repeat(10_000)).status()).isEqualTo(200);
        assertThat(save(ada, web, "no-such-topic", "text").status()).isEqualTo(404);
        assertThat(save(ada, "no-such-roadmap", "http-" + web, "text").status()).isEqualTo(404);
        assertThat(put(TOKENS.learner(ada), notePath(web, "http-" + web), "{}").status()).isEqualTo(400);
        assertThat(http.get("/api/progress/notes?q=" + "a".repeat(201), TOKENS.learner(ada)).status())
                .isEqualTo(400);
    }

    @Test
    void anotherLearnerCanNeitherReadNorFindNorDeleteYourNotes() {
        UUID ada = UUID.randomUUID();
        UUID grace = UUID.randomUUID();
        save(ada, web, "http-" + web, "my secret mnemonic for status codes");

        assertThat(read(grace, web, "http-" + web).status()).isEqualTo(404);
        assertThat(find(grace, "mnemonic").get("totalItems").asLong()).isZero();
        assertThat(find(grace, null).get("totalItems").asLong()).isZero();
        assertThat(delete(grace, web, "http-" + web).status()).isEqualTo(204);
        assertThat(read(ada, web, "http-" + web).status()).as("untouched").isEqualTo(200);
        assertThat(http.get(notePath(web, "http-" + web), null).status()).isEqualTo(401);
        assertThat(http.get("/api/progress/notes", null).status()).isEqualTo(401);
    }

    @Test
    void searchFindsTheOwnersNotesByTheirWordsBestFirstAndListsTheRestByRecency() {
        UUID ada = UUID.randomUUID();
        save(ada, web, "http-" + web, "Caching: ETag and Cache-Control decide what a cache keeps.");
        save(ada, web, "dns-" + web, "Resolvers cache answers for the TTL; cache poisoning is the risk.");

        JsonNode cache = find(ada, "cache");
        JsonNode phrase = find(ada, "\"cache poisoning\"");
        JsonNode excluded = find(ada, "cache -poisoning");
        JsonNode recent = find(ada, null);

        assertThat(cache.get("totalItems").asLong()).isEqualTo(2);
        assertThat(cache.get("items").get(0).get("topicSlug").asString()).isEqualTo("dns-" + web);
        assertThat(cache.get("items").get(0).get("snippet").asString()).contains("<mark>cache</mark>");
        assertThat(phrase.get("items").valueStream().map(item -> item.get("topicSlug").asString()))
                .containsExactly("dns-" + web);
        assertThat(excluded.get("items").valueStream().map(item -> item.get("topicSlug").asString()))
                .containsExactly("http-" + web);
        assertThat(recent.get("items").valueStream().map(item -> item.get("topicSlug").asString()))
                .containsExactly("dns-" + web, "http-" + web);
    }

    @Test
    void aDeletedAccountsNotesAreErased() {
        UUID ada = UUID.randomUUID();
        UUID grace = UUID.randomUUID();
        save(ada, web, "http-" + web, "to be erased");
        save(grace, web, "http-" + web, "to be kept");

        ContractExample.of(UserDeleted.class).with("/eventId", UUID.randomUUID()).with("/userId", ada)
                .publish(AuthEvents.TOPIC);

        await().atMost(PATIENCE).until(() -> notesOf(ada) == 0);
        assertThat(notesOf(grace)).isEqualTo(1);
        assertThat(save(ada, web, "http-" + web, "written with a token that outlived the account").status())
                .isEqualTo(403);
    }

    private int notesOf(UUID learner) {
        return jdbc.sql("SELECT count(*) FROM topic_note WHERE learner_id = :learner").param("learner", learner)
                .query(Integer.class).single();
    }

    private static String notePath(String roadmap, String topic) {
        return "/api/progress/roadmaps/" + roadmap + "/topics/" + topic + "/note";
    }

    private TestResponse save(UUID learner, String roadmap, String topic, String body) {
        return http.request(notePath(roadmap, topic)).token(TOKENS.learner(learner)).json(Map.of("body", body)).put();
    }

    private TestResponse read(UUID learner, String roadmap, String topic) {
        return http.get(notePath(roadmap, topic), TOKENS.learner(learner));
    }

    private TestResponse delete(UUID learner, String roadmap, String topic) {
        return http.request(notePath(roadmap, topic)).token(TOKENS.learner(learner)).delete();
    }

    private JsonNode find(UUID learner, String query) {
        String path = "/api/progress/notes" + (query == null ? ""
                : "?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        TestResponse answer = http.get(path, TOKENS.learner(learner));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }
}
