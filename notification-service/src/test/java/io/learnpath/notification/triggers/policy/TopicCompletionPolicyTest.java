package io.learnpath.notification.triggers.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.notification.inbox.NewNotification;
import io.learnpath.notification.inbox.NotificationKind;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TopicCompletionPolicyTest {

    private final TopicCompletionPolicy policy = new TopicCompletionPolicy();
    private final UUID learner = UUID.randomUUID();
    private final UUID roadmap = UUID.randomUUID();
    private final UUID topic = UUID.randomUUID();

    private TopicStatusChange change(String title, String status) {
        return new TopicStatusChange(UUID.randomUUID(), learner, roadmap, "backend", topic, "http-basics", title,
                status);
    }

    @Test
    void aTopicMovedToDoneNotifiesItsLearner() {
        TopicStatusChange change = change("HTTP basics", "DONE");

        NewNotification notification = policy.notificationFor(change).orElseThrow();

        assertThat(notification.learnerId()).isEqualTo(learner);
        assertThat(notification.kind()).isEqualTo(NotificationKind.TOPIC_COMPLETED);
        assertThat(notification.sourceEventId()).isEqualTo(change.eventId());
    }

    @ParameterizedTest
    @ValueSource(strings = { "IN_PROGRESS", "NOT_STARTED", "SKIPPED", "done", "SOMETHING_NEW" })
    void noOtherStatusIsNews(String status) {
        assertThat(policy.notificationFor(change("HTTP basics", status))).isEmpty();
    }

    @Test
    void theWordingNamesTheTopicAndTheRoadmap() {
        NewNotification notification = policy.notificationFor(change("HTTP basics", "DONE"))
                .orElseThrow();

        assertThat(notification.title()).isEqualTo("You completed “HTTP basics”!");
        assertThat(notification.body()).contains("“HTTP basics” is done on your backend roadmap");
    }

    @Test
    void aTopicWithoutATitleIsNamedByItsSlug() {
        NewNotification notification = policy.notificationFor(change("  ", "DONE")).orElseThrow();

        assertThat(notification.title()).isEqualTo("You completed “http-basics”!").doesNotContain("null");
    }

    @Test
    void aTopicWithNeitherTitleNorSlugStillReadsWell() {
        TopicStatusChange change = new TopicStatusChange(UUID.randomUUID(), learner, null, null, null, null, null,
                "DONE");

        NewNotification notification = policy.notificationFor(change).orElseThrow();

        assertThat(notification.title()).isEqualTo("You completed a topic!");
        assertThat(notification.body()).doesNotContain("null").doesNotContain("roadmap");
        assertThat(notification.data()).isEmpty();
    }

    @Test
    void theDataLinksToTheTopic() {
        NewNotification notification = policy.notificationFor(change("HTTP basics", "DONE"))
                .orElseThrow();

        assertThat(notification.data()).containsEntry("roadmapSlug", "backend")
                .containsEntry("topicSlug", "http-basics")
                .containsEntry("roadmapId", roadmap.toString())
                .containsEntry("topicId", topic.toString());
    }
}
