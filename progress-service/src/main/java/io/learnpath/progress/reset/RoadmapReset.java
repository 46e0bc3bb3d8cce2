package io.learnpath.progress.reset;

import io.learnpath.platform.domain.ForbiddenException;
import io.learnpath.platform.domain.NotFoundException;
import io.learnpath.platform.transaction.AfterCommit;
import io.learnpath.progress.catalog.CatalogRoadmap;
import io.learnpath.progress.catalog.CatalogTopic;
import io.learnpath.progress.catalog.RoadmapCatalog;
import io.learnpath.progress.erasure.ErasedLearners;
import io.learnpath.progress.events.RoadmapProgressReset;
import io.learnpath.progress.following.RoadmapFollowing;
import io.learnpath.progress.reset.policy.TopicsToReset;
import io.learnpath.progress.tracking.RecordedStatus;
import io.learnpath.progress.tracking.StatusChange;
import io.learnpath.progress.tracking.TopicStatus;
import io.learnpath.progress.tracking.TopicStatusItem;
import io.learnpath.progress.tracking.TopicStatusUpdater;
import io.learnpath.progress.tracking.TopicStatuses;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a roadmap over for a learner: its started topics go back to NOT_STARTED, except those another followed
 * roadmap lists ({@link TopicsToReset}). The topics are set through {@link TopicStatusUpdater}, as a bulk update
 * would, so each change publishes its own {@code TopicStatusChanged} and every consumer of statuses stays right
 * without knowing resets; the reset itself is recorded in {@code roadmap_reset} and published as
 * {@link RoadmapProgressReset}, all in one transaction. A reset that would change nothing records and publishes
 * nothing, like setting a status a topic already has.
 */
@Service
public class RoadmapReset {

    private final RoadmapCatalog catalog;
    private final TopicStatuses statuses;
    private final TopicStatusUpdater updater;
    private final RoadmapFollowing following;
    private final RoadmapResetStore store;
    private final ErasedLearners erasedLearners;
    private final ApplicationEventPublisher events;
    private final MeterRegistry meters;

    RoadmapReset(RoadmapCatalog catalog, TopicStatuses statuses, TopicStatusUpdater updater,
            RoadmapFollowing following, RoadmapResetStore store, ErasedLearners erasedLearners,
            ApplicationEventPublisher events, MeterRegistry meters) {
        this.catalog = catalog;
        this.statuses = statuses;
        this.updater = updater;
        this.following = following;
        this.store = store;
        this.erasedLearners = erasedLearners;
        this.events = events;
        this.meters = meters;
        counter(); // from the start, at 0: a rate sees the first reset
    }

    @Transactional
    public ResetOutcome reset(UUID learnerId, String roadmapSlug) {
        if (erasedLearners.isErased(learnerId)) {
            throw new ForbiddenException("This account has been deleted");
        }
        CatalogRoadmap roadmap = catalog.roadmap(roadmapSlug)
                .orElseThrow(() -> new NotFoundException("roadmap", roadmapSlug));
        Map<UUID, CatalogTopic> topics = catalog.topics(roadmap).stream()
                .collect(Collectors.toMap(CatalogTopic::id, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        Map<UUID, RecordedStatus> recorded = statuses.of(learnerId, topics.keySet());
        List<UUID> started = topics.keySet().stream()
                .filter(id -> recorded.containsKey(id) && recorded.get(id).status() != TopicStatus.NOT_STARTED)
                .toList();
        Map<UUID, Set<UUID>> listedIn = catalog.memberships(started).stream().collect(Collectors.groupingBy(
                CatalogTopic::id, Collectors.mapping(CatalogTopic::roadmapId, Collectors.toSet())));
        TopicsToReset.Split split = TopicsToReset.split(started, listedIn, following.followedRoadmapIds(learnerId),
                roadmap.id());

        List<StatusChange> changes = split.reset().isEmpty() ? List.of()
                : updater.updateAll(learnerId, roadmap.slug(), split.reset().stream()
                        .map(id -> new TopicStatusItem(topics.get(id).slug(), TopicStatus.NOT_STARTED))
                        .toList());
        List<StatusChange> changed = changes.stream().filter(StatusChange::changed).toList();
        List<ResetOutcome.KeptTopic> kept = kept(split, topics, recorded);
        if (changed.isEmpty()) {
            return new ResetOutcome(roadmap.slug(), null, List.of(), kept);
        }
        // Every change of one update shares its time: the reset happened then.
        Instant at = changed.getFirst().updatedAt();
        store.record(UUID.randomUUID(), learnerId, roadmap.id(), at, changed.size(), kept.size());
        events.publishEvent(new RoadmapProgressReset(UUID.randomUUID(), at, learnerId, roadmap.id(), roadmap.slug(),
                changed.size(), kept.size()));
        countAfterCommit();
        return new ResetOutcome(roadmap.slug(), at, changed.stream().map(StatusChange::topicSlug).toList(), kept);
    }

    private List<ResetOutcome.KeptTopic> kept(TopicsToReset.Split split, Map<UUID, CatalogTopic> topics,
            Map<UUID, RecordedStatus> recorded) {
        Map<UUID, String> slugs = new HashMap<>();
        return split.kept().entrySet().stream()
                .map(entry -> new ResetOutcome.KeptTopic(topics.get(entry.getKey()).slug(),
                        recorded.get(entry.getKey()).status(), entry.getValue().stream()
                                .map(id -> slugs.computeIfAbsent(id, this::slugOf))
                                .sorted()
                                .toList()))
                .toList();
    }

    private String slugOf(UUID roadmapId) {
        return catalog.roadmap(roadmapId).orElseThrow().slug();
    }

    // Counting inside the transaction would count resets that are rolled back.
    private void countAfterCommit() {
        AfterCommit.run(counter()::increment);
    }

    private Counter counter() {
        return Counter.builder("learnpath.progress.roadmap_resets")
                .description("Roadmap progress resets committed (those that changed at least one topic)")
                .register(meters);
    }
}
