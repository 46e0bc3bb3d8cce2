package io.learnpath.content.erasure;

import static io.learnpath.platform.test.EventTopics.header;
import static io.learnpath.platform.test.EventTopics.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.auth.events.AuthEvents;
import io.learnpath.auth.events.UserDeleted;
import io.learnpath.content.ContentServiceIntegrationTest;
import io.learnpath.platform.events.CloudEventHeaders;
import io.learnpath.platform.messaging.EventsProperties;
import io.learnpath.platform.test.EventTopics;
import io.learnpath.platform.test.TestTokens;
import io.learnpath.platform.test.contract.ContractExample;
import io.learnpath.platform.test.http.TestResponse;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code UserDeleted} replaces a deleted editor's account id wherever the draft and the release history name it;
 * what they did stays on record, and other editors stay named.
 */
class EditorErasureIntegrationTest extends ContentServiceIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String USER_DELETED = "learnpath.auth.user-deleted.v1";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    private final UUID ada = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();

    @Test
    void aDeletedEditorsIdIsReplacedEverywhereTheHistoryNamesItAndOtherEditorsStayNamed() {
        // Ada publishes the removal of a topic, then leaves a change and a removal in the draft; Bob changes a topic.
        assertThat(changeTopic(ada, "http", topic -> ((ArrayNode) topic.get("subtopics")).removeAll()).status())
                .isEqualTo(200);
        assertThat(remove(ada, "topics/dns", "Covered+by+the+HTTP+topic").status()).isEqualTo(204);
        assertThat(api.request("/api/content/draft/publish").token(editor(ada))
                .json(Map.of("note", "Fold DNS into HTTP")).post().status()).isEqualTo(200);
        assertThat(changeTopic(ada, "http", topic -> topic.put("title", "HTTP, DNS included")).status())
                .isEqualTo(200);
        assertThat(remove(ada, "projects/tiny-cache", "Too+small").status()).isEqualTo(204);
        assertThat(changeTopic(bob, "caching", topic -> topic.put("title", "Caching on the web")).status())
                .isEqualTo(200);
        assertThat(mentionsOf(ada)).isEqualTo(4);

        userDeleted(ada).publish(AuthEvents.TOPIC);

        await().atMost(PATIENCE).until(() -> mentionsOf(ada) == 0);
        assertThat(count("SELECT count(*) FROM curriculum_releases WHERE published_by = :who "
                + "AND note = 'Fold DNS into HTTP'", AccountErased.REPLACEMENT)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM removals WHERE removed_by = :who AND slug = 'dns'",
                AccountErased.REPLACEMENT)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM draft_items WHERE updated_by = :who AND slug = 'http'",
                AccountErased.REPLACEMENT)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM draft_removals WHERE removed_by = :who AND slug = 'tiny-cache'",
                AccountErased.REPLACEMENT)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM draft_items WHERE updated_by = :who AND slug = 'caching'",
                bob.toString())).isEqualTo(1);
    }

    @Test
    void aRemovalReasonThatNamesTheEditorIsRewordedToo() {
        jdbc.sql("""
                        INSERT INTO removals (kind, id, slug, reason, removed_by, release, removed_at)
                        VALUES ('TOPIC', :id, 'old-topic', :reason, 'curriculum-files', 0, now())""")
                .param("id", UUID.randomUUID()).param("reason", "removed by " + ada).update();

        userDeleted(ada).publish(AuthEvents.TOPIC);

        await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM removals WHERE reason = :who",
                "removed by " + AccountErased.REPLACEMENT) == 1);
        assertThat(mentionsOf(ada)).isZero();
    }

    @Test
    void theSameDeletionDeliveredTwiceErasesOnceWithoutError() {
        assertThat(changeTopic(ada, "caching", topic -> topic.put("title", "Caching, twice")).status())
                .isEqualTo(200);
        ContractExample<UserDeleted> deletion = userDeleted(ada);
        double duplicatesBefore = duplicates();

        // The same record twice, as a redelivery: the same ce_id.
        EventTopics.publish(AuthEvents.TOPIC, ada.toString(), deletion.headers(), deletion.bytes());
        EventTopics.publish(AuthEvents.TOPIC, ada.toString(), deletion.headers(), deletion.bytes());

        await().atMost(PATIENCE).until(() -> duplicates() > duplicatesBefore);
        UUID eventId = deletion.event().eventId();
        assertThat(jdbc.sql("SELECT count(*) FROM processed_event WHERE consumer = :consumer AND event_id = :id")
                .param("consumer", UserDeletedListener.CONSUMER).param("id", eventId).query(Integer.class).single())
                .isEqualTo(1);
        assertThat(mentionsOf(ada)).isZero();
        assertThat(readAll(EventsProperties.deadLetterTopic(AuthEvents.TOPIC),
                record -> eventId.toString().equals(header(record, CloudEventHeaders.ID)))).isEmpty();
    }

    /** The auth-service's example, pointed at this test's editor, with an event id of its own. */
    private static ContractExample<UserDeleted> userDeleted(UUID editor) {
        return ContractExample.of(UserDeleted.class).with("/eventId", UUID.randomUUID()).with("/userId", editor);
    }

    private static String editor(UUID account) {
        return TestTokens.shared().withRoles(account, "LEARNER", "EDITOR");
    }

    private TestResponse changeTopic(UUID editor, String slug, Consumer<ObjectNode> change) {
        TestResponse read = api.get("/api/content/draft/topics/" + slug, editor(editor));
        ObjectNode topic = (ObjectNode) read.json();
        change.accept(topic);
        return api.request("/api/content/draft/topics/" + slug).token(editor(editor))
                .header("If-Match", read.header("ETag")).json(topic).put();
    }

    /** @param item {@code topics/<slug>} or {@code projects/<slug>} */
    private TestResponse remove(UUID editor, String item, String reason) {
        String etag = api.get("/api/content/draft/" + item, editor(editor)).header("ETag");
        return api.request("/api/content/draft/" + item + "?reason=" + reason).token(editor(editor))
                .header("If-Match", etag).delete();
    }

    /** Every place the curriculum's history names the account, its reasons included. */
    private int mentionsOf(UUID account) {
        return count("""
                SELECT (SELECT count(*) FROM curriculum_releases WHERE published_by = :who)
                     + (SELECT count(*) FROM removals WHERE removed_by = :who OR strpos(reason, :who) > 0)
                     + (SELECT count(*) FROM draft_items WHERE updated_by = :who)
                     + (SELECT count(*) FROM draft_removals WHERE removed_by = :who)""", account.toString());
    }

    private int count(String sql, String who) {
        return jdbc.sql(sql).param("who", who).query(Integer.class).single();
    }

    private double duplicates() {
        Counter counter = meters.find("learnpath.events.consumed").tag("consumer", UserDeletedListener.CONSUMER)
                .tag("type", USER_DELETED).tag("outcome", "duplicate").counter();
        return counter == null ? 0 : counter.count();
    }
}
