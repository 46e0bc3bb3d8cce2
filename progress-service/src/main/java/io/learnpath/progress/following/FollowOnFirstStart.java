package io.learnpath.progress.following;

import io.learnpath.progress.tracking.TopicStatus;
import io.learnpath.progress.tracking.TopicStatusRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A learner who starts, finishes or skips a topic follows the roadmap they did it on, so the overview lists what
 * they are working through without a separate step. Runs synchronously in the status change's transaction (which
 * has already checked the learner is not erased), so the follow exists if and only if the change was committed.
 *
 * <p>A change back to NOT_STARTED follows nothing: a reset or an undo is no sign of interest, and a learner who
 * unfollowed a roadmap and then resets it should not find it followed again. Unfollowing and then making progress
 * on the roadmap follows it again: the latest action says what the learner wants.
 */
@Component
class FollowOnFirstStart {

    private final FollowedRoadmapStore store;
    private final FollowAnnouncements announcements;

    FollowOnFirstStart(FollowedRoadmapStore store, FollowAnnouncements announcements) {
        this.store = store;
        this.announcements = announcements;
    }

    @EventListener
    void on(TopicStatusRecorded change) {
        if (change.status() != TopicStatus.NOT_STARTED
                && store.followIfNot(change.learnerId(), change.roadmapId(), change.at())) {
            announcements.followed(change.learnerId(), change.roadmapId(), change.roadmapSlug(), change.at());
        }
    }
}
