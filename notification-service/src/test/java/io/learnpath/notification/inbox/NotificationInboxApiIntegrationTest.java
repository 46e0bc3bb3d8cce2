package io.learnpath.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.notification.support.IntegrationTest;
import io.learnpath.platform.test.TestTokens;
import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.platform.test.http.TestResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The inbox over HTTP: listing, paging, reading, and what a caller may and may not see. */
@IntegrationTest
class NotificationInboxApiIntegrationTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    NotificationInbox inbox;

    private TestHttp http;

    @BeforeEach
    void connect() {
        http = TestHttp.at(port).withJsonMapper(json);
    }

    private final UUID learner = UUID.randomUUID();
    private final String token = TestTokens.shared().learner(learner);

    private NotificationView deliver(UUID learnerId, String title) {
        return inbox.deliver(new NewNotification(learnerId, NotificationKind.TOPIC_COMPLETED, title,
                "body of " + title, Map.of("topicSlug", title), UUID.randomUUID())).orElseThrow();
    }

    private static List<String> titles(JsonNode page) {
        List<String> titles = new ArrayList<>();
        page.get("items").forEach(item -> titles.add(item.get("title").asString()));
        return titles;
    }

    @Test
    void theListIsTheCallersOwnNewestFirstAndPaged() {
        for (int i = 1; i <= 5; i++) {
            deliver(learner, "n" + i);
        }
        deliver(UUID.randomUUID(), "someone else's");

        TestResponse first = http.get("/api/notifications?page=0&size=2", token);
        TestResponse last = http.get("/api/notifications?page=2&size=2", token);
        TestResponse beyond = http.get("/api/notifications?page=9&size=2", token);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.contentType()).startsWith("application/json");
        assertThat(titles(first.json())).containsExactly("n5", "n4");
        assertThat(first.json().get("page").asInt()).isZero();
        assertThat(first.json().get("size").asInt()).isEqualTo(2);
        assertThat(first.json().get("totalItems").asLong()).isEqualTo(5);
        assertThat(first.json().get("totalPages").asLong()).isEqualTo(3);
        assertThat(titles(last.json())).containsExactly("n1");
        assertThat(titles(beyond.json())).isEmpty();
        assertThat(beyond.json().get("totalItems").asLong()).isEqualTo(5);
    }

    @Test
    void anItemCarriesEverythingAClientShows() {
        NotificationView stored = deliver(learner, "complete");

        JsonNode item = http.get("/api/notifications", token).json().get("items").get(0);

        assertThat(item.propertyNames()).containsExactlyInAnyOrder("id", "kind", "title", "body", "data",
                "createdAt", "readAt");
        assertThat(item.get("id").asString()).isEqualTo(stored.id().toString());
        assertThat(item.get("kind").asString()).isEqualTo("TOPIC_COMPLETED");
        assertThat(item.get("data").get("topicSlug").asString()).isEqualTo("complete");
    }

    @Test
    void markingOneReadChangesTheCountAndTheUnreadFilter() {
        NotificationView first = deliver(learner, "first");
        deliver(learner, "second");
        assertThat(http.get("/api/notifications/unread-count", token).json().get("unread").asLong()).isEqualTo(2);

        TestResponse read = http.request("/api/notifications/" + first.id() + "/read").token(token).post();
        TestResponse again = http.request("/api/notifications/" + first.id() + "/read").token(token).post();

        assertThat(read.status()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(204);
        assertThat(http.get("/api/notifications/unread-count", token).json().get("unread").asLong()).isEqualTo(1);
        assertThat(titles(http.get("/api/notifications?unread=true", token).json())).containsExactly("second");
        JsonNode all = http.get("/api/notifications", token).json();
        assertThat(titles(all)).containsExactly("second", "first");
        assertThat(all.get("items").get(1).get("readAt").asString()).endsWith("Z");
    }

    @Test
    void readAllLeavesNothingUnreadAndTouchesNoOneElse() {
        deliver(learner, "one");
        deliver(learner, "two");
        UUID other = UUID.randomUUID();
        deliver(other, "other's");

        TestResponse response = http.request("/api/notifications/read-all").token(token).post();

        assertThat(response.status()).isEqualTo(204);
        assertThat(http.get("/api/notifications/unread-count", token).json().get("unread").asLong()).isZero();
        assertThat(http.get("/api/notifications/unread-count", TestTokens.shared().learner(other)).json()
                .get("unread").asLong()).isEqualTo(1);
    }

    @Test
    void someoneElsesNotificationIsNotFoundAndStaysUnread() {
        UUID other = UUID.randomUUID();
        NotificationView theirs = deliver(other, "private");

        TestResponse response = http.request("/api/notifications/" + theirs.id() + "/read").token(token).post();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.json().get("type").asString()).isEqualTo("https://learnpath.io/problems/not-found");
        assertThat(http.get("/api/notifications/unread-count", TestTokens.shared().learner(other)).json()
                .get("unread").asLong()).isEqualTo(1);
    }

    @Test
    void anUnknownNotificationIsNotFound() {
        TestResponse response = http.request("/api/notifications/" + UUID.randomUUID() + "/read").token(token)
                .post();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void aMalformedIdIsABadRequest() {
        TestResponse response = http.request("/api/notifications/not-a-uuid/read").token(token).post();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("id");
    }

    @ParameterizedTest
    @CsvSource({ "page=-1, page", "size=0, size", "size=101, size", "page=abc, page", "unread=maybe, unread",
            "page=99999999999, page" })
    void invalidPagingIsABadRequestNamingTheParameter(String query, String field) {
        TestResponse response = http.get("/api/notifications?" + query, token);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.json().get("type").asString()).isEqualTo("https://learnpath.io/problems/validation");
        assertThat(response.json().get("errors").valueStream().map(error -> error.get("field").asString()))
                .containsExactly(field);
    }

    @Test
    void aReplayPastItsLimitKeepsTheNewestOldestFirst() {
        NotificationView position = deliver(learner, "position");
        deliver(learner, "older miss");
        NotificationView newer = deliver(learner, "newer miss");
        NotificationView newest = deliver(learner, "newest miss");

        assertThat(inbox.createdAfter(learner, position.id(), 2)).extracting(NotificationView::id)
                .containsExactly(newer.id(), newest.id());
        assertThat(inbox.createdAfter(learner, newest.id(), 2)).isEmpty();
    }

    @Test
    void theLargestPageSizeIsAllowed() {
        assertThat(http.get("/api/notifications?size=100", token).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/notifications", "/api/notifications/unread-count",
            "/api/notifications/stream" })
    void withoutATokenTheAnswerIs401Problem(String path) {
        TestResponse response = http.get(path, null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.json().get("type").asString()).isEqualTo("https://learnpath.io/problems/unauthorized");
    }

    @Test
    void anExpiredTokenIsRejectedWith401Problem() {
        TestResponse response = http.get("/api/notifications", TestTokens.shared().expired(learner));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void markingReadWithoutATokenIs401Problem() {
        TestResponse response = http.request("/api/notifications/read-all").token(null).post();

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
    }
}
