package io.learnpath.progress.milestones;

import io.learnpath.platform.transaction.AfterCommit;
import io.learnpath.platform.transaction.TransactionBound;
import io.learnpath.progress.catalog.CatalogRoadmap;
import io.learnpath.progress.catalog.CatalogTopic;
import io.learnpath.progress.catalog.RoadmapCatalog;
import io.learnpath.progress.events.MilestoneReached;
import io.learnpath.progress.events.StudyDayRecorded;
import io.learnpath.progress.milestones.policy.RoadmapMilestones;
import io.learnpath.progress.milestones.policy.StreakMilestones;
import io.learnpath.progress.streaks.Streaks;
import io.learnpath.progress.tracking.RecordedStatus;
import io.learnpath.progress.tracking.TopicStatus;
import io.learnpath.progress.tracking.TopicStatusRecorded;
import io.learnpath.progress.tracking.TopicStatuses;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Finds the milestones a transaction's changes reach and records each the first time, publishing
 * {@link MilestoneReached} through the outbox in that same transaction.
 *
 * <p>Exactly once per learner, by two means. The key (learner, milestone) with {@code INSERT ... ON CONFLICT DO
 * NOTHING} makes a repeated or concurrent detection insert, and so publish, nothing. And detection runs under a
 * per-learner advisory lock just before commit, after everything the transaction writes: two concurrent changes
 * that only together reach a milestone are detected one after the other, the second seeing the first's committed
 * statuses (READ COMMITTED takes a new snapshot per statement). Taking the lock last adds no lock-order cycle with
 * the status rows a (bulk) transaction writes before it.
 *
 * <p>The changes of one transaction are collected and detected once before commit: a bulk update of a hundred
 * topics reads each roadmap they touch once, not a hundred times. Spring's {@code @TransactionalEventListener}
 * would call back once per event, hence the changes collected in a {@link TransactionBound} value.
 *
 * <p>Milestones come from learners' changes only. A republished roadmap reaches none by itself and takes none
 * back; a reset lowers the percent, and reaching it again publishes nothing.
 */
@Component
class MilestoneDetector {

    private final MilestoneStore store;
    private final RoadmapCatalog catalog;
    private final TopicStatuses statuses;
    private final Streaks streaks;
    private final ApplicationEventPublisher events;
    private final MeterRegistry meters;
    private final Clock clock;

    MilestoneDetector(MilestoneStore store, RoadmapCatalog catalog, TopicStatuses statuses, Streaks streaks,
            ApplicationEventPublisher events, MeterRegistry meters, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.statuses = statuses;
        this.streaks = streaks;
        this.events = events;
        this.meters = meters;
        this.clock = clock;
        // Every kind from the start, at 0: a rate sees the first milestone, and a dashboard has a series to show.
        for (MilestoneKind kind : MilestoneKind.values()) {
            counter(kind);
        }
    }

    @EventListener
    void on(TopicStatusRecorded change) {
        // Only a topic becoming finished can reach a milestone; leaving one behind reaches nothing.
        if (finished(change.status())) {
            pending(change.learnerId()).changes.add(change);
        }
    }

    /**
     * The longest streak grows only with a new study day, so streaks are checked on the day's first learning (the
     * day is announced once per learner, in the transaction that logs it) rather than on every change: reading all
     * of a learner's active days was a statement per change, and one that grows with the learner's history.
     */
    @EventListener
    void on(StudyDayRecorded day) {
        pending(day.learnerId()).newStudyDay = true;
    }

    /** What this transaction did for the learner, detected once just before it commits. */
    private Pending pending(UUID learnerId) {
        Map<UUID, Pending> byLearner = TransactionBound.value(this, HashMap::new,
                collected -> collected.forEach(this::detect));
        if (byLearner == null) {
            throw new IllegalStateException("Status changes are recorded in a transaction, and milestones with them");
        }
        return byLearner.computeIfAbsent(learnerId, id -> new Pending());
    }

