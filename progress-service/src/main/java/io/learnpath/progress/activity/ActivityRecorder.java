package io.learnpath.progress.activity;

import io.learnpath.progress.selfcheck.SelfCheckAttempted;
import io.learnpath.progress.timezone.LearnerTimeZones;
import io.learnpath.progress.tracking.TopicStatusRecorded;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes what learners do to the activity log, each on the learner's day, and tells the service with
 * {@link ActivityRecorded} when it was learning.
 *
 * <p>It listens in-process, inside the transaction that makes the change, to {@link TopicStatusRecorded} (published
 * for each real change and only then) and to self-check attempts: the log holds exactly the committed activities,
 * and the features that make them know nothing of it.
 *
 * <p>Each activity's day is fixed when it is logged, in the zone the learner has then. A learner who moves from
 * New York to Tokyo keeps yesterday's New York evening on yesterday: the calendar they saw never changes under
 * them, and streaks count the days the calendar shows. Days are dates, never 24-hour spans, so a 23- or 25-hour
 * day at a daylight-saving change is one day like any other.
 */
@Service
public class ActivityRecorder {

    private final ActivityStore store;
    private final LearnerTimeZones timeZones;
    private final ApplicationEventPublisher events;

    ActivityRecorder(ActivityStore store, LearnerTimeZones timeZones, ApplicationEventPublisher events) {
        this.store = store;
        this.timeZones = timeZones;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(NewActivity activity) {
        ZoneId zone = timeZones.zoneOf(activity.learnerId());
        LocalDate day = activity.occurredAt().atZone(zone).toLocalDate();
        store.insert(activity, day, zone.getId());
        if (activity.learning()) {
            events.publishEvent(new ActivityRecorded(activity.learnerId(), day, zone.getId()));
        }
    }

    @EventListener
    void on(SelfCheckAttempted attempt) {
        record(new NewActivity(attempt.attemptId(), attempt.learnerId(), ActivityKind.SELF_CHECK_ATTEMPTED,
                attempt.attemptedAt(), attempt.roadmapId(), attempt.roadmapSlug(), attempt.topicId(),
                attempt.topicSlug(), attempt.topicTitle(), null, null, attempt.correct(), attempt.total(),
                attempt.passed()));
    }

    @EventListener
    void on(TopicStatusRecorded change) {
        record(new NewActivity(UUID.randomUUID(), change.learnerId(), ActivityKind.TOPIC_STATUS_CHANGED,
                change.at(), change.roadmapId(), change.roadmapSlug(), change.topicId(), change.topicSlug(),
                change.topicTitle(), change.previousStatus().name(), change.status().name(), null, null, null));
    }
}
