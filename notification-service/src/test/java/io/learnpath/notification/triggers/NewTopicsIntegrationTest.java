package io.learnpath.notification.triggers;

import static io.learnpath.notification.support.Fixtures.addressOf;
import static io.learnpath.notification.support.Fixtures.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.auth.events.AuthEvents;
import io.learnpath.content.events.ContentEvents;
import io.learnpath.content.events.RoadmapPublished;
import io.learnpath.notification.support.ServiceTest;
import io.learnpath.notification.support.Mails;
import io.learnpath.notification.support.TestSmtpServer;
import io.learnpath.platform.test.TestTokens;
import io.learnpath.platform.test.http.TestResponse;
import io.learnpath.progress.events.ProgressEvents;
import io.learnpath.progress.events.RoadmapFollowed;
import io.learnpath.progress.events.RoadmapUnfollowed;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A new version of a roadmap telling each of its followers, once, which topics it added. */
class NewTopicsIntegrationTest extends ServiceTest {

    @Autowired
    TestSmtpServer smtp;

    @Autowired
    JdbcClient jdbc;

    private final UUID roadmap = UUID.randomUUID();
    private final UUID follower = UUID.randomUUID();
    private final UUID mailReader = UUID.randomUUID();
    private final UUID leaver = UUID.randomUUID();
    private final UUID stranger = UUID.randomUUID();
    private final UUID[] topics = { UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID() };

    private List<JsonNode> newTopicNotices(UUID learner) {
        TestResponse response = http.get("/api/notifications?size=100", TestTokens.shared().learner(learner));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("items").valueStream()
                .filter(item -> item.get("kind").asString().equals("NEW_TOPICS")).toList();
    }

    private void follow(UUID learner, boolean following, Instant at) {
        events.publish(ProgressEvents.TOPIC, following
                ? new RoadmapFollowed(UUID.randomUUID(), at, learner, roadmap, "backend")
                : new RoadmapUnfollowed(UUID.randomUUID(), at, learner, roadmap, "backend"));
    }

    private long followers() {
        return jdbc.sql("SELECT count(*) FROM roadmap_follower WHERE roadmap_id = ? AND following")
                .param(roadmap).query(Long.class).single();
    }

    private RoadmapPublished version(int version, int topicCount, List<UUID> added) {
        List<RoadmapPublished.Topic> listed = java.util.stream.IntStream.range(0, topicCount)
                .mapToObj(i -> new RoadmapPublished.Topic(topics[i], "topic-" + i, "Topic " + i, "BASIC", i, 2,
                        List.of(), List.of()))
                .toList();
        return new RoadmapPublished(UUID.randomUUID(), Instant.now(), roadmap, "backend", "Backend Developer",
                version, listed, new RoadmapPublished.Changes(version - 1, added, List.of(), List.of(), List.of()));
    }

    @Test
    void eachFollowerHearsOnceOfTheTopicsAVersionAdded() {
        events.publish(AuthEvents.TOPIC, registered(mailReader, "Mia", addressOf(mailReader), "UTC"));
        await().atMost(PATIENCE).until(() -> jdbc.sql("SELECT count(*) FROM learner_contact WHERE learner_id = ?")
                .param(mailReader).query(Long.class).single() == 1);
        assertThat(http.request("/api/notifications/preferences/NEW_TOPICS/EMAIL")
                .token(TestTokens.shared().learner(mailReader)).json(Map.of("enabled", true)).put().status())
                .isEqualTo(200);
        Instant start = Instant.now();
        follow(follower, true, start);
        follow(mailReader, true, start);
        follow(leaver, true, start);
        follow(leaver, false, start.plusSeconds(1));
        await().atMost(PATIENCE).until(() -> followers() == 2);
        // A replayed old follow does not undo the later unfollow.
        follow(leaver, true, start);

        events.publish(ContentEvents.TOPIC, version(1, 2, List.of(topics[0], topics[1])));
        RoadmapPublished second = version(2, 4, List.of(topics[3], topics[2]));
        events.publish(ContentEvents.TOPIC, second);
        events.publish(ContentEvents.TOPIC, second);
        events.publish(ContentEvents.TOPIC, second);

        await().atMost(PATIENCE).until(() -> newTopicNotices(follower).size() == 1);
        JsonNode notice = newTopicNotices(follower).getFirst();
        assertThat(notice.get("title").asString()).isEqualTo("2 new topics in Backend Developer");
        assertThat(notice.get("body").asString()).isEqualTo("Just added: Topic 2, Topic 3.");
        assertThat(notice.get("data").get("roadmapSlug").asString()).isEqualTo("backend");
        // Every follower is told in the transaction that handles the event, and the copies come after it.
        assertThat(newTopicNotices(mailReader)).hasSize(1);
        assertThat(newTopicNotices(leaver)).isEmpty();
        assertThat(newTopicNotices(stranger)).isEmpty();
        await().atMost(PATIENCE).until(() -> smtp.mailsTo(addressOf(mailReader)).size() == 1);
        assertThat(Mails.subject(smtp.mailsTo(addressOf(mailReader)).getFirst()))
                .isEqualTo("New in Backend Developer: 2 topics");
        assertThat(Mails.text(smtp.mailsTo(addressOf(mailReader)).getFirst())).contains("- Topic 2", "- Topic 3");
        assertThat(newTopicNotices(follower)).as("the first version told nobody, the copies nothing").hasSize(1);
    }
}
