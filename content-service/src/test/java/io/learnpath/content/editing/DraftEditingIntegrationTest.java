package io.learnpath.content.editing;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.content.ContentServiceIntegrationTest;
import io.learnpath.content.TestCurriculum;
import io.learnpath.content.curriculum.SampleCurriculum;
import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.platform.test.http.TestResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Editing the curriculum through the draft API as editors, admins and learners do: who may, what the rules refuse
 * (each answering a validation problem that names the field), optimistic locking with If-Match, renaming without
 * losing a topic's id, recorded removals, the diff, and publishing a new version.
 */
class DraftEditingIntegrationTest extends ContentServiceIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    String editor;

    @BeforeEach
    void setUp() {
        api = TestHttp.at(port);
        editor = TestCurriculum.editorToken();
    }

    @Test
    void onlyEditorsAndAdminsMayTouchTheDraft() {
        assertThat(api.get("/api/content/draft/topics/dns").status()).isEqualTo(401);
        assertThat(api.get("/api/content/draft/topics/dns", TestCurriculum.learnerToken()).status()).isEqualTo(403);
        assertThat(api.request("/api/content/draft/publish").token(TestCurriculum.learnerToken())
                .json(Map.of("note", "x")).post().status()).isEqualTo(403);
        assertThat(api.get("/api/content/draft/topics/dns", editor).status()).isEqualTo(200);
        assertThat(api.get("/api/content/draft/topics/dns", TestCurriculum.adminToken()).status()).isEqualTo(200);
    }

    @Test
    void aDraftTopicCarriesItsAnswersAndARevision() {
        TestResponse dns = api.get("/api/content/draft/topics/dns", editor);

        assertThat(dns.header("ETag")).isEqualTo("\"1\"");
        assertThat(dns.json().get("id").asString()).isEqualTo(SampleCurriculum.DNS_ID);
        assertThat(dns.json().get("questions").get(0).get("choices").get(1).get("correct").asBoolean()).isTrue();
    }

    @Test
    void aChangeNeedsTheCurrentRevision() {
        TestResponse read = api.get("/api/content/draft/topics/dns", editor);
        ObjectNode changed = ((ObjectNode) read.json()).put("title", "The Domain Name System");

        TestResponse withoutIfMatch = put("/api/content/draft/topics/dns", changed, null);
        TestResponse updated = put("/api/content/draft/topics/dns", changed, read.header("ETag"));
        TestResponse stale = put("/api/content/draft/topics/dns", changed, read.header("ETag"));

        assertThat(withoutIfMatch.status()).isEqualTo(428);
        assertThat(withoutIfMatch.contentType()).startsWith("application/problem+json");
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("\"2\"");
        assertThat(updated.json().get("title").asString()).isEqualTo("The Domain Name System");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
    }

    @Test
    void refusesAPrerequisiteCycleAndNamesIt() {
        TestResponse response = changeTopic("http", topic -> prerequisites(topic).add("dns"));

        assertThat(errors(response))
                .containsEntry("prerequisites", "form a cycle: http → dns → http")
                .containsEntry("topics/dns.md#prerequisites", "form a cycle: dns → http → dns");
    }

    @Test
    void refusesUnknownTopicsBadUrlsLongBodiesAndQuestionsWithoutOneRightAnswer() {
        assertThat(errors(changeTopic("caching", topic -> prerequisites(topic).add("cdn"))))
                .containsEntry("prerequisites[1]", "names an unknown topic 'cdn'");
        assertThat(errors(changeTopic("caching", topic -> ((ObjectNode) topic.get("resources").get(0))
                .put("url", "ftp://files.example.org/rfc")))).containsEntry("resources[0].url",
                "must be an absolute http or https URL");
        assertThat(errors(changeTopic("caching", topic -> topic.put("body", "x".repeat(20_001)))))
                .containsEntry("body", "must be 400 to 20000 characters long (is 20001)");
        assertThat(errors(changeTopic("caching", topic -> ((ObjectNode) topic.get("questions").get(0).get("choices")
                .get(0)).put("correct", true)))).containsEntry("questions[0].choices",
                "must have exactly one right answer (has 2)");
    }

    @Test
    void refusesADuplicateSlug() {
        TestResponse response = changeTopic("caching", topic -> topic.put("slug", "dns"));

        assertThat(errors(response)).containsEntry("slug", "is used by another topic");
    }

    @Test
    void renamingATopicKeepsItsIdAndRenamesEveryReference() {
        TestResponse renamed = changeTopic("dns", topic -> topic.put("slug", "domain-names"));

        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().get("id").asString()).isEqualTo(SampleCurriculum.DNS_ID);
        assertThat(api.get("/api/content/draft/topics/http", editor).json().get("subtopics").get(0).asString())
                .isEqualTo("domain-names");
        JsonNode diff = api.get("/api/content/draft/diff", editor).json();
        assertThat(diff.get("topics").get("changed").toString()).contains("\"previousSlug\":\"dns\"");
        assertThat(diff.get("topics").get("added")).isEmpty();
    }

    @Test
    void removingATopicStillReferencedIsRefusedAndNeedsAReason() {
        String etag = api.get("/api/content/draft/topics/dns", editor).header("ETag");

        TestResponse withoutReason = api.request("/api/content/draft/topics/dns").token(editor)
                .header("If-Match", etag).delete();
        TestResponse referenced = api.request("/api/content/draft/topics/dns?reason=Merged+into+HTTP")
                .token(editor).header("If-Match", etag).delete();

        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(errors(withoutReason)).containsKey("reason");
        assertThat(referenced.status()).isEqualTo(400);
        assertThat(errors(referenced)).containsEntry("topics/http.md#subtopics[0]", "names an unknown topic 'dns'");
    }

    @Test
    void publishingMakesANewVersionWithTheDiffAndRecordsRemovals() {
        int before = api.get("/api/content/roadmaps/web").json().get("version").asInt();
        changeTopic("http", topic -> ((ArrayNode) topic.get("subtopics")).removeAll());
        String etag = api.get("/api/content/draft/topics/dns", editor).header("ETag");
        assertThat(api.request("/api/content/draft/topics/dns?reason=Covered+by+the+HTTP+topic").token(editor)
                .header("If-Match", etag).delete().status()).isEqualTo(204);
        JsonNode roadmap = api.get("/api/content/draft/roadmaps/web", editor).json();
        ((ObjectNode) roadmap.get("levels")).putArray("advanced").add("caching");
        ((ObjectNode) roadmap.get("levels")).remove("intermediate");
        assertThat(put("/api/content/draft/roadmaps/web", roadmap, "\"1\"").status()).isEqualTo(200);

        JsonNode diff = api.get("/api/content/draft/diff", editor).json();
        JsonNode release = api.request("/api/content/draft/publish").token(editor)
                .json(Map.of("note", "DNS folded into HTTP")).post().json();

        assertThat(diff.get("hasChanges").asBoolean()).isTrue();
        assertThat(diff.get("topics").get("removed").get(0).asString()).isEqualTo("dns");
        JsonNode web = release.get("roadmaps").get(0);
        assertThat(web.get("version").asInt()).isEqualTo(before + 1);
        assertThat(web.get("changes").get("removed").get(0).asString()).isEqualTo(SampleCurriculum.DNS_ID);
        assertThat(web.get("changes").get("moved").get(0).asString()).isEqualTo(SampleCurriculum.CACHING_ID);
        assertThat(api.get("/api/content/topics/dns").status()).isEqualTo(404);
        assertThat(api.get("/api/content/roadmaps/web").json().get("levels").get(1).get("level").asString())
                .isEqualTo("advanced");
        assertThat(jdbc.sql("SELECT reason FROM removals WHERE slug = 'dns' ORDER BY release DESC LIMIT 1")
                .query(String.class).single()).isEqualTo("Covered by the HTTP topic");
        assertThat(jdbc.sql("SELECT retired_at IS NOT NULL FROM topics WHERE id = CAST(:id AS uuid)")
                .param("id", SampleCurriculum.DNS_ID).query(Boolean.class).single()).isTrue();
    }

    @Test
    void publishingAnUnchangedDraftIsAConflict() {
        TestResponse response = api.request("/api/content/draft/publish").token(editor)
                .json(Map.of("note", "Nothing new")).post();

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void createsATopicThatMeetsTheRules() {
        ObjectNode topic = (ObjectNode) api.get("/api/content/draft/topics/caching", editor).json();
        topic.remove("id");
        topic.put("slug", "cdn").put("title", "Content Delivery Networks");

        TestResponse created = api.request("/api/content/draft/topics").token(editor).json(topic).post();
        ObjectNode thin = topic.deepCopy().put("slug", "thin");
        ((ArrayNode) thin.get("questions")).remove(0);
        TestResponse refused = api.request("/api/content/draft/topics").token(editor).json(thin).post();

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/content/draft/topics/cdn");
        assertThat(created.json().get("id").asString()).isNotBlank();
        assertThat(errors(refused)).containsEntry("questions", "must hold 3 to 12 self-check questions");
    }

    private TestResponse changeTopic(String slug, Consumer<ObjectNode> change) {
        TestResponse read = api.get("/api/content/draft/topics/" + slug, editor);
        ObjectNode topic = (ObjectNode) read.json();
        change.accept(topic);
        return put("/api/content/draft/topics/" + slug, topic, read.header("ETag"));
    }

    private TestResponse put(String path, JsonNode body, String ifMatch) {
        return api.request(path).token(editor).header("If-Match", ifMatch).json(body).put();
    }

    private static ArrayNode prerequisites(ObjectNode topic) {
        return (ArrayNode) topic.get("prerequisites");
    }

    private static Map<String, String> errors(TestResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        Map<String, String> errors = new java.util.TreeMap<>();
        response.json().get("errors").forEach(error -> errors.put(error.get("field").asString(),
                error.get("message").asString()));
        return errors;
    }

    static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
