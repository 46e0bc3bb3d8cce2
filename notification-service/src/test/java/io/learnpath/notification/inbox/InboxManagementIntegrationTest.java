package io.learnpath.notification.inbox;

import static io.learnpath.notification.support.Fixtures.done;
import static io.learnpath.notification.support.Fixtures.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.auth.events.AuthEvents;
import io.learnpath.notification.support.ServiceTest;
import io.learnpath.notification.support.SseConnection;
import io.learnpath.platform.test.TestTokens;
import io.learnpath.platform.test.http.TestResponse;
import io.learnpath.progress.events.ProgressEvents;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Filtering and deleting in the inbox, and the unread count kept right on the live stream. */
class InboxManagementIntegrationTest extends ServiceTest {

    private final UUID ada = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();
    private final String token = TestTokens.shared().learner(ada);

    private List<JsonNode> items(String query) {
        TestResponse response = http.get("/api/notifications?size=100" + query, token);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("items").valueStream().toList();
    }

    private void aWelcomeAndTwoTopics() {
        events.publish(AuthEvents.TOPIC, registered(ada, "Ada"));
        events.publish(ProgressEvents.TOPIC, done(ada, "First"));
        events.publish(ProgressEvents.TOPIC, done(ada, "Second"));
        await().atMost(PATIENCE).until(() -> items("").size() == 3);
    }

    @Test
    void theInboxFiltersByKindAndUnread() {
        aWelcomeAndTwoTopics();

        assertThat(items("&kind=WELCOME")).singleElement()
                .satisfies(item -> assertThat(item.get("kind").asString()).isEqualTo("WELCOME"));
        assertThat(items("&kind=WELCOME&kind=TOPIC_COMPLETED")).hasSize(3);
        String first = items("&kind=TOPIC_COMPLETED").getFirst().get("id").asString();
        assertThat(http.request("/api/notifications/" + first + "/read").token(token).post().status()).isEqualTo(204);
        assertThat(items("&kind=TOPIC_COMPLETED&unread=true")).hasSize(1);
        assertThat(http.get("/api/notifications?kind=TOPIC_COMPLETED&unread=true", token).json().get("totalItems")
                .asLong()).isEqualTo(1);

        TestResponse unknown = http.get("/api/notifications?kind=PIGEON", token);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.body()).contains("kind");
    }

    @Test
    void aLearnerDeletesTheirOwnNotificationsOnly() {
        aWelcomeAndTwoTopics();
        String welcome = items("&kind=WELCOME").getFirst().get("id").asString();
        String bobsToken = TestTokens.shared().learner(bob);

        assertThat(http.request("/api/notifications/" + welcome).token(bobsToken).delete().status()).isEqualTo(404);
        assertThat(http.request("/api/notifications/not-an-id").token(token).delete().status()).isEqualTo(400);
        assertThat(http.request("/api/notifications/" + welcome).delete().status()).isEqualTo(401);
        assertThat(items("")).hasSize(3);

        assertThat(http.request("/api/notifications/" + welcome).token(token).delete().status()).isEqualTo(204);
        assertThat(http.request("/api/notifications/" + welcome).token(token).delete().status()).isEqualTo(404);
        assertThat(items("")).hasSize(2);

        TestResponse bare = http.request("/api/notifications").token(token).delete();
        assertThat(bare.status()).isEqualTo(400);
        assertThat(bare.body()).contains("read");
        String second = items("").getFirst().get("id").asString();
        assertThat(http.request("/api/notifications/" + second + "/read").token(token).post().status()).isEqualTo(204);
        TestResponse readOnes = http.request("/api/notifications?read=true").token(token).delete();
        assertThat(readOnes.status()).isEqualTo(200);
        assertThat(readOnes.json().get("deleted").asInt()).isEqualTo(1);
        assertThat(items("")).singleElement()
                .satisfies(item -> assertThat(item.get("readAt").isNull()).isTrue());
    }

    @Test
    void theStreamCarriesTheUnreadCountOnOpenAndAfterEveryChange() {
        try (SseConnection stream = SseConnection.open(http, token, null)) {
            await().atMost(PATIENCE).until(() -> unreadCounts(stream).equals(List.of(0)));

            events.publish(ProgressEvents.TOPIC, done(ada, "Counted"));
            await().atMost(PATIENCE).until(() -> lastUnread(stream) == 1);
            events.publish(ProgressEvents.TOPIC, done(ada, "Counted too"));
            await().atMost(PATIENCE).until(() -> lastUnread(stream) == 2);

            String id = stream.notifications().getFirst().id();
            assertThat(http.request("/api/notifications/" + id + "/read").token(token).post().status())
                    .isEqualTo(204);
            await().atMost(PATIENCE).until(() -> lastUnread(stream) == 1);
            String other = stream.notifications().getLast().id();
            assertThat(http.request("/api/notifications/" + other).token(token).delete().status()).isEqualTo(204);
            await().atMost(PATIENCE).until(() -> lastUnread(stream) == 0);
            assertThat(stream.events()).filteredOn(event -> event.name().equals("unread-count"))
                    .allSatisfy(event -> assertThat(event.id()).as("no id: Last-Event-ID stays a notification's")
                            .isNull());
        }
    }

    private List<Integer> unreadCounts(SseConnection stream) {
        return stream.events().stream().filter(event -> event.name().equals("unread-count"))
                .map(event -> json.readTree(event.data()).get("unread").asInt()).toList();
    }

    private int lastUnread(SseConnection stream) {
        List<Integer> counts = unreadCounts(stream);
        return counts.isEmpty() ? -1 : counts.getLast();
    }
}
