package io.learnpath.progress.tracking;

import io.learnpath.platform.domain.FieldError;
import io.learnpath.platform.domain.ForbiddenException;
import io.learnpath.platform.domain.InvalidInputException;
import io.learnpath.platform.domain.NotFoundException;
import io.learnpath.platform.transaction.AfterCommit;
import io.learnpath.progress.catalog.CatalogRoadmap;
import io.learnpath.progress.catalog.CatalogTopic;
import io.learnpath.progress.catalog.RoadmapCatalog;
import io.learnpath.progress.erasure.ErasedLearners;
import io.learnpath.progress.events.TopicStatusChanged;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets a learner's status on a topic and, only when it really changes, publishes {@link TopicStatusChanged}
 * through the outbox in the same transaction: the event exists if and only if the change was committed. The
 * service's own features hear of the change through {@link TopicStatusRecorded}, in that transaction too.
 *
 * <p>The roadmap in the request is where the learner found the topic: the topic must be on it, but need not be on
 * it alone. The status is stored for the topic, so it shows in every roadmap that lists the topic; the event names
 * the roadmap of the request.
 *
 * <p>A learner whose account was deleted is refused: an access token outlives its account until it expires (15
 * minutes by default), and a status stored then would bring back what the erasure deleted.
 */
@Service
public class TopicStatusUpdater {

    private final RoadmapCatalog catalog;
    private final TopicStatusStore statuses;
    private final ErasedLearners erasedLearners;
    private final ApplicationEventPublisher events;
    private final MeterRegistry meters;
    private final Clock clock;

    TopicStatusUpdater(RoadmapCatalog catalog, TopicStatusStore statuses, ErasedLearners erasedLearners,
            ApplicationEventPublisher events, MeterRegistry meters, Clock clock) {
        this.catalog = catalog;
        this.statuses = statuses;
        this.erasedLearners = erasedLearners;
        this.events = events;
        this.meters = meters;
        this.clock = clock;
        // Every status from the start, at 0: a rate sees the first change, and a dashboard has a series to show.
        for (TopicStatus status : TopicStatus.values()) {
            counter(status);
        }
    }

    @Transactional
    public StatusChange update(UUID learnerId, String roadmapSlug, String topicSlug, TopicStatus status) {
        if (erasedLearners.isErased(learnerId)) {
            throw new ForbiddenException("This account has been deleted");
        }
        CatalogRoadmap roadmap = catalog.roadmap(roadmapSlug)
                .orElseThrow(() -> new NotFoundException("roadmap", roadmapSlug));
        CatalogTopic topic = catalog.topic(roadmap, topicSlug)
                .orElseThrow(() -> new NotFoundException("topic", roadmapSlug + "/" + topicSlug));
        // PostgreSQL keeps microseconds: truncating here makes the answer equal what later reads return.
        return apply(learnerId, roadmap, topic, status, clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    /**
     * Several topics of one roadmap at once (a frontend's "mark this level done"), all or nothing: every topic is
     * checked before anything is written, and the writes share one transaction. One {@link TopicStatusChanged} per
     * real change, as if each had been set alone; the answers in the request's order.
     *
     * @throws InvalidInputException naming each item whose topic the roadmap does not list, or that repeats one
     */
    @Transactional
    public List<StatusChange> updateAll(UUID learnerId, String roadmapSlug, List<TopicStatusItem> items) {
        if (erasedLearners.isErased(learnerId)) {
            throw new ForbiddenException("This account has been deleted");
        }
        CatalogRoadmap roadmap = catalog.roadmap(roadmapSlug)
                .orElseThrow(() -> new NotFoundException("roadmap", roadmapSlug));
        List<FieldError> problems = new ArrayList<>();
        List<CatalogTopic> topics = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String slug = items.get(i).topicSlug();
            if (!seen.add(slug)) {
                problems.add(new FieldError("topics[" + i + "].topicSlug", "repeats '" + slug + "'"));
                continue;
            }
            Optional<CatalogTopic> topic = catalog.topic(roadmap, slug);
            if (topic.isPresent()) {
                topics.add(topic.get());
            } else {
                problems.add(new FieldError("topics[" + i + "].topicSlug",
                        "'" + slug + "' is not a topic of " + roadmapSlug));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<StatusChange> changes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            changes.add(apply(learnerId, roadmap, topics.get(i), items.get(i).status(), now));
        }
        return changes;
    }

    private StatusChange apply(UUID learnerId, CatalogRoadmap roadmap, CatalogTopic topic, TopicStatus status,
            Instant now) {

        StatusChange change;
        if (status == TopicStatus.NOT_STARTED) {
            // No row already means NOT_STARTED: writing one would record a change that is none.
            Optional<RecordedStatus> stored = statuses.lock(learnerId, topic.id());
            if (stored.isEmpty() || stored.get().status() == status) {
                return new StatusChange(roadmap.slug(), topic.slug(), status, status,
                        stored.map(RecordedStatus::updatedAt).orElse(null));
            }
            statuses.update(learnerId, topic.id(), status, now);
            change = new StatusChange(roadmap.slug(), topic.slug(), status, stored.get().status(), now);
        } else if (statuses.insertIfAbsent(learnerId, topic.id(), status, now)) {
            // No row means the learner had not started the topic.
            change = new StatusChange(roadmap.slug(), topic.slug(), status, TopicStatus.NOT_STARTED, now);
        } else {
            RecordedStatus stored = statuses.lock(learnerId, topic.id())
                    .orElseThrow(() -> new IllegalStateException("topic_status row vanished under a lock"));
            if (stored.status() == status) {
                return new StatusChange(roadmap.slug(), topic.slug(), status, status, stored.updatedAt());
            }
            statuses.update(learnerId, topic.id(), status, now);
            change = new StatusChange(roadmap.slug(), topic.slug(), status, stored.status(), now);
        }
        if (change.changed()) {
            events.publishEvent(new TopicStatusRecorded(learnerId, roadmap.id(), roadmap.slug(), topic.id(),
                    topic.slug(), topic.title(), change.previousStatus(), status, now));
            events.publishEvent(new TopicStatusChanged(UUID.randomUUID(), now, learnerId, roadmap.id(),
                    roadmap.slug(), topic.id(), topic.slug(), topic.title(), change.previousStatus().name(),
                    status.name()));
            countAfterCommit(status);
        }
        return change;
    }

    // Counting inside the transaction would count changes that are rolled back.
    private void countAfterCommit(TopicStatus status) {
        AfterCommit.run(counter(status)::increment);
    }

    private Counter counter(TopicStatus status) {
        return Counter.builder("learnpath.progress.status_changes")
                .description("Topic status changes committed, by new status")
                .tag("status", status.name())
                .register(meters);
    }
}
