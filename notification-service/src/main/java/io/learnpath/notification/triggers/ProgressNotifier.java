package io.learnpath.notification.triggers;

import io.learnpath.notification.contacts.LearnerContacts;
import io.learnpath.notification.delivery.MailContent;
import io.learnpath.notification.delivery.Notice;
import io.learnpath.notification.delivery.NoticeDelivery;
import io.learnpath.notification.following.RoadmapFollowers;
import io.learnpath.notification.inbox.NewNotification;
import io.learnpath.notification.preferences.NotificationType;
import io.learnpath.notification.reminders.StudyLog;
import io.learnpath.notification.triggers.policy.MilestonePolicy;
import io.learnpath.notification.triggers.policy.ReachedMilestone;
import io.learnpath.notification.triggers.policy.TopicCompletionPolicy;
import io.learnpath.notification.triggers.policy.TopicStatusChange;
import io.learnpath.platform.events.MalformedEventException;
import io.learnpath.platform.messaging.EventHandlers;
import io.learnpath.platform.messaging.EventInbox;
import io.learnpath.progress.events.MilestoneReached;
import io.learnpath.progress.events.ProgressEvents;
import io.learnpath.progress.events.RoadmapFollowed;
import io.learnpath.progress.events.RoadmapUnfollowed;
import io.learnpath.progress.events.StudyDayRecorded;
import io.learnpath.progress.events.TopicStatusChanged;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The progress-service's events: finished topics and milestones become notices; days of study, finished topics and
 * milestones feed the reminders and the weekly digest ({@code reminders.StudyLog}); follows and unfollows keep the
 * list of who hears of new topics ({@code following.RoadmapFollowers}). One listener for all, in the service's
 * consumer group: two listeners of one group on the same topic would split its partitions between them, each
 * missing the other's share.
 */
@Component
class ProgressNotifier {

    static final String CONSUMER = "notification-progress";

    private final EventInbox inbox;
    private final NoticeDelivery delivery;
    private final StudyLog study;
    private final RoadmapFollowers followers;
    private final LearnerContacts contacts;
    private final TopicCompletionPolicy policy = new TopicCompletionPolicy();
    private final MilestonePolicy milestones = new MilestonePolicy();
    private final EventHandlers handlers;

    ProgressNotifier(EventInbox inbox, NoticeDelivery delivery, StudyLog study, RoadmapFollowers followers,
            LearnerContacts contacts) {
        this.inbox = inbox;
        this.delivery = delivery;
        this.study = study;
        this.followers = followers;
        this.contacts = contacts;
        this.handlers = EventHandlers.on(TopicStatusChanged.class, this::notifyLearner)
                .and(MilestoneReached.class, this::celebrate)
                .and(StudyDayRecorded.class, this::studied)
                .and(RoadmapFollowed.class, event -> follow(event.eventId(), event.learnerId(), event.roadmapId(),
                        true, event.occurredAt()))
                .and(RoadmapUnfollowed.class, event -> follow(event.eventId(), event.learnerId(),
                        event.roadmapId(), false, event.occurredAt()));
    }

    @KafkaListener(id = CONSUMER, idIsGroup = false, topics = ProgressEvents.TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(CONSUMER, record, handlers);
    }

    private void notifyLearner(TopicStatusChanged event) {
        // Without these the event can never become a notification; say so at once instead of retrying.
        if (event.eventId() == null || event.learnerId() == null) {
            throw new MalformedEventException("TopicStatusChanged without eventId or learnerId");
        }
        policy.notificationFor(change(event)).ifPresent(notification -> delivery.deliver(new Notice(
                event.learnerId(), NotificationType.TOPIC_COMPLETED, event.eventId().toString(), notification,
                null)));
        if ("DONE".equals(event.status()) && event.occurredAt() != null) {
            study.topicDone(event.learnerId(), localDay(event.learnerId(), event.occurredAt()));
        }
    }

    private void celebrate(MilestoneReached event) {
        if (event.eventId() == null || event.learnerId() == null) {
            throw new MalformedEventException("MilestoneReached without eventId or learnerId");
        }
        if (event.occurredAt() != null) {
            study.milestoneReached(event.learnerId(), localDay(event.learnerId(), event.occurredAt()));
        }
        MilestoneReached.Roadmap roadmap = event.roadmaps().isEmpty() ? null : event.roadmaps().getFirst();
        NewNotification notification = milestones.notificationFor(new ReachedMilestone(event.eventId(),
                event.learnerId(), event.milestone(), event.kind(), event.threshold(), event.title(),
                roadmap == null ? null : roadmap.slug(), roadmap == null ? null : roadmap.title(),
                event.levels().isEmpty() ? null : event.levels().getFirst()));
        // The mail says what the inbox says, by the same rule.
        delivery.deliver(new Notice(event.learnerId(), NotificationType.MILESTONE_REACHED,
                event.eventId().toString(), notification, new MailContent("milestone", Map.of(
                        "title", notification.title(), "body", notification.body()))));
    }

    private void studied(StudyDayRecorded event) {
        if (event.eventId() == null || event.learnerId() == null || event.day() == null) {
            throw new MalformedEventException("StudyDayRecorded without eventId, learnerId or day");
        }
        study.studied(event.learnerId(), event.day(), event.streak(), event.timeZone(), event.occurredAt());
    }

    private void follow(UUID eventId, UUID learnerId, UUID roadmapId, boolean following, Instant at) {
        if (eventId == null || learnerId == null || roadmapId == null || at == null) {
            throw new MalformedEventException("a follow event without eventId, learnerId, roadmapId or time");
        }
        followers.follows(learnerId, roadmapId, following, at);
    }

    // The week a thing counts in is the learner's, as their zone is now.
    private LocalDate localDay(UUID learnerId, Instant at) {
        return LocalDate.ofInstant(at, contacts.zoneOf(learnerId));
    }

    private static TopicStatusChange change(TopicStatusChanged event) {
        return new TopicStatusChange(event.eventId(), event.learnerId(), event.roadmapId(), event.roadmapSlug(),
                event.topicId(), event.topicSlug(), event.topicTitle(), event.status());
    }
}