    private void detect(UUID learner, Pending pending) {
        store.lockLearner(learner);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Milestone> candidates = new ArrayList<>();
        if (pending.changes.stream().anyMatch(change -> change.status() == TopicStatus.DONE)) {
            candidates.add(Milestone.firstTopicDone(at));
        }
        // A status is the topic's: it moves every roadmap that lists the topic, not only the one of the request.
        Map<CatalogRoadmap, List<CatalogTopic>> roadmaps = catalog.roadmapsListing(
                pending.changes.stream().map(TopicStatusRecorded::topicId).distinct().toList());
        // One read of the learner's statuses for every roadmap touched, not one per roadmap: most topics are on two
        // (the backend roadmap and a shorter one), and the statuses are the topic's, the same in each.
        Map<UUID, RecordedStatus> recorded = statuses.of(learner, roadmaps.values().stream().flatMap(List::stream)
                .map(CatalogTopic::id).distinct().toList());
        roadmaps.forEach((roadmap, topics) -> candidates.addAll(onRoadmap(roadmap, topics, recorded, at)));
        if (pending.newStudyDay) {
            StreakMilestones.reached(streaks.longest(learner)).forEach(days -> candidates.add(Milestone.streak(days,
                    at)));
        }
        if (candidates.isEmpty()) {
            return; // most changes that only record learning (a topic started) reach nothing: no read at all
        }
        // Read under the lock, so it is what the learner's earlier detections committed. Every change of a learner
        // far into a roadmap reaches again the percents and levels behind it (and the first topic, and the streaks):
        // an insert each that conflicts was ten statements per change at 85 %; skipping the known ones is one.
        Set<String> reached = store.reachedIds(learner);
        candidates.forEach(milestone -> reach(learner, reached, milestone));
    }

    /** The levels and percents of the roadmap that the learner's statuses reach now, known or not. */
    private static List<Milestone> onRoadmap(CatalogRoadmap roadmap, List<CatalogTopic> topics,
            Map<UUID, RecordedStatus> recorded, Instant at) {
        RoadmapMilestones.Reached now = RoadmapMilestones.reached(topics.stream()
                .map(topic -> new RoadmapMilestones.TopicState(topic.level(), finished(recorded.get(topic.id()))))
                .toList());
        List<Milestone> milestones = new ArrayList<>();
        now.levels().forEach(level -> milestones.add(
                Milestone.levelCompleted(level, roadmap.id(), roadmap.slug(), roadmap.title(), at)));
        now.percents().forEach(percent -> milestones.add(
                Milestone.roadmapPercent(percent, roadmap.id(), roadmap.slug(), roadmap.title(), at)));
        return milestones;
    }

    /**
     * Stores and publishes the milestone unless the learner has it. The insert's own conflict check stays: it is
     * what makes a milestone once per learner; the set only spares the statements for the ones known already.
     */
    private void reach(UUID learner, Set<String> reached, Milestone milestone) {
        if (reached.contains(milestone.milestone()) || !store.insertIfAbsent(learner, milestone)) {
            return;
        }
        reached.add(milestone.milestone());
        List<MilestoneReached.Roadmap> roadmaps = milestone.roadmapId() == null ? List.of()
                : List.of(new MilestoneReached.Roadmap(milestone.roadmapId(), milestone.roadmapSlug(),
                        milestone.roadmapTitle()));
        List<String> levels = milestone.level() == null ? List.of() : List.of(milestone.level());
        events.publishEvent(new MilestoneReached(UUID.randomUUID(), milestone.reachedAt(), learner,
                milestone.milestone(), milestone.kind().name(), milestone.threshold(), milestone.title(), roadmaps,
                levels));
        countAfterCommit(milestone.kind());
    }

    private static boolean finished(TopicStatus status) {
        return status == TopicStatus.DONE || status == TopicStatus.SKIPPED;
    }

    private static boolean finished(RecordedStatus status) {
        return status != null && finished(status.status());
    }

    // Counting inside the transaction would count milestones that are rolled back.
    private void countAfterCommit(MilestoneKind kind) {
        AfterCommit.run(counter(kind)::increment);
    }

    private Counter counter(MilestoneKind kind) {
        return Counter.builder("learnpath.progress.milestones")
                .description("Milestones reached, by kind")
                .tag("kind", kind.name())
                .register(meters);
    }

    private static final class Pending {
        private final List<TopicStatusRecorded> changes = new ArrayList<>();
        private boolean newStudyDay;
    }
}
