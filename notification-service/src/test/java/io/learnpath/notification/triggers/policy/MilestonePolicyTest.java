package io.learnpath.notification.triggers.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.notification.inbox.NewNotification;
import io.learnpath.notification.inbox.NotificationKind;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MilestonePolicyTest {

    private final MilestonePolicy policy = new MilestonePolicy();
    private final UUID learner = UUID.randomUUID();

    @Test
    void a_level_completed_names_the_level_and_the_roadmap_and_links_the_roadmap() {
        UUID eventId = UUID.randomUUID();
        NewNotification notice = policy.notificationFor(new ReachedMilestone(eventId, learner,
                "roadmap-x-level-basic", "LEVEL_COMPLETED", 100, "Backend Developer: basic level completed",
                "backend", "Backend Developer", "BASIC"));

        assertThat(notice.kind()).isEqualTo(NotificationKind.MILESTONE_REACHED);
        assertThat(notice.title()).isEqualTo("Backend Developer: basic level completed");
        assertThat(notice.body()).contains("basic level of Backend Developer");
        assertThat(notice.data()).containsEntry("milestone", "roadmap-x-level-basic")
                .containsEntry("milestoneKind", "LEVEL_COMPLETED").containsEntry("roadmapSlug", "backend");
        assertThat(notice.sourceEventId()).isEqualTo(eventId);
    }

    @Test
    void each_kind_has_its_own_words_and_an_unknown_kind_a_neutral_line() {
        assertThat(body("ROADMAP_PERCENT", 50)).startsWith("50 % of Backend Developer");
        assertThat(body("ROADMAP_PERCENT", 100)).contains("every topic of Backend Developer");
        assertThat(body("STREAK_DAYS", 7)).startsWith("7 days in a row");
        assertThat(body("FIRST_TOPIC_DONE", 1)).contains("one topic");
        assertThat(body("SOMETHING_NEW", 3)).isEqualTo("You reached a milestone on Learnpath.");
    }

    @Test
    void a_streak_has_no_roadmap_and_a_missing_title_gets_a_plain_one() {
        NewNotification notice = policy.notificationFor(new ReachedMilestone(UUID.randomUUID(), learner, "streak-7",
                "STREAK_DAYS", 7, null, null, null, null));

        assertThat(notice.title()).isEqualTo("You reached a milestone");
        assertThat(notice.data()).containsOnlyKeys("milestone", "milestoneKind");
    }

    private String body(String kind, int threshold) {
        return policy.notificationFor(new ReachedMilestone(UUID.randomUUID(), learner, "m", kind, threshold, "t",
                "backend", "Backend Developer", null)).body();
    }
}
