package io.learnpath.progress.following;

import io.learnpath.progress.events.RoadmapFollowed;
import io.learnpath.progress.events.RoadmapUnfollowed;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes each real change of a learner's follows (never a repeated follow or unfollow) through the outbox, in
 * the transaction that made it: the notification-service keeps its list of who hears of new topics from them.
 */
@Component
class FollowAnnouncements {

    private final ApplicationEventPublisher events;

    FollowAnnouncements(ApplicationEventPublisher events) {
        this.events = events;
    }

    void followed(UUID learnerId, UUID roadmapId, String roadmapSlug, Instant at) {
        events.publishEvent(new RoadmapFollowed(UUID.randomUUID(), at, learnerId, roadmapId, roadmapSlug));
    }

    void unfollowed(UUID learnerId, UUID roadmapId, String roadmapSlug, Instant at) {
        events.publishEvent(new RoadmapUnfollowed(UUID.randomUUID(), at, learnerId, roadmapId, roadmapSlug));
    }
}
